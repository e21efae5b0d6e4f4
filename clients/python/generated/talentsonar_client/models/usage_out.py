from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.usage_out_ai_operations_item import UsageOutAiOperationsItem
  from ..models.usage_out_credit_consumption_item import UsageOutCreditConsumptionItem
  from ..models.usage_out_credittotalsbykind import UsageOutCredittotalsbykind





T = TypeVar("T", bound="UsageOut")



@_attrs_define
class UsageOut:
    """ 
        Attributes:
            ai_operations (list[UsageOutAiOperationsItem]):
            balance (int):
            credit_consumption (list[UsageOutCreditConsumptionItem]):
            credit_totals_by_kind (UsageOutCredittotalsbykind):
            org_id (UUID):
     """

    ai_operations: list[UsageOutAiOperationsItem]
    balance: int
    credit_consumption: list[UsageOutCreditConsumptionItem]
    credit_totals_by_kind: UsageOutCredittotalsbykind
    org_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.usage_out_ai_operations_item import UsageOutAiOperationsItem # noqa: PLC0415
        from ..models.usage_out_credit_consumption_item import UsageOutCreditConsumptionItem # noqa: PLC0415
        from ..models.usage_out_credittotalsbykind import UsageOutCredittotalsbykind # noqa: PLC0415
        ai_operations = []
        for ai_operations_item_data in self.ai_operations:
            ai_operations_item = ai_operations_item_data.to_dict()
            ai_operations.append(ai_operations_item)



        balance = self.balance

        credit_consumption = []
        for credit_consumption_item_data in self.credit_consumption:
            credit_consumption_item = credit_consumption_item_data.to_dict()
            credit_consumption.append(credit_consumption_item)



        credit_totals_by_kind = self.credit_totals_by_kind.to_dict()

        org_id = str(self.org_id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "aiOperations": ai_operations,
            "balance": balance,
            "creditConsumption": credit_consumption,
            "creditTotalsByKind": credit_totals_by_kind,
            "orgId": org_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_out_ai_operations_item import UsageOutAiOperationsItem # noqa: PLC0415
        from ..models.usage_out_credit_consumption_item import UsageOutCreditConsumptionItem # noqa: PLC0415
        from ..models.usage_out_credittotalsbykind import UsageOutCredittotalsbykind # noqa: PLC0415
        d = dict(src_dict)
        ai_operations = []
        _ai_operations = d.pop("aiOperations")
        for ai_operations_item_data in (_ai_operations):
            ai_operations_item = UsageOutAiOperationsItem.from_dict(ai_operations_item_data)



            ai_operations.append(ai_operations_item)


        balance = d.pop("balance")

        credit_consumption = []
        _credit_consumption = d.pop("creditConsumption")
        for credit_consumption_item_data in (_credit_consumption):
            credit_consumption_item = UsageOutCreditConsumptionItem.from_dict(credit_consumption_item_data)



            credit_consumption.append(credit_consumption_item)


        credit_totals_by_kind = UsageOutCredittotalsbykind.from_dict(d.pop("creditTotalsByKind"))




        org_id = UUID(d.pop("orgId"))




        usage_out = cls(
            ai_operations=ai_operations,
            balance=balance,
            credit_consumption=credit_consumption,
            credit_totals_by_kind=credit_totals_by_kind,
            org_id=org_id,
        )


        usage_out.additional_properties = d
        return usage_out

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
