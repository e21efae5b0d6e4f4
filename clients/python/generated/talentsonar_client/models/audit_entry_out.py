from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="AuditEntryOut")



@_attrs_define
class AuditEntryOut:
    """ 
        Attributes:
            action (str):
            actor_api_key_id (None | UUID):
            actor_user_id (None | UUID):
            after (Any):
            before (Any):
            created_at (datetime.datetime):
            id (UUID):
            ip (None | str):
            org_id (None | UUID):
            request_id (None | str):
            target_id (None | str):
            target_type (None | str):
     """

    action: str
    actor_api_key_id: None | UUID
    actor_user_id: None | UUID
    after: Any
    before: Any
    created_at: datetime.datetime
    id: UUID
    ip: None | str
    org_id: None | UUID
    request_id: None | str
    target_id: None | str
    target_type: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action = self.action

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

        after = self.after

        before = self.before

        created_at = self.created_at.isoformat()

        id = str(self.id)

        ip: None | str
        ip = self.ip

        org_id: None | str
        if isinstance(self.org_id, UUID):
            org_id = str(self.org_id)
        else:
            org_id = self.org_id

        request_id: None | str
        request_id = self.request_id

        target_id: None | str
        target_id = self.target_id

        target_type: None | str
        target_type = self.target_type


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action": action,
            "actorApiKeyId": actor_api_key_id,
            "actorUserId": actor_user_id,
            "after": after,
            "before": before,
            "createdAt": created_at,
            "id": id,
            "ip": ip,
            "orgId": org_id,
            "requestId": request_id,
            "targetId": target_id,
            "targetType": target_type,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

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


        after = d.pop("after")

        before = d.pop("before")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        id = UUID(d.pop("id"))




        def _parse_ip(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ip = _parse_ip(d.pop("ip"))


        def _parse_org_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                org_id_type_0 = UUID(data)



                return org_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        org_id = _parse_org_id(d.pop("orgId"))


        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("requestId"))


        def _parse_target_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target_id = _parse_target_id(d.pop("targetId"))


        def _parse_target_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target_type = _parse_target_type(d.pop("targetType"))


        audit_entry_out = cls(
            action=action,
            actor_api_key_id=actor_api_key_id,
            actor_user_id=actor_user_id,
            after=after,
            before=before,
            created_at=created_at,
            id=id,
            ip=ip,
            org_id=org_id,
            request_id=request_id,
            target_id=target_id,
            target_type=target_type,
        )


        audit_entry_out.additional_properties = d
        return audit_entry_out

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
