from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SkillCreate")



@_attrs_define
class SkillCreate:
    """ 
        Attributes:
            category_id (str):
            name (str):
            description (None | str | Unset):
            proficiency (int | None | Unset):
            tags (list[str] | Unset):
     """

    category_id: str
    name: str
    description: None | str | Unset = UNSET
    proficiency: int | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        category_id = self.category_id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        proficiency: int | None | Unset
        if isinstance(self.proficiency, Unset):
            proficiency = UNSET
        else:
            proficiency = self.proficiency

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "categoryId": category_id,
            "name": name,
        })
        if description is not UNSET:
            field_dict["description"] = description
        if proficiency is not UNSET:
            field_dict["proficiency"] = proficiency
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category_id = d.pop("categoryId")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_proficiency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        proficiency = _parse_proficiency(d.pop("proficiency", UNSET))


        tags = cast(list[str], d.pop("tags", UNSET))


        skill_create = cls(
            category_id=category_id,
            name=name,
            description=description,
            proficiency=proficiency,
            tags=tags,
        )


        skill_create.additional_properties = d
        return skill_create

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
