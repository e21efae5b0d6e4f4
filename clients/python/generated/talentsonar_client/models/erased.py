from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="Erased")



@_attrs_define
class Erased:
    """ 
        Attributes:
            matches (int):
            profile_id (UUID):
            resume_erased (bool):
            swap_requests (int):
     """

    matches: int
    profile_id: UUID
    resume_erased: bool
    swap_requests: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        matches = self.matches

        profile_id = str(self.profile_id)

        resume_erased = self.resume_erased

        swap_requests = self.swap_requests


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "matches": matches,
            "profileId": profile_id,
            "resumeErased": resume_erased,
            "swapRequests": swap_requests,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        matches = d.pop("matches")

        profile_id = UUID(d.pop("profileId"))




        resume_erased = d.pop("resumeErased")

        swap_requests = d.pop("swapRequests")

        erased = cls(
            matches=matches,
            profile_id=profile_id,
            resume_erased=resume_erased,
            swap_requests=swap_requests,
        )


        erased.additional_properties = d
        return erased

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
