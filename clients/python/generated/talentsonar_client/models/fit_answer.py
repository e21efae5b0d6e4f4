from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.fit_answer_confidence import FitAnswerConfidence
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.evidence_item import EvidenceItem
  from ..models.fit_analysis import FitAnalysis
  from ..models.future_potential import FuturePotential
  from ..models.multi_dimensional_analysis import MultiDimensionalAnalysis
  from ..models.skill_gap import SkillGap





T = TypeVar("T", bound="FitAnswer")



@_attrs_define
class FitAnswer:
    """ Seed 001's ``{matchScore, aiAnalysis}`` of a pair beside our provenance:
    ``matchScore`` and ``aiScore`` are the AI's score, ``basicScore`` the pair's basic
    score (``null`` when the pair has none).

        Attributes:
            ai_analysis (FitAnalysis):
            ai_score (int):
            cached (bool):
            future_potential_projection (FuturePotential):
            gaps (list[str]):
            match_rationale (str):
            match_score (int):
            model (str):
            multi_dimensional_analysis (MultiDimensionalAnalysis):
            prompt_version (str):
            provider (str):
            result (FitAnalysis):
            skill_gap_analysis (list[SkillGap]):
            strengths (list[str]):
            basic_score (float | None | Unset):
            confidence (FitAnswerConfidence | Unset):  Default: FitAnswerConfidence.MEDIUM.
            evidence (list[EvidenceItem] | Unset):
            evidence_note (None | str | Unset):
            fallback (bool | Unset):  Default: False.
            fallback_reason (None | str | Unset):
            injection_flags (list[str] | Unset):
            is_hidden_gem (bool | Unset): Low basic score (< 60), high deeper analysis (>= 60 and >= basic + 10), not the
                job's top-ranked candidate (talentsonar.matching.gems) Default: False.
            redacted (bool | Unset):  Default: False.
            score_differences (list[str] | Unset): Why matchScore differs from basicScore, with evidence
            seniority (None | str | Unset):
            years_of_experience (float | None | Unset):
     """

    ai_analysis: FitAnalysis
    ai_score: int
    cached: bool
    future_potential_projection: FuturePotential
    gaps: list[str]
    match_rationale: str
    match_score: int
    model: str
    multi_dimensional_analysis: MultiDimensionalAnalysis
    prompt_version: str
    provider: str
    result: FitAnalysis
    skill_gap_analysis: list[SkillGap]
    strengths: list[str]
    basic_score: float | None | Unset = UNSET
    confidence: FitAnswerConfidence | Unset = FitAnswerConfidence.MEDIUM
    evidence: list[EvidenceItem] | Unset = UNSET
    evidence_note: None | str | Unset = UNSET
    fallback: bool | Unset = False
    fallback_reason: None | str | Unset = UNSET
    injection_flags: list[str] | Unset = UNSET
    is_hidden_gem: bool | Unset = False
    redacted: bool | Unset = False
    score_differences: list[str] | Unset = UNSET
    seniority: None | str | Unset = UNSET
    years_of_experience: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.evidence_item import EvidenceItem # noqa: PLC0415
        from ..models.fit_analysis import FitAnalysis # noqa: PLC0415
        from ..models.future_potential import FuturePotential # noqa: PLC0415
        from ..models.multi_dimensional_analysis import MultiDimensionalAnalysis # noqa: PLC0415
        from ..models.skill_gap import SkillGap # noqa: PLC0415
        ai_analysis = self.ai_analysis.to_dict()

        ai_score = self.ai_score

        cached = self.cached

        future_potential_projection = self.future_potential_projection.to_dict()

        gaps = self.gaps



        match_rationale = self.match_rationale

        match_score = self.match_score

        model = self.model

        multi_dimensional_analysis = self.multi_dimensional_analysis.to_dict()

        prompt_version = self.prompt_version

        provider = self.provider

        result = self.result.to_dict()

        skill_gap_analysis = []
        for skill_gap_analysis_item_data in self.skill_gap_analysis:
            skill_gap_analysis_item = skill_gap_analysis_item_data.to_dict()
            skill_gap_analysis.append(skill_gap_analysis_item)



        strengths = self.strengths



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

        fallback = self.fallback

        fallback_reason: None | str | Unset
        if isinstance(self.fallback_reason, Unset):
            fallback_reason = UNSET
        else:
            fallback_reason = self.fallback_reason

        injection_flags: list[str] | Unset = UNSET
        if not isinstance(self.injection_flags, Unset):
            injection_flags = self.injection_flags



        is_hidden_gem = self.is_hidden_gem

        redacted = self.redacted

        score_differences: list[str] | Unset = UNSET
        if not isinstance(self.score_differences, Unset):
            score_differences = self.score_differences



        seniority: None | str | Unset
        if isinstance(self.seniority, Unset):
            seniority = UNSET
        else:
            seniority = self.seniority

        years_of_experience: float | None | Unset
        if isinstance(self.years_of_experience, Unset):
            years_of_experience = UNSET
        else:
            years_of_experience = self.years_of_experience


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "aiAnalysis": ai_analysis,
            "aiScore": ai_score,
            "cached": cached,
            "futurePotentialProjection": future_potential_projection,
            "gaps": gaps,
            "matchRationale": match_rationale,
            "matchScore": match_score,
            "model": model,
            "multiDimensionalAnalysis": multi_dimensional_analysis,
            "promptVersion": prompt_version,
            "provider": provider,
            "result": result,
            "skillGapAnalysis": skill_gap_analysis,
            "strengths": strengths,
        })
        if basic_score is not UNSET:
            field_dict["basicScore"] = basic_score
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if evidence_note is not UNSET:
            field_dict["evidenceNote"] = evidence_note
        if fallback is not UNSET:
            field_dict["fallback"] = fallback
        if fallback_reason is not UNSET:
            field_dict["fallbackReason"] = fallback_reason
        if injection_flags is not UNSET:
            field_dict["injectionFlags"] = injection_flags
        if is_hidden_gem is not UNSET:
            field_dict["isHiddenGem"] = is_hidden_gem
        if redacted is not UNSET:
            field_dict["redacted"] = redacted
        if score_differences is not UNSET:
            field_dict["scoreDifferences"] = score_differences
        if seniority is not UNSET:
            field_dict["seniority"] = seniority
        if years_of_experience is not UNSET:
            field_dict["yearsOfExperience"] = years_of_experience

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_item import EvidenceItem # noqa: PLC0415
        from ..models.fit_analysis import FitAnalysis # noqa: PLC0415
        from ..models.future_potential import FuturePotential # noqa: PLC0415
        from ..models.multi_dimensional_analysis import MultiDimensionalAnalysis # noqa: PLC0415
        from ..models.skill_gap import SkillGap # noqa: PLC0415
        d = dict(src_dict)
        ai_analysis = FitAnalysis.from_dict(d.pop("aiAnalysis"))




        ai_score = d.pop("aiScore")

        cached = d.pop("cached")

        future_potential_projection = FuturePotential.from_dict(d.pop("futurePotentialProjection"))




        gaps = cast(list[str], d.pop("gaps"))


        match_rationale = d.pop("matchRationale")

        match_score = d.pop("matchScore")

        model = d.pop("model")

        multi_dimensional_analysis = MultiDimensionalAnalysis.from_dict(d.pop("multiDimensionalAnalysis"))




        prompt_version = d.pop("promptVersion")

        provider = d.pop("provider")

        result = FitAnalysis.from_dict(d.pop("result"))




        skill_gap_analysis = []
        _skill_gap_analysis = d.pop("skillGapAnalysis")
        for skill_gap_analysis_item_data in (_skill_gap_analysis):
            skill_gap_analysis_item = SkillGap.from_dict(skill_gap_analysis_item_data)



            skill_gap_analysis.append(skill_gap_analysis_item)


        strengths = cast(list[str], d.pop("strengths"))


        def _parse_basic_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        basic_score = _parse_basic_score(d.pop("basicScore", UNSET))


        _confidence = d.pop("confidence", UNSET)
        confidence: FitAnswerConfidence | Unset
        if isinstance(_confidence,  Unset):
            confidence = UNSET
        else:
            confidence = FitAnswerConfidence(_confidence)




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


        fallback = d.pop("fallback", UNSET)

        def _parse_fallback_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_reason = _parse_fallback_reason(d.pop("fallbackReason", UNSET))


        injection_flags = cast(list[str], d.pop("injectionFlags", UNSET))


        is_hidden_gem = d.pop("isHiddenGem", UNSET)

        redacted = d.pop("redacted", UNSET)

        score_differences = cast(list[str], d.pop("scoreDifferences", UNSET))


        def _parse_seniority(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seniority = _parse_seniority(d.pop("seniority", UNSET))


        def _parse_years_of_experience(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        years_of_experience = _parse_years_of_experience(d.pop("yearsOfExperience", UNSET))


        fit_answer = cls(
            ai_analysis=ai_analysis,
            ai_score=ai_score,
            cached=cached,
            future_potential_projection=future_potential_projection,
            gaps=gaps,
            match_rationale=match_rationale,
            match_score=match_score,
            model=model,
            multi_dimensional_analysis=multi_dimensional_analysis,
            prompt_version=prompt_version,
            provider=provider,
            result=result,
            skill_gap_analysis=skill_gap_analysis,
            strengths=strengths,
            basic_score=basic_score,
            confidence=confidence,
            evidence=evidence,
            evidence_note=evidence_note,
            fallback=fallback,
            fallback_reason=fallback_reason,
            injection_flags=injection_flags,
            is_hidden_gem=is_hidden_gem,
            redacted=redacted,
            score_differences=score_differences,
            seniority=seniority,
            years_of_experience=years_of_experience,
        )


        fit_answer.additional_properties = d
        return fit_answer

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
