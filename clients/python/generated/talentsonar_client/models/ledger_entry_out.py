from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.ledger_kind import LedgerKind
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="LedgerEntryOut")



@_attrs_define
class LedgerEntryOut:
    """ 
        Attributes:
            actor_api_key_id (None | UUID):
            actor_user_id (None | UUID):
            amount (int):
            balance_after (int):
            created_at (datetime.datetime):
            id (UUID):
            idempotency_key (str):
            kind (LedgerKind):
            reason (str):
            related_id (None | str):
            related_type (None | str):
     """

    actor_api_key_id: None | UUID
    actor_user_id: None | UUID
    amount: int
    balance_after: int
    created_at: datetime.datetime
    id: UUID
    idempotency_key: str
    kind: LedgerKind
    reason: str
    related_id: None | str
    related_type: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        actor_api_key_id: None | str
        if isinstance(self.actor_api_key_id, UUID):
            actor_api_key_id = str(self.actor_api_key_id)
        else:
            actor_api_key_id = self.actor_api_key_id

        actor_user_id: None | str
        if isinstance(self.actor_user_id, UUID):
            actor_user_id = str(self.actor_user_id)
        else:
            actor_user_id = self.actor_user_id

        amount = self.amount

        balance_after = self.balance_after

        created_at = self.created_at.isoformat()

        id = str(self.id)

        idempotency_key = self.idempotency_key

        kind = self.kind.value

        reason = self.reason

        related_id: None | str
        related_id = self.related_id

        related_type: None | str
        related_type = self.related_type


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actorApiKeyId": actor_api_key_id,
            "actorUserId": actor_user_id,
            "amount": amount,
            "balanceAfter": balance_after,
            "createdAt": created_at,
            "id": id,
            "idempotencyKey": idempotency_key,
            "kind": kind,
            "reason": reason,
            "relatedId": related_id,
            "relatedType": related_type,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_actor_api_key_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_api_key_id_type_0 = UUID(data)



                return actor_api_key_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_api_key_id = _parse_actor_api_key_id(d.pop("actorApiKeyId"))


        def _parse_actor_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_user_id_type_0 = UUID(data)



                return actor_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_user_id = _parse_actor_user_id(d.pop("actorUserId"))


        amount = d.pop("amount")

        balance_after = d.pop("balanceAfter")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        id = UUID(d.pop("id"))




        idempotency_key = d.pop("idempotencyKey")

        kind = LedgerKind(d.pop("kind"))




        reason = d.pop("reason")

        def _parse_related_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        related_id = _parse_related_id(d.pop("relatedId"))


        def _parse_related_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        related_type = _parse_related_type(d.pop("relatedType"))


        ledger_entry_out = cls(
            actor_api_key_id=actor_api_key_id,
            actor_user_id=actor_user_id,
            amount=amount,
            balance_after=balance_after,
            created_at=created_at,
            id=id,
            idempotency_key=idempotency_key,
            kind=kind,
            reason=reason,
            related_id=related_id,
            related_type=related_type,
        )


        ledger_entry_out.additional_properties = d
        return ledger_entry_out

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
