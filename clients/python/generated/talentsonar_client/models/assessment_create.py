from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assessment_create_seniority_type_0 import AssessmentCreateSeniorityType0
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="AssessmentCreate")



@_attrs_define
class AssessmentCreate:
    """ From a job (``jobId``: its required skills and seniority) or from ``skills`` and a
    ``seniority``; the skills without a question bank are left out (and listed).

        Attributes:
            include_code (bool | Unset):  Default: True.
            job_id (None | Unset | UUID):
            questions_per_skill (int | Unset):  Default: 3.
            seniority (AssessmentCreateSeniorityType0 | None | Unset):
            skills (list[str] | Unset):
            time_limit_minutes (int | Unset):  Default: 45.
            title (None | str | Unset):
     """

    include_code: bool | Unset = True
    job_id: None | Unset | UUID = UNSET
    questions_per_skill: int | Unset = 3
    seniority: AssessmentCreateSeniorityType0 | None | Unset = UNSET
    skills: list[str] | Unset = UNSET
    time_limit_minutes: int | Unset = 45
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        include_code = self.include_code

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        elif isinstance(self.job_id, UUID):
            job_id = str(self.job_id)
        else:
            job_id = self.job_id

        questions_per_skill = self.questions_per_skill

        seniority: None | str | Unset
        if isinstance(self.seniority, Unset):
            seniority = UNSET
        elif isinstance(self.seniority, AssessmentCreateSeniorityType0):
            seniority = self.seniority.value
        else:
            seniority = self.seniority

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills



        time_limit_minutes = self.time_limit_minutes

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if include_code is not UNSET:
            field_dict["includeCode"] = include_code
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if questions_per_skill is not UNSET:
            field_dict["questionsPerSkill"] = questions_per_skill
        if seniority is not UNSET:
            field_dict["seniority"] = seniority
        if skills is not UNSET:
            field_dict["skills"] = skills
        if time_limit_minutes is not UNSET:
            field_dict["timeLimitMinutes"] = time_limit_minutes
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        include_code = d.pop("includeCode", UNSET)

        def _parse_job_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                job_id_type_0 = UUID(data)



                return job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        job_id = _parse_job_id(d.pop("jobId", UNSET))


        questions_per_skill = d.pop("questionsPerSkill", UNSET)

        def _parse_seniority(data: object) -> AssessmentCreateSeniorityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                seniority_type_0 = AssessmentCreateSeniorityType0(data)



                return seniority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssessmentCreateSeniorityType0 | None | Unset, data)

        seniority = _parse_seniority(d.pop("seniority", UNSET))


        skills = cast(list[str], d.pop("skills", UNSET))


        time_limit_minutes = d.pop("timeLimitMinutes", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        assessment_create = cls(
            include_code=include_code,
            job_id=job_id,
            questions_per_skill=questions_per_skill,
            seniority=seniority,
            skills=skills,
            time_limit_minutes=time_limit_minutes,
            title=title,
        )


        assessment_create.additional_properties = d
        return assessment_create

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
