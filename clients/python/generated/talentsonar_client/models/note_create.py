from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="NoteCreate")



@_attrs_define
class NoteCreate:
    """ 
        Attributes:
            body (str):
            mention_user_ids (list[UUID] | Unset): Members to notify besides those @mentioned in the text (by e-mail address
                or its local part: @sam or @sam@example.com)
     """

    body: str
    mention_user_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        body = self.body

        mention_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.mention_user_ids, Unset):
            mention_user_ids = []
            for mention_user_ids_item_data in self.mention_user_ids:
                mention_user_ids_item = str(mention_user_ids_item_data)
                mention_user_ids.append(mention_user_ids_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "body": body,
        })
        if mention_user_ids is not UNSET:
            field_dict["mentionUserIds"] = mention_user_ids

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        _mention_user_ids = d.pop("mentionUserIds", UNSET)
        mention_user_ids: list[UUID] | Unset = UNSET
        if _mention_user_ids is not UNSET:
            mention_user_ids = []
            for mention_user_ids_item_data in _mention_user_ids:
                mention_user_ids_item = UUID(mention_user_ids_item_data)



                mention_user_ids.append(mention_user_ids_item)


        note_create = cls(
            body=body,
            mention_user_ids=mention_user_ids,
        )


        note_create.additional_properties = d
        return note_create

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
