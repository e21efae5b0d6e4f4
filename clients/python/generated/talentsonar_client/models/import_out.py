from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.import_out_skipped_item import ImportOutSkippedItem





T = TypeVar("T", bound="ImportOut")



@_attrs_define
class ImportOut:
    """ 
        Attributes:
            created (list[UUID]):
            skipped (list[ImportOutSkippedItem]):
     """

    created: list[UUID]
    skipped: list[ImportOutSkippedItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.import_out_skipped_item import ImportOutSkippedItem # noqa: PLC0415
        created = []
        for created_item_data in self.created:
            created_item = str(created_item_data)
            created.append(created_item)



        skipped = []
        for skipped_item_data in self.skipped:
            skipped_item = skipped_item_data.to_dict()
            skipped.append(skipped_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created": created,
            "skipped": skipped,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_out_skipped_item import ImportOutSkippedItem # noqa: PLC0415
        d = dict(src_dict)
        created = []
        _created = d.pop("created")
        for created_item_data in (_created):
            created_item = UUID(created_item_data)



            created.append(created_item)


        skipped = []
        _skipped = d.pop("skipped")
        for skipped_item_data in (_skipped):
            skipped_item = ImportOutSkippedItem.from_dict(skipped_item_data)



            skipped.append(skipped_item)


        import_out = cls(
            created=created,
            skipped=skipped,
        )


        import_out.additional_properties = d
        return import_out

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
