from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.enrichment import Enrichment





T = TypeVar("T", bound="EnrichmentAnswer")



@_attrs_define
class EnrichmentAnswer:
    """ 
        Attributes:
            cached (bool):
            experience_summary (str):
            inferred_skills (list[str]):
            model (str):
            prompt_version (str):
            provider (str):
            result (Enrichment):
            suggested_role_title (str):
            fallback (bool | Unset):  Default: False.
            fallback_reason (None | str | Unset):
            injection_flags (list[str] | Unset):
            redacted (bool | Unset):  Default: False.
     """

    cached: bool
    experience_summary: str
    inferred_skills: list[str]
    model: str
    prompt_version: str
    provider: str
    result: Enrichment
    suggested_role_title: str
    fallback: bool | Unset = False
    fallback_reason: None | str | Unset = UNSET
    injection_flags: list[str] | Unset = UNSET
    redacted: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.enrichment import Enrichment # noqa: PLC0415
        cached = self.cached

        experience_summary = self.experience_summary

        inferred_skills = self.inferred_skills



        model = self.model

        prompt_version = self.prompt_version

        provider = self.provider

        result = self.result.to_dict()

        suggested_role_title = self.suggested_role_title

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
            "experienceSummary": experience_summary,
            "inferredSkills": inferred_skills,
            "model": model,
            "promptVersion": prompt_version,
            "provider": provider,
            "result": result,
            "suggestedRoleTitle": suggested_role_title,
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
        from ..models.enrichment import Enrichment # noqa: PLC0415
        d = dict(src_dict)
        cached = d.pop("cached")

        experience_summary = d.pop("experienceSummary")

        inferred_skills = cast(list[str], d.pop("inferredSkills"))


        model = d.pop("model")

        prompt_version = d.pop("promptVersion")

        provider = d.pop("provider")

        result = Enrichment.from_dict(d.pop("result"))




        suggested_role_title = d.pop("suggestedRoleTitle")

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

        enrichment_answer = cls(
            cached=cached,
            experience_summary=experience_summary,
            inferred_skills=inferred_skills,
            model=model,
            prompt_version=prompt_version,
            provider=provider,
            result=result,
            suggested_role_title=suggested_role_title,
            fallback=fallback,
            fallback_reason=fallback_reason,
            injection_flags=injection_flags,
            redacted=redacted,
        )


        enrichment_answer.additional_properties = d
        return enrichment_answer

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
