from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.interview_status import InterviewStatus
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.interview_results_type_0 import InterviewResultsType0





T = TypeVar("T", bound="Interview")



@_attrs_define
class Interview:
    """ 
        Attributes:
            candidate_id (UUID):
            completed_at (datetime.datetime | None):
            created_at (datetime.datetime):
            id (UUID):
            interviewers (list[str]):
            job_id (UUID):
            notes (None | str):
            results (InterviewResultsType0 | None):
            scheduled_at (datetime.datetime | None):
            status (InterviewStatus):
            updated_at (datetime.datetime):
     """

    candidate_id: UUID
    completed_at: datetime.datetime | None
    created_at: datetime.datetime
    id: UUID
    interviewers: list[str]
    job_id: UUID
    notes: None | str
    results: InterviewResultsType0 | None
    scheduled_at: datetime.datetime | None
    status: InterviewStatus
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.interview_results_type_0 import InterviewResultsType0 # noqa: PLC0415
        candidate_id = str(self.candidate_id)

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        created_at = self.created_at.isoformat()

        id = str(self.id)

        interviewers = self.interviewers



        job_id = str(self.job_id)

        notes: None | str
        notes = self.notes

        results: dict[str, Any] | None
        if isinstance(self.results, InterviewResultsType0):
            results = self.results.to_dict()
        else:
            results = self.results

        scheduled_at: None | str
        if isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        status = self.status.value

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidateId": candidate_id,
            "completedAt": completed_at,
            "createdAt": created_at,
            "id": id,
            "interviewers": interviewers,
            "jobId": job_id,
            "notes": notes,
            "results": results,
            "scheduledAt": scheduled_at,
            "status": status,
            "updatedAt": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interview_results_type_0 import InterviewResultsType0 # noqa: PLC0415
        d = dict(src_dict)
        candidate_id = UUID(d.pop("candidateId"))




        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)



                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completedAt"))


        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        id = UUID(d.pop("id"))




        interviewers = cast(list[str], d.pop("interviewers"))


        job_id = UUID(d.pop("jobId"))




        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))


        def _parse_results(data: object) -> InterviewResultsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                results_type_0 = InterviewResultsType0.from_dict(data)



                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InterviewResultsType0 | None, data)

        results = _parse_results(d.pop("results"))


        def _parse_scheduled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_at_type_0 = datetime.datetime.fromisoformat(data)



                return scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduledAt"))


        status = InterviewStatus(d.pop("status"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))




        interview = cls(
            candidate_id=candidate_id,
            completed_at=completed_at,
            created_at=created_at,
            id=id,
            interviewers=interviewers,
            job_id=job_id,
            notes=notes,
            results=results,
            scheduled_at=scheduled_at,
            status=status,
            updated_at=updated_at,
        )


        interview.additional_properties = d
        return interview

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
