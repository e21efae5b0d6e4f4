from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="AnalyzeTopAccepted")



@_attrs_define
class AnalyzeTopAccepted:
    """ 
        Attributes:
            candidates_queued (int): Seed 001's name of ``total``
            estimated_completion_time (str): How long the batch should take, e.g. '30-50 seconds'
            job_id (UUID):
            status_url (str):
            task_id (UUID):
            total (int):
     """

    candidates_queued: int
    estimated_completion_time: str
    job_id: UUID
    status_url: str
    task_id: UUID
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        candidates_queued = self.candidates_queued

        estimated_completion_time = self.estimated_completion_time

        job_id = str(self.job_id)

        status_url = self.status_url

        task_id = str(self.task_id)

        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidatesQueued": candidates_queued,
            "estimatedCompletionTime": estimated_completion_time,
            "jobId": job_id,
            "statusUrl": status_url,
            "taskId": task_id,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidates_queued = d.pop("candidatesQueued")

        estimated_completion_time = d.pop("estimatedCompletionTime")

        job_id = UUID(d.pop("jobId"))




        status_url = d.pop("statusUrl")

        task_id = UUID(d.pop("taskId"))




        total = d.pop("total")

        analyze_top_accepted = cls(
            candidates_queued=candidates_queued,
            estimated_completion_time=estimated_completion_time,
            job_id=job_id,
            status_url=status_url,
            task_id=task_id,
            total=total,
        )


        analyze_top_accepted.additional_properties = d
        return analyze_top_accepted

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
