from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SwapAccept")



@_attrs_define
class SwapAccept:
    """ 
        Attributes:
            share_contact (bool | None | Unset):
            share_resume (bool | None | Unset):
     """

    share_contact: bool | None | Unset = UNSET
    share_resume: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        share_contact: bool | None | Unset
        if isinstance(self.share_contact, Unset):
            share_contact = UNSET
        else:
            share_contact = self.share_contact

        share_resume: bool | None | Unset
        if isinstance(self.share_resume, Unset):
            share_resume = UNSET
        else:
            share_resume = self.share_resume


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if share_contact is not UNSET:
            field_dict["shareContact"] = share_contact
        if share_resume is not UNSET:
            field_dict["shareResume"] = share_resume

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_share_contact(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        share_contact = _parse_share_contact(d.pop("shareContact", UNSET))


        def _parse_share_resume(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        share_resume = _parse_share_resume(d.pop("shareResume", UNSET))


        swap_accept = cls(
            share_contact=share_contact,
            share_resume=share_resume,
        )


        swap_accept.additional_properties = d
        return swap_accept

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
