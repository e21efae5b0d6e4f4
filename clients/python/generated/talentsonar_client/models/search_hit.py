from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.candidate import Candidate
  from ..models.match_reason import MatchReason





T = TypeVar("T", bound="SearchHit")



@_attrs_define
class SearchHit:
    """ 
        Attributes:
            candidate (Candidate):
            matched_by (list[MatchReason]):
            score (float):
            highlights (list[str] | Unset):
            matched_terms (list[str] | Unset):
     """

    candidate: Candidate
    matched_by: list[MatchReason]
    score: float
    highlights: list[str] | Unset = UNSET
    matched_terms: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.candidate import Candidate # noqa: PLC0415
        from ..models.match_reason import MatchReason # noqa: PLC0415
        candidate = self.candidate.to_dict()

        matched_by = []
        for matched_by_item_data in self.matched_by:
            matched_by_item = matched_by_item_data.to_dict()
            matched_by.append(matched_by_item)



        score = self.score

        highlights: list[str] | Unset = UNSET
        if not isinstance(self.highlights, Unset):
            highlights = self.highlights



        matched_terms: list[str] | Unset = UNSET
        if not isinstance(self.matched_terms, Unset):
            matched_terms = self.matched_terms




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidate": candidate,
            "matchedBy": matched_by,
            "score": score,
        })
        if highlights is not UNSET:
            field_dict["highlights"] = highlights
        if matched_terms is not UNSET:
            field_dict["matchedTerms"] = matched_terms

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candidate import Candidate # noqa: PLC0415
        from ..models.match_reason import MatchReason # noqa: PLC0415
        d = dict(src_dict)
        candidate = Candidate.from_dict(d.pop("candidate"))




        matched_by = []
        _matched_by = d.pop("matchedBy")
        for matched_by_item_data in (_matched_by):
            matched_by_item = MatchReason.from_dict(matched_by_item_data)



            matched_by.append(matched_by_item)


        score = d.pop("score")

        highlights = cast(list[str], d.pop("highlights", UNSET))


        matched_terms = cast(list[str], d.pop("matchedTerms", UNSET))


        search_hit = cls(
            candidate=candidate,
            matched_by=matched_by,
            score=score,
            highlights=highlights,
            matched_terms=matched_terms,
        )


        search_hit.additional_properties = d
        return search_hit

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
