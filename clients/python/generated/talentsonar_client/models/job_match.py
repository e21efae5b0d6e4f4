from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.candidate_summary import CandidateSummary
  from ..models.match_feedback import MatchFeedback





T = TypeVar("T", bound="JobMatch")



@_attrs_define
class JobMatch:
    """ 
        Attributes:
            ai_analyzed (bool):
            basic_score (float): The basic score every pair gets in the background (0-100)
            candidate (CandidateSummary):
            is_hidden_gem (bool):
            match_rationale (str):
            match_score (float): The score to sort by (seed 001's matchScore): the AI fit analysis's score when the pair has
                one, else the basic score
            ai_score (float | None | Unset): The score of the pair's latest AI fit analysis; null when it has none
            feedback (MatchFeedback | None | Unset):
     """

    ai_analyzed: bool
    basic_score: float
    candidate: CandidateSummary
    is_hidden_gem: bool
    match_rationale: str
    match_score: float
    ai_score: float | None | Unset = UNSET
    feedback: MatchFeedback | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.candidate_summary import CandidateSummary # noqa: PLC0415
        from ..models.match_feedback import MatchFeedback # noqa: PLC0415
        ai_analyzed = self.ai_analyzed

        basic_score = self.basic_score

        candidate = self.candidate.to_dict()

        is_hidden_gem = self.is_hidden_gem

        match_rationale = self.match_rationale

        match_score = self.match_score

        ai_score: float | None | Unset
        if isinstance(self.ai_score, Unset):
            ai_score = UNSET
        else:
            ai_score = self.ai_score

        feedback: dict[str, Any] | None | Unset
        if isinstance(self.feedback, Unset):
            feedback = UNSET
        elif isinstance(self.feedback, MatchFeedback):
            feedback = self.feedback.to_dict()
        else:
            feedback = self.feedback


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "aiAnalyzed": ai_analyzed,
            "basicScore": basic_score,
            "candidate": candidate,
            "isHiddenGem": is_hidden_gem,
            "matchRationale": match_rationale,
            "matchScore": match_score,
        })
        if ai_score is not UNSET:
            field_dict["aiScore"] = ai_score
        if feedback is not UNSET:
            field_dict["feedback"] = feedback

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candidate_summary import CandidateSummary # noqa: PLC0415
        from ..models.match_feedback import MatchFeedback # noqa: PLC0415
        d = dict(src_dict)
        ai_analyzed = d.pop("aiAnalyzed")

        basic_score = d.pop("basicScore")

        candidate = CandidateSummary.from_dict(d.pop("candidate"))




        is_hidden_gem = d.pop("isHiddenGem")

        match_rationale = d.pop("matchRationale")

        match_score = d.pop("matchScore")

        def _parse_ai_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ai_score = _parse_ai_score(d.pop("aiScore", UNSET))


        def _parse_feedback(data: object) -> MatchFeedback | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                feedback_type_0 = MatchFeedback.from_dict(data)



                return feedback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MatchFeedback | None | Unset, data)

        feedback = _parse_feedback(d.pop("feedback", UNSET))


        job_match = cls(
            ai_analyzed=ai_analyzed,
            basic_score=basic_score,
            candidate=candidate,
            is_hidden_gem=is_hidden_gem,
            match_rationale=match_rationale,
            match_score=match_score,
            ai_score=ai_score,
            feedback=feedback,
        )


        job_match.additional_properties = d
        return job_match

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
