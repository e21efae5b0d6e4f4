from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.stage_kind import StageKind
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.board_card import BoardCard





T = TypeVar("T", bound="BoardColumn")



@_attrs_define
class BoardColumn:
    """ 
        Attributes:
            applications (list[BoardCard]):
            count (int): Applications in the stage (the column may show fewer)
            id (UUID):
            kind (StageKind): What a stage means, whatever it is called: renaming a stage never changes it.
            name (str):
            position (int): 0-based order on the board
     """

    applications: list[BoardCard]
    count: int
    id: UUID
    kind: StageKind
    name: str
    position: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.board_card import BoardCard # noqa: PLC0415
        applications = []
        for applications_item_data in self.applications:
            applications_item = applications_item_data.to_dict()
            applications.append(applications_item)



        count = self.count

        id = str(self.id)

        kind = self.kind.value

        name = self.name

        position = self.position


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "applications": applications,
            "count": count,
            "id": id,
            "kind": kind,
            "name": name,
            "position": position,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.board_card import BoardCard # noqa: PLC0415
        d = dict(src_dict)
        applications = []
        _applications = d.pop("applications")
        for applications_item_data in (_applications):
            applications_item = BoardCard.from_dict(applications_item_data)



            applications.append(applications_item)


        count = d.pop("count")

        id = UUID(d.pop("id"))




        kind = StageKind(d.pop("kind"))




        name = d.pop("name")

        position = d.pop("position")

        board_column = cls(
            applications=applications,
            count=count,
            id=id,
            kind=kind,
            name=name,
            position=position,
        )


        board_column.additional_properties = d
        return board_column

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
