from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.job_summary import JobSummary





T = TypeVar("T", bound="CandidateMatch")



@_attrs_define
class CandidateMatch:
    """ 
        Attributes:
            ai_analyzed (bool):
            basic_score (float): The basic score every pair gets in the background (0-100)
            job (JobSummary):
            match_rationale (str):
            match_score (float): The score to sort by (seed 001's matchScore): the AI fit analysis's score when the pair has
                one, else the basic score
            ai_score (float | None | Unset): The score of the pair's latest AI fit analysis; null when it has none
     """

    ai_analyzed: bool
    basic_score: float
    job: JobSummary
    match_rationale: str
    match_score: float
    ai_score: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.job_summary import JobSummary # noqa: PLC0415
        ai_analyzed = self.ai_analyzed

        basic_score = self.basic_score

        job = self.job.to_dict()

        match_rationale = self.match_rationale

        match_score = self.match_score

        ai_score: float | None | Unset
        if isinstance(self.ai_score, Unset):
            ai_score = UNSET
        else:
            ai_score = self.ai_score


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "aiAnalyzed": ai_analyzed,
            "basicScore": basic_score,
            "job": job,
            "matchRationale": match_rationale,
            "matchScore": match_score,
        })
        if ai_score is not UNSET:
            field_dict["aiScore"] = ai_score

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_summary import JobSummary # noqa: PLC0415
        d = dict(src_dict)
        ai_analyzed = d.pop("aiAnalyzed")

        basic_score = d.pop("basicScore")

        job = JobSummary.from_dict(d.pop("job"))




        match_rationale = d.pop("matchRationale")

        match_score = d.pop("matchScore")

        def _parse_ai_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ai_score = _parse_ai_score(d.pop("aiScore", UNSET))


        candidate_match = cls(
            ai_analyzed=ai_analyzed,
            basic_score=basic_score,
            job=job,
            match_rationale=match_rationale,
            match_score=match_score,
            ai_score=ai_score,
        )


        candidate_match.additional_properties = d
        return candidate_match

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
