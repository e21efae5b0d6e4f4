from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DeductRequest")



@_attrs_define
class DeductRequest:
    """ Either an ``operation`` from the price list or an explicit ``amount``.

        Attributes:
            amount (int | None | Unset):
            cached (bool | Unset):  Default: False.
            operation (None | str | Unset):
            reason (str | Unset):  Default: ''.
            related_id (None | str | Unset):
            related_type (None | str | Unset):
     """

    amount: int | None | Unset = UNSET
    cached: bool | Unset = False
    operation: None | str | Unset = UNSET
    reason: str | Unset = ''
    related_id: None | str | Unset = UNSET
    related_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        cached = self.cached

        operation: None | str | Unset
        if isinstance(self.operation, Unset):
            operation = UNSET
        else:
            operation = self.operation

        reason = self.reason

        related_id: None | str | Unset
        if isinstance(self.related_id, Unset):
            related_id = UNSET
        else:
            related_id = self.related_id

        related_type: None | str | Unset
        if isinstance(self.related_type, Unset):
            related_type = UNSET
        else:
            related_type = self.related_type


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if amount is not UNSET:
            field_dict["amount"] = amount
        if cached is not UNSET:
            field_dict["cached"] = cached
        if operation is not UNSET:
            field_dict["operation"] = operation
        if reason is not UNSET:
            field_dict["reason"] = reason
        if related_id is not UNSET:
            field_dict["relatedId"] = related_id
        if related_type is not UNSET:
            field_dict["relatedType"] = related_type

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))


        cached = d.pop("cached", UNSET)

        def _parse_operation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation = _parse_operation(d.pop("operation", UNSET))


        reason = d.pop("reason", UNSET)

        def _parse_related_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        related_id = _parse_related_id(d.pop("relatedId", UNSET))


        def _parse_related_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        related_type = _parse_related_type(d.pop("relatedType", UNSET))


        deduct_request = cls(
            amount=amount,
            cached=cached,
            operation=operation,
            reason=reason,
            related_id=related_id,
            related_type=related_type,
        )


        deduct_request.additional_properties = d
        return deduct_request

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
