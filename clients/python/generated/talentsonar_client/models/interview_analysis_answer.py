from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.interview_analysis_answer_recommendation import InterviewAnalysisAnswerRecommendation
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.competency_score import CompetencyScore
  from ..models.coverage_row import CoverageRow
  from ..models.interview_analysis import InterviewAnalysis





T = TypeVar("T", bound="InterviewAnalysisAnswer")



@_attrs_define
class InterviewAnalysisAnswer:
    """ 
        Attributes:
            cached (bool):
            competency_scores (list[CompetencyScore]):
            concerns (list[str]):
            coverage_matrix (list[CoverageRow]):
            model (str):
            overall_score (int | None):
            prompt_version (str):
            provider (str):
            recommendation (InterviewAnalysisAnswerRecommendation):
            result (InterviewAnalysis): Scores follow ``talentsonar.ai.interview_scoring``: a rating r/5 is 20*r/100,
                questions
                with neither answer nor rating are ``notAssessed`` (excluded, never a zero), and
                ``overallScore`` is ``null`` with recommendation ``not_assessed`` when nothing was scored.
            strengths (list[str]):
            fallback (bool | Unset):  Default: False.
            fallback_reason (None | str | Unset):
            injection_flags (list[str] | Unset):
            not_assessed (list[str] | Unset): Questions with neither an answer nor a rating
            redacted (bool | Unset):  Default: False.
     """

    cached: bool
    competency_scores: list[CompetencyScore]
    concerns: list[str]
    coverage_matrix: list[CoverageRow]
    model: str
    overall_score: int | None
    prompt_version: str
    provider: str
    recommendation: InterviewAnalysisAnswerRecommendation
    result: InterviewAnalysis
    strengths: list[str]
    fallback: bool | Unset = False
    fallback_reason: None | str | Unset = UNSET
    injection_flags: list[str] | Unset = UNSET
    not_assessed: list[str] | Unset = UNSET
    redacted: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.competency_score import CompetencyScore # noqa: PLC0415
        from ..models.coverage_row import CoverageRow # noqa: PLC0415
        from ..models.interview_analysis import InterviewAnalysis # noqa: PLC0415
        cached = self.cached

        competency_scores = []
        for competency_scores_item_data in self.competency_scores:
            competency_scores_item = competency_scores_item_data.to_dict()
            competency_scores.append(competency_scores_item)



        concerns = self.concerns



        coverage_matrix = []
        for coverage_matrix_item_data in self.coverage_matrix:
            coverage_matrix_item = coverage_matrix_item_data.to_dict()
            coverage_matrix.append(coverage_matrix_item)



        model = self.model

        overall_score: int | None
        overall_score = self.overall_score

        prompt_version = self.prompt_version

        provider = self.provider

        recommendation = self.recommendation.value

        result = self.result.to_dict()

        strengths = self.strengths



        fallback = self.fallback

        fallback_reason: None | str | Unset
        if isinstance(self.fallback_reason, Unset):
            fallback_reason = UNSET
        else:
            fallback_reason = self.fallback_reason

        injection_flags: list[str] | Unset = UNSET
        if not isinstance(self.injection_flags, Unset):
            injection_flags = self.injection_flags



        not_assessed: list[str] | Unset = UNSET
        if not isinstance(self.not_assessed, Unset):
            not_assessed = self.not_assessed



        redacted = self.redacted


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cached": cached,
            "competencyScores": competency_scores,
            "concerns": concerns,
            "coverageMatrix": coverage_matrix,
            "model": model,
            "overallScore": overall_score,
            "promptVersion": prompt_version,
            "provider": provider,
            "recommendation": recommendation,
            "result": result,
            "strengths": strengths,
        })
        if fallback is not UNSET:
            field_dict["fallback"] = fallback
        if fallback_reason is not UNSET:
            field_dict["fallbackReason"] = fallback_reason
        if injection_flags is not UNSET:
            field_dict["injectionFlags"] = injection_flags
        if not_assessed is not UNSET:
            field_dict["notAssessed"] = not_assessed
        if redacted is not UNSET:
            field_dict["redacted"] = redacted

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.competency_score import CompetencyScore # noqa: PLC0415
        from ..models.coverage_row import CoverageRow # noqa: PLC0415
        from ..models.interview_analysis import InterviewAnalysis # noqa: PLC0415
        d = dict(src_dict)
        cached = d.pop("cached")

        competency_scores = []
        _competency_scores = d.pop("competencyScores")
        for competency_scores_item_data in (_competency_scores):
            competency_scores_item = CompetencyScore.from_dict(competency_scores_item_data)



            competency_scores.append(competency_scores_item)


        concerns = cast(list[str], d.pop("concerns"))


        coverage_matrix = []
        _coverage_matrix = d.pop("coverageMatrix")
        for coverage_matrix_item_data in (_coverage_matrix):
            coverage_matrix_item = CoverageRow.from_dict(coverage_matrix_item_data)



            coverage_matrix.append(coverage_matrix_item)


        model = d.pop("model")

        def _parse_overall_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        overall_score = _parse_overall_score(d.pop("overallScore"))


        prompt_version = d.pop("promptVersion")

        provider = d.pop("provider")

        recommendation = InterviewAnalysisAnswerRecommendation(d.pop("recommendation"))




        result = InterviewAnalysis.from_dict(d.pop("result"))




        strengths = cast(list[str], d.pop("strengths"))


        fallback = d.pop("fallback", UNSET)

        def _parse_fallback_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_reason = _parse_fallback_reason(d.pop("fallbackReason", UNSET))


        injection_flags = cast(list[str], d.pop("injectionFlags", UNSET))


        not_assessed = cast(list[str], d.pop("notAssessed", UNSET))


        redacted = d.pop("redacted", UNSET)

        interview_analysis_answer = cls(
            cached=cached,
            competency_scores=competency_scores,
            concerns=concerns,
            coverage_matrix=coverage_matrix,
            model=model,
            overall_score=overall_score,
            prompt_version=prompt_version,
            provider=provider,
            recommendation=recommendation,
            result=result,
            strengths=strengths,
            fallback=fallback,
            fallback_reason=fallback_reason,
            injection_flags=injection_flags,
            not_assessed=not_assessed,
            redacted=redacted,
        )


        interview_analysis_answer.additional_properties = d
        return interview_analysis_answer

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
