from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.required_skill_coverage import RequiredSkillCoverage





T = TypeVar("T", bound="SkillsCoverage")



@_attrs_define
class SkillsCoverage:
    """ 
        Attributes:
            candidates (int):
            job_id (UUID):
            skills (list[RequiredSkillCoverage]):
     """

    candidates: int
    job_id: UUID
    skills: list[RequiredSkillCoverage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.required_skill_coverage import RequiredSkillCoverage # noqa: PLC0415
        candidates = self.candidates

        job_id = str(self.job_id)

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidates": candidates,
            "jobId": job_id,
            "skills": skills,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.required_skill_coverage import RequiredSkillCoverage # noqa: PLC0415
        d = dict(src_dict)
        candidates = d.pop("candidates")

        job_id = UUID(d.pop("jobId"))




        skills = []
        _skills = d.pop("skills")
        for skills_item_data in (_skills):
            skills_item = RequiredSkillCoverage.from_dict(skills_item_data)



            skills.append(skills_item)


        skills_coverage = cls(
            candidates=candidates,
            job_id=job_id,
            skills=skills,
        )


        skills_coverage.additional_properties = d
        return skills_coverage

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
