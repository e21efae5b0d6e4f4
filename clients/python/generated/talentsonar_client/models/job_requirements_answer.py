from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.generated_job_requirements import GeneratedJobRequirements





T = TypeVar("T", bound="JobRequirementsAnswer")



@_attrs_define
class JobRequirementsAnswer:
    """ 
        Attributes:
            cached (bool):
            min_years_experience (int):
            model (str):
            preferred_skills (list[str]):
            prompt_version (str):
            provider (str):
            required_skills (list[str]):
            responsibilities (list[str]):
            result (GeneratedJobRequirements):
            seniority (str):
            summary (str):
            title (str):
            fallback (bool | Unset):  Default: False.
            fallback_reason (None | str | Unset):
            injection_flags (list[str] | Unset):
            redacted (bool | Unset):  Default: False.
     """

    cached: bool
    min_years_experience: int
    model: str
    preferred_skills: list[str]
    prompt_version: str
    provider: str
    required_skills: list[str]
    responsibilities: list[str]
    result: GeneratedJobRequirements
    seniority: str
    summary: str
    title: str
    fallback: bool | Unset = False
    fallback_reason: None | str | Unset = UNSET
    injection_flags: list[str] | Unset = UNSET
    redacted: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.generated_job_requirements import GeneratedJobRequirements # noqa: PLC0415
        cached = self.cached

        min_years_experience = self.min_years_experience

        model = self.model

        preferred_skills = self.preferred_skills



        prompt_version = self.prompt_version

        provider = self.provider

        required_skills = self.required_skills



        responsibilities = self.responsibilities



        result = self.result.to_dict()

        seniority = self.seniority

        summary = self.summary

        title = self.title

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
            "minYearsExperience": min_years_experience,
            "model": model,
            "preferredSkills": preferred_skills,
            "promptVersion": prompt_version,
            "provider": provider,
            "requiredSkills": required_skills,
            "responsibilities": responsibilities,
            "result": result,
            "seniority": seniority,
            "summary": summary,
            "title": title,
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
        from ..models.generated_job_requirements import GeneratedJobRequirements # noqa: PLC0415
        d = dict(src_dict)
        cached = d.pop("cached")

        min_years_experience = d.pop("minYearsExperience")

        model = d.pop("model")

        preferred_skills = cast(list[str], d.pop("preferredSkills"))


        prompt_version = d.pop("promptVersion")

        provider = d.pop("provider")

        required_skills = cast(list[str], d.pop("requiredSkills"))


        responsibilities = cast(list[str], d.pop("responsibilities"))


        result = GeneratedJobRequirements.from_dict(d.pop("result"))




        seniority = d.pop("seniority")

        summary = d.pop("summary")

        title = d.pop("title")

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

        job_requirements_answer = cls(
            cached=cached,
            min_years_experience=min_years_experience,
            model=model,
            preferred_skills=preferred_skills,
            prompt_version=prompt_version,
            provider=provider,
            required_skills=required_skills,
            responsibilities=responsibilities,
            result=result,
            seniority=seniority,
            summary=summary,
            title=title,
            fallback=fallback,
            fallback_reason=fallback_reason,
            injection_flags=injection_flags,
            redacted=redacted,
        )


        job_requirements_answer.additional_properties = d
        return job_requirements_answer

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
