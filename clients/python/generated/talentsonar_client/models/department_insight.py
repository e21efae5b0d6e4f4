from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.skill_count import SkillCount





T = TypeVar("T", bound="DepartmentInsight")



@_attrs_define
class DepartmentInsight:
    """ 
        Attributes:
            department (str):
            top_skills (list[SkillCount]): The department's open jobs' most wanted skills (required and nice to have), at
                most 10
     """

    department: str
    top_skills: list[SkillCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.skill_count import SkillCount # noqa: PLC0415
        department = self.department

        top_skills = []
        for top_skills_item_data in self.top_skills:
            top_skills_item = top_skills_item_data.to_dict()
            top_skills.append(top_skills_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "department": department,
            "topSkills": top_skills,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_count import SkillCount # noqa: PLC0415
        d = dict(src_dict)
        department = d.pop("department")

        top_skills = []
        _top_skills = d.pop("topSkills")
        for top_skills_item_data in (_top_skills):
            top_skills_item = SkillCount.from_dict(top_skills_item_data)



            top_skills.append(top_skills_item)


        department_insight = cls(
            department=department,
            top_skills=top_skills,
        )


        department_insight.additional_properties = d
        return department_insight

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
