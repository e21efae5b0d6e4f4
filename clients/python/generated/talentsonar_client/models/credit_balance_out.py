from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.credit_balance_out_prices import CreditBalanceOutPrices





T = TypeVar("T", bound="CreditBalanceOut")



@_attrs_define
class CreditBalanceOut:
    """ 
        Attributes:
            balance (int):
            is_low (bool):
            low_balance_threshold (int):
            org_id (UUID):
            prices (CreditBalanceOutPrices):
            has_enough (bool | None | Unset):
            required (int | None | Unset):
     """

    balance: int
    is_low: bool
    low_balance_threshold: int
    org_id: UUID
    prices: CreditBalanceOutPrices
    has_enough: bool | None | Unset = UNSET
    required: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.credit_balance_out_prices import CreditBalanceOutPrices # noqa: PLC0415
        balance = self.balance

        is_low = self.is_low

        low_balance_threshold = self.low_balance_threshold

        org_id = str(self.org_id)

        prices = self.prices.to_dict()

        has_enough: bool | None | Unset
        if isinstance(self.has_enough, Unset):
            has_enough = UNSET
        else:
            has_enough = self.has_enough

        required: int | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "balance": balance,
            "isLow": is_low,
            "lowBalanceThreshold": low_balance_threshold,
            "orgId": org_id,
            "prices": prices,
        })
        if has_enough is not UNSET:
            field_dict["hasEnough"] = has_enough
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_balance_out_prices import CreditBalanceOutPrices # noqa: PLC0415
        d = dict(src_dict)
        balance = d.pop("balance")

        is_low = d.pop("isLow")

        low_balance_threshold = d.pop("lowBalanceThreshold")

        org_id = UUID(d.pop("orgId"))




        prices = CreditBalanceOutPrices.from_dict(d.pop("prices"))




        def _parse_has_enough(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_enough = _parse_has_enough(d.pop("hasEnough", UNSET))


        def _parse_required(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        required = _parse_required(d.pop("required", UNSET))


        credit_balance_out = cls(
            balance=balance,
            is_low=is_low,
            low_balance_threshold=low_balance_threshold,
            org_id=org_id,
            prices=prices,
            has_enough=has_enough,
            required=required,
        )


        credit_balance_out.additional_properties = d
        return credit_balance_out

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
