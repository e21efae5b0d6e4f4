from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="CandidateMatchStatistics")



@_attrs_define
class CandidateMatchStatistics:
    """ 
        Attributes:
            best_match_score (int | None):
            strong_matches (int):
            total_jobs_matched (int):
     """

    best_match_score: int | None
    strong_matches: int
    total_jobs_matched: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        best_match_score: int | None
        best_match_score = self.best_match_score

        strong_matches = self.strong_matches

        total_jobs_matched = self.total_jobs_matched


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "bestMatchScore": best_match_score,
            "strongMatches": strong_matches,
            "totalJobsMatched": total_jobs_matched,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_best_match_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        best_match_score = _parse_best_match_score(d.pop("bestMatchScore"))


        strong_matches = d.pop("strongMatches")

        total_jobs_matched = d.pop("totalJobsMatched")

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
