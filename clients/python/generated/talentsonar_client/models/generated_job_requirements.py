from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="GeneratedJobRequirements")



@_attrs_define
class GeneratedJobRequirements:
    """ 
        Attributes:
            min_years_experience (int):
            preferred_skills (list[str]):
            required_skills (list[str]):
            responsibilities (list[str]):
            seniority (str):
            summary (str):
            title (str):
     """

    min_years_experience: int
    preferred_skills: list[str]
    required_skills: list[str]
    responsibilities: list[str]
    seniority: str
    summary: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        min_years_experience = self.min_years_experience

        preferred_skills = self.preferred_skills



        required_skills = self.required_skills



        responsibilities = self.responsibilities



        seniority = self.seniority

        summary = self.summary

        title = self.title


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "minYearsExperience": min_years_experience,
            "preferredSkills": preferred_skills,
            "requiredSkills": required_skills,
            "responsibilities": responsibilities,
            "seniority": seniority,
            "summary": summary,
            "title": title,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_years_experience = d.pop("minYearsExperience")

        preferred_skills = cast(list[str], d.pop("preferredSkills"))


        required_skills = cast(list[str], d.pop("requiredSkills"))


        responsibilities = cast(list[str], d.pop("responsibilities"))


        seniority = d.pop("seniority")

        summary = d.pop("summary")

        title = d.pop("title")

        generated_job_requirements = cls(
            min_years_experience=min_years_experience,
            preferred_skills=preferred_skills,
            required_skills=required_skills,
            responsibilities=responsibilities,
            seniority=seniority,
            summary=summary,
            title=title,
        )


        generated_job_requirements.additional_properties = d
        return generated_job_requirements

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
