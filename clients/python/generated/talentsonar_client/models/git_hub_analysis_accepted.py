from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="GitHubAnalysisAccepted")



@_attrs_define
class GitHubAnalysisAccepted:
    """ 
        Attributes:
            candidate_id (UUID):
            status_url (str):
            task_id (UUID):
            username (str):
     """

    candidate_id: UUID
    status_url: str
    task_id: UUID
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        candidate_id = str(self.candidate_id)

        status_url = self.status_url

        task_id = str(self.task_id)

        username = self.username


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidateId": candidate_id,
            "statusUrl": status_url,
            "taskId": task_id,
            "username": username,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate_id = UUID(d.pop("candidateId"))




        status_url = d.pop("statusUrl")

        task_id = UUID(d.pop("taskId"))




        username = d.pop("username")

        git_hub_analysis_accepted = cls(
            candidate_id=candidate_id,
            status_url=status_url,
            task_id=task_id,
            username=username,
        )


        git_hub_analysis_accepted.additional_properties = d
        return git_hub_analysis_accepted

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
