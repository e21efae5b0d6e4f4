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
  from ..models.notification_out_data import NotificationOutData





T = TypeVar("T", bound="NotificationOut")



@_attrs_define
class NotificationOut:
    """ 
        Attributes:
            body (str):
            created_at (datetime.datetime):
            data (NotificationOutData):
            id (UUID):
            read_at (datetime.datetime | None):
            title (str):
            type_ (str):
            user_id (None | UUID):
     """

    body: str
    created_at: datetime.datetime
    data: NotificationOutData
    id: UUID
    read_at: datetime.datetime | None
    title: str
    type_: str
    user_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.notification_out_data import NotificationOutData # noqa: PLC0415
        body = self.body

        created_at = self.created_at.isoformat()

        data = self.data.to_dict()

        id = str(self.id)

        read_at: None | str
        if isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        title = self.title

        type_ = self.type_

        user_id: None | str
        if isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "body": body,
            "createdAt": created_at,
            "data": data,
            "id": id,
            "readAt": read_at,
            "title": title,
            "type": type_,
            "userId": user_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_out_data import NotificationOutData # noqa: PLC0415
        d = dict(src_dict)
        body = d.pop("body")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        data = NotificationOutData.from_dict(d.pop("data"))




        id = UUID(d.pop("id"))




        def _parse_read_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)



                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        read_at = _parse_read_at(d.pop("readAt"))


        title = d.pop("title")

        type_ = d.pop("type")

        def _parse_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)



                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        user_id = _parse_user_id(d.pop("userId"))


        notification_out = cls(
            body=body,
            created_at=created_at,
            data=data,
            id=id,
            read_at=read_at,
            title=title,
            type_=type_,
            user_id=user_id,
        )


        notification_out.additional_properties = d
        return notification_out

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
