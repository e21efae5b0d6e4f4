from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="AdminOrganizationOut")



@_attrs_define
class AdminOrganizationOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            id (UUID):
            name (str):
            slug (str):
            suspended_at (datetime.datetime | None):
            balance (int | Unset):  Default: 0.
            member_count (int | Unset):  Default: 0.
     """

    created_at: datetime.datetime
    id: UUID
    name: str
    slug: str
    suspended_at: datetime.datetime | None
    balance: int | Unset = 0
    member_count: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        name = self.name

        slug = self.slug

        suspended_at: None | str
        if isinstance(self.suspended_at, datetime.datetime):
            suspended_at = self.suspended_at.isoformat()
        else:
            suspended_at = self.suspended_at

        balance = self.balance

        member_count = self.member_count


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "createdAt": created_at,
            "id": id,
            "name": name,
            "slug": slug,
            "suspendedAt": suspended_at,
        })
        if balance is not UNSET:
            field_dict["balance"] = balance
        if member_count is not UNSET:
            field_dict["memberCount"] = member_count

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        id = UUID(d.pop("id"))




        name = d.pop("name")

        slug = d.pop("slug")

        def _parse_suspended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suspended_at_type_0 = datetime.datetime.fromisoformat(data)



                return suspended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        suspended_at = _parse_suspended_at(d.pop("suspendedAt"))


        balance = d.pop("balance", UNSET)

        member_count = d.pop("memberCount", UNSET)

        admin_organization_out = cls(
            created_at=created_at,
            id=id,
            name=name,
            slug=slug,
            suspended_at=suspended_at,
            balance=balance,
            member_count=member_count,
        )


        admin_organization_out.additional_properties = d
        return admin_organization_out

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
