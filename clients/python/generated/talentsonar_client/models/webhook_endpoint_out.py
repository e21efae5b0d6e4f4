from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="WebhookEndpointOut")



@_attrs_define
class WebhookEndpointOut:
    """ 
        Attributes:
            active (bool):
            created_at (datetime.datetime):
            description (str):
            event_types (list[str]):
            id (UUID):
            url (str):
     """

    active: bool
    created_at: datetime.datetime
    description: str
    event_types: list[str]
    id: UUID
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_at = self.created_at.isoformat()

        description = self.description

        event_types = self.event_types



        id = str(self.id)

        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "createdAt": created_at,
            "description": description,
            "eventTypes": event_types,
            "id": id,
            "url": url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        description = d.pop("description")

        event_types = cast(list[str], d.pop("eventTypes"))


        id = UUID(d.pop("id"))




        url = d.pop("url")

        webhook_endpoint_out = cls(
            active=active,
            created_at=created_at,
            description=description,
            event_types=event_types,
            id=id,
            url=url,
        )


        webhook_endpoint_out.additional_properties = d
        return webhook_endpoint_out

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
