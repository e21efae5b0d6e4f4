from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.payment_status import PaymentStatus
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="PaymentOut")



@_attrs_define
class PaymentOut:
    """ 
        Attributes:
            amount (int):
            clawback_shortfall (int):
            created_at (datetime.datetime):
            credits_ (int):
            credits_clawed_back (int):
            currency (str):
            dispute_reason (None | str):
            disputed (bool):
            id (UUID):
            org_id (UUID):
            pack (str):
            refunded_amount (int):
            status (PaymentStatus):
            stripe_checkout_session_id (None | str):
            stripe_payment_intent_id (None | str):
     """

    amount: int
    clawback_shortfall: int
    created_at: datetime.datetime
    credits_: int
    credits_clawed_back: int
    currency: str
    dispute_reason: None | str
    disputed: bool
    id: UUID
    org_id: UUID
    pack: str
    refunded_amount: int
    status: PaymentStatus
    stripe_checkout_session_id: None | str
    stripe_payment_intent_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        clawback_shortfall = self.clawback_shortfall

        created_at = self.created_at.isoformat()

        credits_ = self.credits_

        credits_clawed_back = self.credits_clawed_back

        currency = self.currency

        dispute_reason: None | str
        dispute_reason = self.dispute_reason

        disputed = self.disputed

        id = str(self.id)

        org_id = str(self.org_id)

        pack = self.pack

        refunded_amount = self.refunded_amount

        status = self.status.value

        stripe_checkout_session_id: None | str
        stripe_checkout_session_id = self.stripe_checkout_session_id

        stripe_payment_intent_id: None | str
        stripe_payment_intent_id = self.stripe_payment_intent_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount": amount,
            "clawbackShortfall": clawback_shortfall,
            "createdAt": created_at,
            "credits": credits_,
            "creditsClawedBack": credits_clawed_back,
            "currency": currency,
            "disputeReason": dispute_reason,
            "disputed": disputed,
            "id": id,
            "orgId": org_id,
            "pack": pack,
            "refundedAmount": refunded_amount,
            "status": status,
            "stripeCheckoutSessionId": stripe_checkout_session_id,
            "stripePaymentIntentId": stripe_payment_intent_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        clawback_shortfall = d.pop("clawbackShortfall")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        credits_ = d.pop("credits")

        credits_clawed_back = d.pop("creditsClawedBack")

        currency = d.pop("currency")

        def _parse_dispute_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dispute_reason = _parse_dispute_reason(d.pop("disputeReason"))


        disputed = d.pop("disputed")

        id = UUID(d.pop("id"))




        org_id = UUID(d.pop("orgId"))




        pack = d.pop("pack")

        refunded_amount = d.pop("refundedAmount")

        status = PaymentStatus(d.pop("status"))




        def _parse_stripe_checkout_session_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stripe_checkout_session_id = _parse_stripe_checkout_session_id(d.pop("stripeCheckoutSessionId"))


        def _parse_stripe_payment_intent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stripe_payment_intent_id = _parse_stripe_payment_intent_id(d.pop("stripePaymentIntentId"))


        payment_out = cls(
            amount=amount,
            clawback_shortfall=clawback_shortfall,
            created_at=created_at,
            credits_=credits_,
            credits_clawed_back=credits_clawed_back,
            currency=currency,
            dispute_reason=dispute_reason,
            disputed=disputed,
            id=id,
            org_id=org_id,
            pack=pack,
            refunded_amount=refunded_amount,
            status=status,
            stripe_checkout_session_id=stripe_checkout_session_id,
            stripe_payment_intent_id=stripe_payment_intent_id,
        )


        payment_out.additional_properties = d
        return payment_out

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
