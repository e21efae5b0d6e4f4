from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OnetRef")



@_attrs_define
class OnetRef:
    """ O*NET Technology Skills: the UNSPSC commodity and O*NET's example name.

        Attributes:
            commodity_code (str):
            commodity_title (None | str | Unset):
            example (None | str | Unset):
     """

    commodity_code: str
    commodity_title: None | str | Unset = UNSET
    example: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        commodity_code = self.commodity_code

        commodity_title: None | str | Unset
        if isinstance(self.commodity_title, Unset):
            commodity_title = UNSET
        else:
            commodity_title = self.commodity_title

        example: None | str | Unset
        if isinstance(self.example, Unset):
            example = UNSET
        else:
            example = self.example


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "commodityCode": commodity_code,
        })
        if commodity_title is not UNSET:
            field_dict["commodityTitle"] = commodity_title
        if example is not UNSET:
            field_dict["example"] = example

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commodity_code = d.pop("commodityCode")

        def _parse_commodity_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commodity_title = _parse_commodity_title(d.pop("commodityTitle", UNSET))


        def _parse_example(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        example = _parse_example(d.pop("example", UNSET))


        onet_ref = cls(
            commodity_code=commodity_code,
            commodity_title=commodity_title,
            example=example,
        )


        onet_ref.additional_properties = d
        return onet_ref

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
