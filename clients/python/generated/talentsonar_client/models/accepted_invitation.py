from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role
from uuid import UUID






T = TypeVar("T", bound="AcceptedInvitation")



@_attrs_define
class AcceptedInvitation:
    """ 
        Attributes:
            org_id (UUID):
            role (Role): Organisation roles, weakest first. ``employee`` and ``hr`` are the JobSwap roles: they
                reach only ``/api/v1/jobswap`` (and their own session and notifications), never the
                recruiting API (:func:`talentsonar.auth.principal.caller`).
     """

    org_id: UUID
    role: Role
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        org_id = str(self.org_id)

        role = self.role.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "orgId": org_id,
            "role": role,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        org_id = UUID(d.pop("orgId"))




        role = Role(d.pop("role"))




        accepted_invitation = cls(
            org_id=org_id,
            role=role,
        )


        accepted_invitation.additional_properties = d
        return accepted_invitation

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
