from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="AddedApplication")



@_attrs_define
class AddedApplication:
    """ 
        Attributes:
            application_id (UUID):
            candidate_id (UUID):
            created (bool):
     """

    application_id: UUID
    candidate_id: UUID
    created: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        candidate_id = str(self.candidate_id)

        created = self.created


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "applicationId": application_id,
            "candidateId": candidate_id,
            "created": created,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = UUID(d.pop("applicationId"))




        candidate_id = UUID(d.pop("candidateId"))




        created = d.pop("created")

        added_application = cls(
            application_id=application_id,
            candidate_id=candidate_id,
            created=created,
        )


        added_application.additional_properties = d
        return added_application

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
