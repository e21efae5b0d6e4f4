from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.bulk_item import BulkItem





T = TypeVar("T", bound="BulkResult")



@_attrs_define
class BulkResult:
    """ 
        Attributes:
            items (list[BulkItem]):
            moved (int | Unset):  Default: 0.
            queued (int | Unset):  Default: 0.
     """

    items: list[BulkItem]
    moved: int | Unset = 0
    queued: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.bulk_item import BulkItem # noqa: PLC0415
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        moved = self.moved

        queued = self.queued


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "items": items,
        })
        if moved is not UNSET:
            field_dict["moved"] = moved
        if queued is not UNSET:
            field_dict["queued"] = queued

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_item import BulkItem # noqa: PLC0415
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = BulkItem.from_dict(items_item_data)



            items.append(items_item)


        moved = d.pop("moved", UNSET)

        queued = d.pop("queued", UNSET)

        bulk_result = cls(
            items=items,
            moved=moved,
            queued=queued,
        )


        bulk_result.additional_properties = d
        return bulk_result

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
