from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CandidateMatchStatistics")



@_attrs_define
class CandidateMatchStatistics:
    """ 
        Attributes:
            best_match_score (int | None | Unset):
            strong_matches (int | Unset):  Default: 0.
            total_jobs_matched (int | Unset):  Default: 0.
     """

    best_match_score: int | None | Unset = UNSET
    strong_matches: int | Unset = 0
    total_jobs_matched: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        best_match_score: int | None | Unset
        if isinstance(self.best_match_score, Unset):
            best_match_score = UNSET
        else:
            best_match_score = self.best_match_score

        strong_matches = self.strong_matches

        total_jobs_matched = self.total_jobs_matched


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if best_match_score is not UNSET:
            field_dict["bestMatchScore"] = best_match_score
        if strong_matches is not UNSET:
            field_dict["strongMatches"] = strong_matches
        if total_jobs_matched is not UNSET:
            field_dict["totalJobsMatched"] = total_jobs_matched

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_best_match_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        best_match_score = _parse_best_match_score(d.pop("bestMatchScore", UNSET))


        strong_matches = d.pop("strongMatches", UNSET)

        total_jobs_matched = d.pop("totalJobsMatched", UNSET)

        candidate_match_statistics = cls(
            best_match_score=best_match_score,
            strong_matches=strong_matches,
            total_jobs_matched=total_jobs_matched,
        )


        candidate_match_statistics.additional_properties = d
        return candidate_match_statistics

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
