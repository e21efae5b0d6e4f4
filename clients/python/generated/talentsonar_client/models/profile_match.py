from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.candidate_summary import CandidateSummary





T = TypeVar("T", bound="ProfileMatch")



@_attrs_define
class ProfileMatch:
    """ 
        Attributes:
            candidate (CandidateSummary):
            similarity (float):
     """

    candidate: CandidateSummary
    similarity: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.candidate_summary import CandidateSummary # noqa: PLC0415
        candidate = self.candidate.to_dict()

        similarity = self.similarity


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidate": candidate,
            "similarity": similarity,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candidate_summary import CandidateSummary # noqa: PLC0415
        d = dict(src_dict)
        candidate = CandidateSummary.from_dict(d.pop("candidate"))




        similarity = d.pop("similarity")

        profile_match = cls(
            candidate=candidate,
            similarity=similarity,
        )


        profile_match.additional_properties = d
        return profile_match

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
