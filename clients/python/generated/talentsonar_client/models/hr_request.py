from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.hr_request_savingsbreakdown import HrRequestSavingsbreakdown
  from ..models.public_profile import PublicProfile





T = TypeVar("T", bound="HrRequest")



@_attrs_define
class HrRequest:
    """ 
        Attributes:
            company_id (UUID):
            counterparty_resume_url (None | str):
            created_at (datetime.datetime):
            employee (PublicProfile): Another employee's profile: no home address, no contact.
            estimated_cost_savings (float):
            id (UUID):
            incoming (PublicProfile): Another employee's profile: no home address, no contact.
            other_companies_status (list[str]):
            requester_resume_url (None | str):
            savings_breakdown (HrRequestSavingsbreakdown):
            status (str):
            swap_request_id (UUID):
     """

    company_id: UUID
    counterparty_resume_url: None | str
    created_at: datetime.datetime
    employee: PublicProfile
    estimated_cost_savings: float
    id: UUID
    incoming: PublicProfile
    other_companies_status: list[str]
    requester_resume_url: None | str
    savings_breakdown: HrRequestSavingsbreakdown
    status: str
    swap_request_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.hr_request_savingsbreakdown import HrRequestSavingsbreakdown # noqa: PLC0415
        from ..models.public_profile import PublicProfile # noqa: PLC0415
        company_id = str(self.company_id)

        counterparty_resume_url: None | str
        counterparty_resume_url = self.counterparty_resume_url

        created_at = self.created_at.isoformat()

        employee = self.employee.to_dict()

        estimated_cost_savings = self.estimated_cost_savings

        id = str(self.id)

        incoming = self.incoming.to_dict()

        other_companies_status = self.other_companies_status



        requester_resume_url: None | str
        requester_resume_url = self.requester_resume_url

        savings_breakdown = self.savings_breakdown.to_dict()

        status = self.status

        swap_request_id = str(self.swap_request_id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "companyId": company_id,
            "counterpartyResumeUrl": counterparty_resume_url,
            "createdAt": created_at,
            "employee": employee,
            "estimatedCostSavings": estimated_cost_savings,
            "id": id,
            "incoming": incoming,
            "otherCompaniesStatus": other_companies_status,
            "requesterResumeUrl": requester_resume_url,
            "savingsBreakdown": savings_breakdown,
            "status": status,
            "swapRequestId": swap_request_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hr_request_savingsbreakdown import HrRequestSavingsbreakdown # noqa: PLC0415
        from ..models.public_profile import PublicProfile # noqa: PLC0415
        d = dict(src_dict)
        company_id = UUID(d.pop("companyId"))




        def _parse_counterparty_resume_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        counterparty_resume_url = _parse_counterparty_resume_url(d.pop("counterpartyResumeUrl"))


        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        employee = PublicProfile.from_dict(d.pop("employee"))




        estimated_cost_savings = d.pop("estimatedCostSavings")

        id = UUID(d.pop("id"))




        incoming = PublicProfile.from_dict(d.pop("incoming"))




        other_companies_status = cast(list[str], d.pop("otherCompaniesStatus"))


        def _parse_requester_resume_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        requester_resume_url = _parse_requester_resume_url(d.pop("requesterResumeUrl"))


        savings_breakdown = HrRequestSavingsbreakdown.from_dict(d.pop("savingsBreakdown"))




        status = d.pop("status")

        swap_request_id = UUID(d.pop("swapRequestId"))




        hr_request = cls(
            company_id=company_id,
            counterparty_resume_url=counterparty_resume_url,
            created_at=created_at,
            employee=employee,
            estimated_cost_savings=estimated_cost_savings,
            id=id,
            incoming=incoming,
            other_companies_status=other_companies_status,
            requester_resume_url=requester_resume_url,
            savings_breakdown=savings_breakdown,
            status=status,
            swap_request_id=swap_request_id,
        )


        hr_request.additional_properties = d
        return hr_request

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
