from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.organization_ref import OrganizationRef





T = TypeVar("T", bound="UserOut")



@_attrs_define
class UserOut:
    """ 
        Attributes:
            email (str):
            full_name (str):
            id (UUID):
            is_platform_admin (bool):
            organization (OrganizationRef):
            role (Role): Organisation roles, weakest first. ``employee`` and ``hr`` are the JobSwap roles: they
                reach only ``/api/v1/jobswap`` (and their own session and notifications), never the
                recruiting API (:func:`talentsonar.auth.principal.caller`).
            organizations (list[OrganizationRef] | Unset):
     """

    email: str
    full_name: str
    id: UUID
    is_platform_admin: bool
    organization: OrganizationRef
    role: Role
    organizations: list[OrganizationRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.organization_ref import OrganizationRef # noqa: PLC0415
        email = self.email

        full_name = self.full_name

        id = str(self.id)

        is_platform_admin = self.is_platform_admin

        organization = self.organization.to_dict()

        role = self.role.value

        organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = []
            for organizations_item_data in self.organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "email": email,
            "fullName": full_name,
            "id": id,
            "isPlatformAdmin": is_platform_admin,
            "organization": organization,
            "role": role,
        })
        if organizations is not UNSET:
            field_dict["organizations"] = organizations

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_ref import OrganizationRef # noqa: PLC0415
        d = dict(src_dict)
        email = d.pop("email")

        full_name = d.pop("fullName")

        id = UUID(d.pop("id"))




        is_platform_admin = d.pop("isPlatformAdmin")

        organization = OrganizationRef.from_dict(d.pop("organization"))




        role = Role(d.pop("role"))




        _organizations = d.pop("organizations", UNSET)
        organizations: list[OrganizationRef] | Unset = UNSET
        if _organizations is not UNSET:
            organizations = []
            for organizations_item_data in _organizations:
                organizations_item = OrganizationRef.from_dict(organizations_item_data)



                organizations.append(organizations_item)


        user_out = cls(
            email=email,
            full_name=full_name,
            id=id,
            is_platform_admin=is_platform_admin,
            organization=organization,
            role=role,
            organizations=organizations,
        )


        user_out.additional_properties = d
        return user_out

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
