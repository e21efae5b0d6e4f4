from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.interview_analysis_recommendation import InterviewAnalysisRecommendation
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.competency_score import CompetencyScore
  from ..models.coverage_row import CoverageRow





T = TypeVar("T", bound="InterviewAnalysis")



@_attrs_define
class InterviewAnalysis:
    """ Scores follow ``talentsonar.ai.interview_scoring``: a rating r/5 is 20*r/100, questions
    with neither answer nor rating are ``notAssessed`` (excluded, never a zero), and
    ``overallScore`` is ``null`` with recommendation ``not_assessed`` when nothing was scored.

        Attributes:
            competency_scores (list[CompetencyScore]):
            concerns (list[str]):
            coverage_matrix (list[CoverageRow]):
            overall_score (int | None):
            recommendation (InterviewAnalysisRecommendation):
            strengths (list[str]):
            not_assessed (list[str] | Unset): Questions with neither an answer nor a rating
     """

    competency_scores: list[CompetencyScore]
    concerns: list[str]
    coverage_matrix: list[CoverageRow]
    overall_score: int | None
    recommendation: InterviewAnalysisRecommendation
    strengths: list[str]
    not_assessed: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.competency_score import CompetencyScore # noqa: PLC0415
        from ..models.coverage_row import CoverageRow # noqa: PLC0415
        competency_scores = []
        for competency_scores_item_data in self.competency_scores:
            competency_scores_item = competency_scores_item_data.to_dict()
            competency_scores.append(competency_scores_item)



        concerns = self.concerns



        coverage_matrix = []
        for coverage_matrix_item_data in self.coverage_matrix:
            coverage_matrix_item = coverage_matrix_item_data.to_dict()
            coverage_matrix.append(coverage_matrix_item)



        overall_score: int | None
        overall_score = self.overall_score

        recommendation = self.recommendation.value

        strengths = self.strengths



        not_assessed: list[str] | Unset = UNSET
        if not isinstance(self.not_assessed, Unset):
            not_assessed = self.not_assessed




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "competencyScores": competency_scores,
            "concerns": concerns,
            "coverageMatrix": coverage_matrix,
            "overallScore": overall_score,
            "recommendation": recommendation,
            "strengths": strengths,
        })
        if not_assessed is not UNSET:
            field_dict["notAssessed"] = not_assessed

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.competency_score import CompetencyScore # noqa: PLC0415
        from ..models.coverage_row import CoverageRow # noqa: PLC0415
        d = dict(src_dict)
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


        def _parse_overall_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        overall_score = _parse_overall_score(d.pop("overallScore"))


        recommendation = InterviewAnalysisRecommendation(d.pop("recommendation"))




        strengths = cast(list[str], d.pop("strengths"))


        not_assessed = cast(list[str], d.pop("notAssessed", UNSET))


        interview_analysis = cls(
            competency_scores=competency_scores,
            concerns=concerns,
            coverage_matrix=coverage_matrix,
            overall_score=overall_score,
            recommendation=recommendation,
            strengths=strengths,
            not_assessed=not_assessed,
        )


        interview_analysis.additional_properties = d
        return interview_analysis

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
