from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CreditPackOut")



@_attrs_define
class CreditPackOut:
    """ 
        Attributes:
            amount (int):
            credits_ (int):
            currency (str):
            id (str):
     """

    amount: int
    credits_: int
    currency: str
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        credits_ = self.credits_

        currency = self.currency

        id = self.id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount": amount,
            "credits": credits_,
            "currency": currency,
            "id": id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        credits_ = d.pop("credits")

        currency = d.pop("currency")

        id = d.pop("id")

        credit_pack_out = cls(
            amount=amount,
            credits_=credits_,
            currency=currency,
            id=id,
        )


        credit_pack_out.additional_properties = d
        return credit_pack_out

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
