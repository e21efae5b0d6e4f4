from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID






T = TypeVar("T", bound="BulkEmail")



@_attrs_define
class BulkEmail:
    """ 
        Attributes:
            application_ids (list[UUID]):
            body (str):
            subject (str):
     """

    application_ids: list[UUID]
    body: str
    subject: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        application_ids = []
        for application_ids_item_data in self.application_ids:
            application_ids_item = str(application_ids_item_data)
            application_ids.append(application_ids_item)



        body = self.body

        subject = self.subject


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "applicationIds": application_ids,
            "body": body,
            "subject": subject,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_ids = []
        _application_ids = d.pop("applicationIds")
        for application_ids_item_data in (_application_ids):
            application_ids_item = UUID(application_ids_item_data)



            application_ids.append(application_ids_item)


        body = d.pop("body")

        subject = d.pop("subject")

        bulk_email = cls(
            application_ids=application_ids,
            body=body,
            subject=subject,
        )


        bulk_email.additional_properties = d
        return bulk_email

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
