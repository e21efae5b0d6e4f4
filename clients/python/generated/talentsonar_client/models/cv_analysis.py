from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cv_analysis_confidence import CvAnalysisConfidence
from ..models.cv_analysis_recommendation import CvAnalysisRecommendation
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.evidence_item import EvidenceItem





T = TypeVar("T", bound="CvAnalysis")



@_attrs_define
class CvAnalysis:
    """ 
        Attributes:
            gaps (list[str]):
            match_score (int):
            matched_skills (list[str]):
            missing_skills (list[str]):
            recommendation (CvAnalysisRecommendation):
            seniority (str):
            strengths (list[str]):
            summary (str):
            basic_score (float | None | Unset): The pair's basic match score, when the analysis started from it
            confidence (CvAnalysisConfidence | Unset):  Default: CvAnalysisConfidence.MEDIUM.
            evidence (list[EvidenceItem] | Unset):
            evidence_note (None | str | Unset): Set when the evidence is thin
            score_differences (list[str] | Unset): Why matchScore differs from basicScore, with evidence
            years_of_experience (float | None | Unset):
     """

    gaps: list[str]
    match_score: int
    matched_skills: list[str]
    missing_skills: list[str]
    recommendation: CvAnalysisRecommendation
    seniority: str
    strengths: list[str]
    summary: str
    basic_score: float | None | Unset = UNSET
    confidence: CvAnalysisConfidence | Unset = CvAnalysisConfidence.MEDIUM
    evidence: list[EvidenceItem] | Unset = UNSET
    evidence_note: None | str | Unset = UNSET
    score_differences: list[str] | Unset = UNSET
    years_of_experience: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.evidence_item import EvidenceItem # noqa: PLC0415
        gaps = self.gaps



        match_score = self.match_score

        matched_skills = self.matched_skills



        missing_skills = self.missing_skills



        recommendation = self.recommendation.value

        seniority = self.seniority

        strengths = self.strengths



        summary = self.summary

        basic_score: float | None | Unset
        if isinstance(self.basic_score, Unset):
            basic_score = UNSET
        else:
            basic_score = self.basic_score

        confidence: str | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.value


        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)



        evidence_note: None | str | Unset
        if isinstance(self.evidence_note, Unset):
            evidence_note = UNSET
        else:
            evidence_note = self.evidence_note

        score_differences: list[str] | Unset = UNSET
        if not isinstance(self.score_differences, Unset):
            score_differences = self.score_differences



        years_of_experience: float | None | Unset
        if isinstance(self.years_of_experience, Unset):
            years_of_experience = UNSET
        else:
            years_of_experience = self.years_of_experience


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "gaps": gaps,
            "matchScore": match_score,
            "matchedSkills": matched_skills,
            "missingSkills": missing_skills,
            "recommendation": recommendation,
            "seniority": seniority,
            "strengths": strengths,
            "summary": summary,
        })
        if basic_score is not UNSET:
            field_dict["basicScore"] = basic_score
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if evidence_note is not UNSET:
            field_dict["evidenceNote"] = evidence_note
        if score_differences is not UNSET:
            field_dict["scoreDifferences"] = score_differences
        if years_of_experience is not UNSET:
            field_dict["yearsOfExperience"] = years_of_experience

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_item import EvidenceItem # noqa: PLC0415
        d = dict(src_dict)
        gaps = cast(list[str], d.pop("gaps"))


        match_score = d.pop("matchScore")

        matched_skills = cast(list[str], d.pop("matchedSkills"))


        missing_skills = cast(list[str], d.pop("missingSkills"))


        recommendation = CvAnalysisRecommendation(d.pop("recommendation"))




        seniority = d.pop("seniority")

        strengths = cast(list[str], d.pop("strengths"))


        summary = d.pop("summary")

        def _parse_basic_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        basic_score = _parse_basic_score(d.pop("basicScore", UNSET))


        _confidence = d.pop("confidence", UNSET)
        confidence: CvAnalysisConfidence | Unset
        if isinstance(_confidence,  Unset):
            confidence = UNSET
        else:
            confidence = CvAnalysisConfidence(_confidence)




        _evidence = d.pop("evidence", UNSET)
        evidence: list[EvidenceItem] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = EvidenceItem.from_dict(evidence_item_data)



                evidence.append(evidence_item)


        def _parse_evidence_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        evidence_note = _parse_evidence_note(d.pop("evidenceNote", UNSET))


        score_differences = cast(list[str], d.pop("scoreDifferences", UNSET))


        def _parse_years_of_experience(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        years_of_experience = _parse_years_of_experience(d.pop("yearsOfExperience", UNSET))


        cv_analysis = cls(
            gaps=gaps,
            match_score=match_score,
            matched_skills=matched_skills,
            missing_skills=missing_skills,
            recommendation=recommendation,
            seniority=seniority,
            strengths=strengths,
            summary=summary,
            basic_score=basic_score,
            confidence=confidence,
            evidence=evidence,
            evidence_note=evidence_note,
            score_differences=score_differences,
            years_of_experience=years_of_experience,
        )


        cv_analysis.additional_properties = d
        return cv_analysis

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
