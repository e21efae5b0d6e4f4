from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="MatchStatistics")



@_attrs_define
class MatchStatistics:
    """ 
        Attributes:
            ai_analyzed_count (int | Unset):  Default: 0.
            good_matches (int | Unset):  Default: 0.
            strong_matches (int | Unset):  Default: 0.
            total_candidates (int | Unset):  Default: 0.
     """

    ai_analyzed_count: int | Unset = 0
    good_matches: int | Unset = 0
    strong_matches: int | Unset = 0
    total_candidates: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ai_analyzed_count = self.ai_analyzed_count

        good_matches = self.good_matches

        strong_matches = self.strong_matches

        total_candidates = self.total_candidates


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if ai_analyzed_count is not UNSET:
            field_dict["aiAnalyzedCount"] = ai_analyzed_count
        if good_matches is not UNSET:
            field_dict["goodMatches"] = good_matches
        if strong_matches is not UNSET:
            field_dict["strongMatches"] = strong_matches
        if total_candidates is not UNSET:
            field_dict["totalCandidates"] = total_candidates

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ai_analyzed_count = d.pop("aiAnalyzedCount", UNSET)

        good_matches = d.pop("goodMatches", UNSET)

        strong_matches = d.pop("strongMatches", UNSET)

        total_candidates = d.pop("totalCandidates", UNSET)

        match_statistics = cls(
            ai_analyzed_count=ai_analyzed_count,
            good_matches=good_matches,
            strong_matches=strong_matches,
            total_candidates=total_candidates,
        )


        match_statistics.additional_properties = d
        return match_statistics

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
