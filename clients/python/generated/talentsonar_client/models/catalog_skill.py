from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.catalog_skill_source import CatalogSkillSource
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CatalogSkill")



@_attrs_define
class CatalogSkill:
    """ 
        Attributes:
            category (str):
            category_id (str):
            id (str):
            name (str):
            source (CatalogSkillSource):
            created_at (datetime.datetime | None | Unset):
            description (None | str | Unset):
            esco_uri (None | str | Unset):
            onet_code (None | str | Unset):
            proficiency (int | None | Unset):
            tags (list[str] | Unset):
     """

    category: str
    category_id: str
    id: str
    name: str
    source: CatalogSkillSource
    created_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    esco_uri: None | str | Unset = UNSET
    onet_code: None | str | Unset = UNSET
    proficiency: int | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        category = self.category

        category_id = self.category_id

        id = self.id

        name = self.name

        source = self.source.value

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        esco_uri: None | str | Unset
        if isinstance(self.esco_uri, Unset):
            esco_uri = UNSET
        else:
            esco_uri = self.esco_uri

        onet_code: None | str | Unset
        if isinstance(self.onet_code, Unset):
            onet_code = UNSET
        else:
            onet_code = self.onet_code

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
            "category": category,
            "categoryId": category_id,
            "id": id,
            "name": name,
            "source": source,
        })
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if esco_uri is not UNSET:
            field_dict["escoUri"] = esco_uri
        if onet_code is not UNSET:
            field_dict["onetCode"] = onet_code
        if proficiency is not UNSET:
            field_dict["proficiency"] = proficiency
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        category_id = d.pop("categoryId")

        id = d.pop("id")

        name = d.pop("name")

        source = CatalogSkillSource(d.pop("source"))




        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)



                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_esco_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        esco_uri = _parse_esco_uri(d.pop("escoUri", UNSET))


        def _parse_onet_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        onet_code = _parse_onet_code(d.pop("onetCode", UNSET))


        def _parse_proficiency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        proficiency = _parse_proficiency(d.pop("proficiency", UNSET))


        tags = cast(list[str], d.pop("tags", UNSET))


        catalog_skill = cls(
            category=category,
            category_id=category_id,
            id=id,
            name=name,
            source=source,
            created_at=created_at,
            description=description,
            esco_uri=esco_uri,
            onet_code=onet_code,
            proficiency=proficiency,
            tags=tags,
        )


        catalog_skill.additional_properties = d
        return catalog_skill

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
