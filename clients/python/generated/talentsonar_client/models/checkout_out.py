from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="CheckoutOut")



@_attrs_define
class CheckoutOut:
    """ 
        Attributes:
            checkout_session_id (str):
            payment_id (UUID):
            url (str):
     """

    checkout_session_id: str
    payment_id: UUID
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        checkout_session_id = self.checkout_session_id

        payment_id = str(self.payment_id)

        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checkoutSessionId": checkout_session_id,
            "paymentId": payment_id,
            "url": url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checkout_session_id = d.pop("checkoutSessionId")

        payment_id = UUID(d.pop("paymentId"))




        url = d.pop("url")

        checkout_out = cls(
            checkout_session_id=checkout_session_id,
            payment_id=payment_id,
            url=url,
        )


        checkout_out.additional_properties = d
        return checkout_out

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
