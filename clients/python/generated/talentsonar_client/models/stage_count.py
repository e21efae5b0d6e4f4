from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.stage_kind import StageKind
from uuid import UUID






T = TypeVar("T", bound="StageCount")



@_attrs_define
class StageCount:
    """ 
        Attributes:
            count (int):
            id (UUID):
            kind (StageKind): What a stage means, whatever it is called: renaming a stage never changes it.
            name (str):
     """

    count: int
    id: UUID
    kind: StageKind
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        count = self.count

        id = str(self.id)

        kind = self.kind.value

        name = self.name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "count": count,
            "id": id,
            "kind": kind,
            "name": name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        id = UUID(d.pop("id"))




        kind = StageKind(d.pop("kind"))




        name = d.pop("name")

        stage_count = cls(
            count=count,
            id=id,
            kind=kind,
            name=name,
        )


        stage_count.additional_properties = d
        return stage_count

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
