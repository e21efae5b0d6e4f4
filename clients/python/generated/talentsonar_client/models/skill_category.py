from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="SkillCategory")



@_attrs_define
class SkillCategory:
    """ 
        Attributes:
            id (str):
            name (str):
            skill_count (int):
            organization_skill_count (int | Unset):  Default: 0.
     """

    id: str
    name: str
    skill_count: int
    organization_skill_count: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        skill_count = self.skill_count

        organization_skill_count = self.organization_skill_count


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "skillCount": skill_count,
        })
        if organization_skill_count is not UNSET:
            field_dict["organizationSkillCount"] = organization_skill_count

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        skill_count = d.pop("skillCount")

        organization_skill_count = d.pop("organizationSkillCount", UNSET)

        skill_category = cls(
            id=id,
            name=name,
            skill_count=skill_count,
            organization_skill_count=organization_skill_count,
        )


        skill_category.additional_properties = d
        return skill_category

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
