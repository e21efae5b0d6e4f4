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






T = TypeVar("T", bound="Assessment")



@_attrs_define
class Assessment:
    """ 
        Attributes:
            created_at (datetime.datetime):
            id (UUID):
            include_code (bool):
            job_id (None | UUID):
            question_count (int):
            questions_per_skill (int):
            seniority (str):
            skills (list[str]):
            time_limit_minutes (int):
            title (str):
            invitations (int | Unset):  Default: 0.
            skipped_skills (list[str] | Unset):
     """

    created_at: datetime.datetime
    id: UUID
    include_code: bool
    job_id: None | UUID
    question_count: int
    questions_per_skill: int
    seniority: str
    skills: list[str]
    time_limit_minutes: int
    title: str
    invitations: int | Unset = 0
    skipped_skills: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        include_code = self.include_code

        job_id: None | str
        if isinstance(self.job_id, UUID):
            job_id = str(self.job_id)
        else:
            job_id = self.job_id

        question_count = self.question_count

        questions_per_skill = self.questions_per_skill

        seniority = self.seniority

        skills = self.skills



        time_limit_minutes = self.time_limit_minutes

        title = self.title

        invitations = self.invitations

        skipped_skills: list[str] | Unset = UNSET
        if not isinstance(self.skipped_skills, Unset):
            skipped_skills = self.skipped_skills




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "createdAt": created_at,
            "id": id,
            "includeCode": include_code,
            "jobId": job_id,
            "questionCount": question_count,
            "questionsPerSkill": questions_per_skill,
            "seniority": seniority,
            "skills": skills,
            "timeLimitMinutes": time_limit_minutes,
            "title": title,
        })
        if invitations is not UNSET:
            field_dict["invitations"] = invitations
        if skipped_skills is not UNSET:
            field_dict["skippedSkills"] = skipped_skills

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        id = UUID(d.pop("id"))




        include_code = d.pop("includeCode")

        def _parse_job_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                job_id_type_0 = UUID(data)



                return job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        job_id = _parse_job_id(d.pop("jobId"))


        question_count = d.pop("questionCount")

        questions_per_skill = d.pop("questionsPerSkill")

        seniority = d.pop("seniority")

        skills = cast(list[str], d.pop("skills"))


        time_limit_minutes = d.pop("timeLimitMinutes")

        title = d.pop("title")

        invitations = d.pop("invitations", UNSET)

        skipped_skills = cast(list[str], d.pop("skippedSkills", UNSET))


        assessment = cls(
            created_at=created_at,
            id=id,
            include_code=include_code,
            job_id=job_id,
            question_count=question_count,
            questions_per_skill=questions_per_skill,
            seniority=seniority,
            skills=skills,
            time_limit_minutes=time_limit_minutes,
            title=title,
            invitations=invitations,
            skipped_skills=skipped_skills,
        )


        assessment.additional_properties = d
        return assessment

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
