from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.ledger_entry_out import LedgerEntryOut





T = TypeVar("T", bound="CreditMovement")



@_attrs_define
class CreditMovement:
    """ 
        Attributes:
            balance (int):
            entry (LedgerEntryOut):
     """

    balance: int
    entry: LedgerEntryOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ledger_entry_out import LedgerEntryOut # noqa: PLC0415
        balance = self.balance

        entry = self.entry.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "balance": balance,
            "entry": entry,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ledger_entry_out import LedgerEntryOut # noqa: PLC0415
        d = dict(src_dict)
        balance = d.pop("balance")

        entry = LedgerEntryOut.from_dict(d.pop("entry"))




        credit_movement = cls(
            balance=balance,
            entry=entry,
        )


        credit_movement.additional_properties = d
        return credit_movement

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
