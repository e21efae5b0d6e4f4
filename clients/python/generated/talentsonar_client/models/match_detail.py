from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.feature_contribution import FeatureContribution
  from ..models.match_detail_ai_analysis_type_0 import MatchDetailAiAnalysisType0
  from ..models.match_detail_ai_provenance_type_0 import MatchDetailAiProvenanceType0
  from ..models.provenance import Provenance





T = TypeVar("T", bound="MatchDetail")



@_attrs_define
class MatchDetail:
    """ 
        Attributes:
            analysis_type (str):
            basic_score (float): The basic score every pair gets in the background (0-100)
            breakdown (list[FeatureContribution]):
            candidate_id (UUID):
            implied_skills (list[str]):
            is_hidden_gem (bool):
            job_id (UUID):
            match_rationale (str):
            match_score (float): The score to sort by (seed 001's matchScore): the AI fit analysis's score when the pair has
                one, else the basic score
            matched_skills (list[str]):
            missing_skills (list[str]):
            provenance (Provenance):
            ai_analysis (MatchDetailAiAnalysisType0 | None | Unset):
            ai_provenance (MatchDetailAiProvenanceType0 | None | Unset):
            ai_score (float | None | Unset): The score of the pair's latest AI fit analysis; null when it has none
            analyzed_at (datetime.datetime | None | Unset):
     """

    analysis_type: str
    basic_score: float
    breakdown: list[FeatureContribution]
    candidate_id: UUID
    implied_skills: list[str]
    is_hidden_gem: bool
    job_id: UUID
    match_rationale: str
    match_score: float
    matched_skills: list[str]
    missing_skills: list[str]
    provenance: Provenance
    ai_analysis: MatchDetailAiAnalysisType0 | None | Unset = UNSET
    ai_provenance: MatchDetailAiProvenanceType0 | None | Unset = UNSET
    ai_score: float | None | Unset = UNSET
    analyzed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.feature_contribution import FeatureContribution # noqa: PLC0415
        from ..models.match_detail_ai_analysis_type_0 import MatchDetailAiAnalysisType0 # noqa: PLC0415
        from ..models.match_detail_ai_provenance_type_0 import MatchDetailAiProvenanceType0 # noqa: PLC0415
        from ..models.provenance import Provenance # noqa: PLC0415
        analysis_type = self.analysis_type

        basic_score = self.basic_score

        breakdown = []
        for breakdown_item_data in self.breakdown:
            breakdown_item = breakdown_item_data.to_dict()
            breakdown.append(breakdown_item)



        candidate_id = str(self.candidate_id)

        implied_skills = self.implied_skills



        is_hidden_gem = self.is_hidden_gem

        job_id = str(self.job_id)

        match_rationale = self.match_rationale

        match_score = self.match_score

        matched_skills = self.matched_skills



        missing_skills = self.missing_skills



        provenance = self.provenance.to_dict()

        ai_analysis: dict[str, Any] | None | Unset
        if isinstance(self.ai_analysis, Unset):
            ai_analysis = UNSET
        elif isinstance(self.ai_analysis, MatchDetailAiAnalysisType0):
            ai_analysis = self.ai_analysis.to_dict()
        else:
            ai_analysis = self.ai_analysis

        ai_provenance: dict[str, Any] | None | Unset
        if isinstance(self.ai_provenance, Unset):
            ai_provenance = UNSET
        elif isinstance(self.ai_provenance, MatchDetailAiProvenanceType0):
            ai_provenance = self.ai_provenance.to_dict()
        else:
            ai_provenance = self.ai_provenance

        ai_score: float | None | Unset
        if isinstance(self.ai_score, Unset):
            ai_score = UNSET
        else:
            ai_score = self.ai_score

        analyzed_at: None | str | Unset
        if isinstance(self.analyzed_at, Unset):
            analyzed_at = UNSET
        elif isinstance(self.analyzed_at, datetime.datetime):
            analyzed_at = self.analyzed_at.isoformat()
        else:
            analyzed_at = self.analyzed_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "analysisType": analysis_type,
            "basicScore": basic_score,
            "breakdown": breakdown,
            "candidateId": candidate_id,
            "impliedSkills": implied_skills,
            "isHiddenGem": is_hidden_gem,
            "jobId": job_id,
            "matchRationale": match_rationale,
            "matchScore": match_score,
            "matchedSkills": matched_skills,
            "missingSkills": missing_skills,
            "provenance": provenance,
        })
        if ai_analysis is not UNSET:
            field_dict["aiAnalysis"] = ai_analysis
        if ai_provenance is not UNSET:
            field_dict["aiProvenance"] = ai_provenance
        if ai_score is not UNSET:
            field_dict["aiScore"] = ai_score
        if analyzed_at is not UNSET:
            field_dict["analyzedAt"] = analyzed_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feature_contribution import FeatureContribution # noqa: PLC0415
        from ..models.match_detail_ai_analysis_type_0 import MatchDetailAiAnalysisType0 # noqa: PLC0415
        from ..models.match_detail_ai_provenance_type_0 import MatchDetailAiProvenanceType0 # noqa: PLC0415
        from ..models.provenance import Provenance # noqa: PLC0415
        d = dict(src_dict)
        analysis_type = d.pop("analysisType")

        basic_score = d.pop("basicScore")

        breakdown = []
        _breakdown = d.pop("breakdown")
        for breakdown_item_data in (_breakdown):
            breakdown_item = FeatureContribution.from_dict(breakdown_item_data)



            breakdown.append(breakdown_item)


        candidate_id = UUID(d.pop("candidateId"))




        implied_skills = cast(list[str], d.pop("impliedSkills"))


        is_hidden_gem = d.pop("isHiddenGem")

        job_id = UUID(d.pop("jobId"))




        match_rationale = d.pop("matchRationale")

        match_score = d.pop("matchScore")

        matched_skills = cast(list[str], d.pop("matchedSkills"))


        missing_skills = cast(list[str], d.pop("missingSkills"))


        provenance = Provenance.from_dict(d.pop("provenance"))




        def _parse_ai_analysis(data: object) -> MatchDetailAiAnalysisType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ai_analysis_type_0 = MatchDetailAiAnalysisType0.from_dict(data)



                return ai_analysis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MatchDetailAiAnalysisType0 | None | Unset, data)

        ai_analysis = _parse_ai_analysis(d.pop("aiAnalysis", UNSET))


        def _parse_ai_provenance(data: object) -> MatchDetailAiProvenanceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ai_provenance_type_0 = MatchDetailAiProvenanceType0.from_dict(data)



                return ai_provenance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MatchDetailAiProvenanceType0 | None | Unset, data)

        ai_provenance = _parse_ai_provenance(d.pop("aiProvenance", UNSET))


        def _parse_ai_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ai_score = _parse_ai_score(d.pop("aiScore", UNSET))


        def _parse_analyzed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                analyzed_at_type_0 = datetime.datetime.fromisoformat(data)



                return analyzed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        analyzed_at = _parse_analyzed_at(d.pop("analyzedAt", UNSET))


        match_detail = cls(
            analysis_type=analysis_type,
            basic_score=basic_score,
            breakdown=breakdown,
            candidate_id=candidate_id,
            implied_skills=implied_skills,
            is_hidden_gem=is_hidden_gem,
            job_id=job_id,
            match_rationale=match_rationale,
            match_score=match_score,
            matched_skills=matched_skills,
            missing_skills=missing_skills,
            provenance=provenance,
            ai_analysis=ai_analysis,
            ai_provenance=ai_provenance,
            ai_score=ai_score,
            analyzed_at=analyzed_at,
        )


        match_detail.additional_properties = d
        return match_detail

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
