from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.job_analysis import JobAnalysis
  from ..models.skill_requirement import SkillRequirement





T = TypeVar("T", bound="JobAnalysisAnswer")



@_attrs_define
class JobAnalysisAnswer:
    """ 
        Attributes:
            cached (bool):
            ideal_candidate_profile (str):
            key_responsibilities (list[str]):
            model (str):
            prompt_version (str):
            provider (str):
            result (JobAnalysis):
            skill_requirements (list[SkillRequirement]):
            true_seniority_level (str):
            fallback (bool | Unset):  Default: False.
            fallback_reason (None | str | Unset):
            injection_flags (list[str] | Unset):
            redacted (bool | Unset):  Default: False.
     """

    cached: bool
    ideal_candidate_profile: str
    key_responsibilities: list[str]
    model: str
    prompt_version: str
    provider: str
    result: JobAnalysis
    skill_requirements: list[SkillRequirement]
    true_seniority_level: str
    fallback: bool | Unset = False
    fallback_reason: None | str | Unset = UNSET
    injection_flags: list[str] | Unset = UNSET
    redacted: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.job_analysis import JobAnalysis # noqa: PLC0415
        from ..models.skill_requirement import SkillRequirement # noqa: PLC0415
        cached = self.cached

        ideal_candidate_profile = self.ideal_candidate_profile

        key_responsibilities = self.key_responsibilities



        model = self.model

        prompt_version = self.prompt_version

        provider = self.provider

        result = self.result.to_dict()

        skill_requirements = []
        for skill_requirements_item_data in self.skill_requirements:
            skill_requirements_item = skill_requirements_item_data.to_dict()
            skill_requirements.append(skill_requirements_item)



        true_seniority_level = self.true_seniority_level

        fallback = self.fallback

        fallback_reason: None | str | Unset
        if isinstance(self.fallback_reason, Unset):
            fallback_reason = UNSET
        else:
            fallback_reason = self.fallback_reason

        injection_flags: list[str] | Unset = UNSET
        if not isinstance(self.injection_flags, Unset):
            injection_flags = self.injection_flags



        redacted = self.redacted


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cached": cached,
            "idealCandidateProfile": ideal_candidate_profile,
            "keyResponsibilities": key_responsibilities,
            "model": model,
            "promptVersion": prompt_version,
            "provider": provider,
            "result": result,
            "skillRequirements": skill_requirements,
            "trueSeniorityLevel": true_seniority_level,
        })
        if fallback is not UNSET:
            field_dict["fallback"] = fallback
        if fallback_reason is not UNSET:
            field_dict["fallbackReason"] = fallback_reason
        if injection_flags is not UNSET:
            field_dict["injectionFlags"] = injection_flags
        if redacted is not UNSET:
            field_dict["redacted"] = redacted

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_analysis import JobAnalysis # noqa: PLC0415
        from ..models.skill_requirement import SkillRequirement # noqa: PLC0415
        d = dict(src_dict)
        cached = d.pop("cached")

        ideal_candidate_profile = d.pop("idealCandidateProfile")

        key_responsibilities = cast(list[str], d.pop("keyResponsibilities"))


        model = d.pop("model")

        prompt_version = d.pop("promptVersion")

        provider = d.pop("provider")

        result = JobAnalysis.from_dict(d.pop("result"))




        skill_requirements = []
        _skill_requirements = d.pop("skillRequirements")
        for skill_requirements_item_data in (_skill_requirements):
            skill_requirements_item = SkillRequirement.from_dict(skill_requirements_item_data)



            skill_requirements.append(skill_requirements_item)


        true_seniority_level = d.pop("trueSeniorityLevel")

        fallback = d.pop("fallback", UNSET)

        def _parse_fallback_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_reason = _parse_fallback_reason(d.pop("fallbackReason", UNSET))


        injection_flags = cast(list[str], d.pop("injectionFlags", UNSET))


        redacted = d.pop("redacted", UNSET)

        job_analysis_answer = cls(
            cached=cached,
            ideal_candidate_profile=ideal_candidate_profile,
            key_responsibilities=key_responsibilities,
            model=model,
            prompt_version=prompt_version,
            provider=provider,
            result=result,
            skill_requirements=skill_requirements,
            true_seniority_level=true_seniority_level,
            fallback=fallback,
            fallback_reason=fallback_reason,
            injection_flags=injection_flags,
            redacted=redacted,
        )


        job_analysis_answer.additional_properties = d
        return job_analysis_answer

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
