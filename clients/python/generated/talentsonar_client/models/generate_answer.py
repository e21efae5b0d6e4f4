from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.generate_answer_scope import GenerateAnswerScope
from uuid import UUID






T = TypeVar("T", bound="GenerateAnswer")



@_attrs_define
class GenerateAnswer:
    """ 
        Attributes:
            scope (GenerateAnswerScope):
            status (str):
            status_url (str):
            task_id (UUID):
     """

    scope: GenerateAnswerScope
    status: str
    status_url: str
    task_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        scope = self.scope.value

        status = self.status

        status_url = self.status_url

        task_id = str(self.task_id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "scope": scope,
            "status": status,
            "statusUrl": status_url,
            "taskId": task_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scope = GenerateAnswerScope(d.pop("scope"))




        status = d.pop("status")

        status_url = d.pop("statusUrl")

        task_id = UUID(d.pop("taskId"))




        generate_answer = cls(
            scope=scope,
            status=status,
            status_url=status_url,
            task_id=task_id,
        )


        generate_answer.additional_properties = d
        return generate_answer

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
