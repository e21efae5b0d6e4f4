from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="AdminUserOut")



@_attrs_define
class AdminUserOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            email (str):
            full_name (str):
            id (UUID):
            is_active (bool):
            is_platform_admin (bool):
            last_login_at (datetime.datetime | None):
     """

    created_at: datetime.datetime
    email: str
    full_name: str
    id: UUID
    is_active: bool
    is_platform_admin: bool
    last_login_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        email = self.email

        full_name = self.full_name

        id = str(self.id)

        is_active = self.is_active

        is_platform_admin = self.is_platform_admin

        last_login_at: None | str
        if isinstance(self.last_login_at, datetime.datetime):
            last_login_at = self.last_login_at.isoformat()
        else:
            last_login_at = self.last_login_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "createdAt": created_at,
            "email": email,
            "fullName": full_name,
            "id": id,
            "isActive": is_active,
            "isPlatformAdmin": is_platform_admin,
            "lastLoginAt": last_login_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        email = d.pop("email")

        full_name = d.pop("fullName")

        id = UUID(d.pop("id"))




        is_active = d.pop("isActive")

        is_platform_admin = d.pop("isPlatformAdmin")

        def _parse_last_login_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_login_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_login_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_login_at = _parse_last_login_at(d.pop("lastLoginAt"))


        admin_user_out = cls(
            created_at=created_at,
            email=email,
            full_name=full_name,
            id=id,
            is_active=is_active,
            is_platform_admin=is_platform_admin,
            last_login_at=last_login_at,
        )


        admin_user_out.additional_properties = d
        return admin_user_out

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
