from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="FeedbackOut")



@_attrs_define
class FeedbackOut:
    """ 
        Attributes:
            candidate_id (UUID):
            candidate_name (str):
            created_at (datetime.datetime):
            feedback_type (str):
            id (UUID):
            job_id (UUID):
            notes (None | str):
     """

    candidate_id: UUID
    candidate_name: str
    created_at: datetime.datetime
    feedback_type: str
    id: UUID
    job_id: UUID
    notes: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        candidate_id = str(self.candidate_id)

        candidate_name = self.candidate_name

        created_at = self.created_at.isoformat()

        feedback_type = self.feedback_type

        id = str(self.id)

        job_id = str(self.job_id)

        notes: None | str
        notes = self.notes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidateId": candidate_id,
            "candidateName": candidate_name,
            "createdAt": created_at,
            "feedbackType": feedback_type,
            "id": id,
            "jobId": job_id,
            "notes": notes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate_id = UUID(d.pop("candidateId"))




        candidate_name = d.pop("candidateName")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        feedback_type = d.pop("feedbackType")

        id = UUID(d.pop("id"))




        job_id = UUID(d.pop("jobId"))




        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))


        feedback_out = cls(
            candidate_id=candidate_id,
            candidate_name=candidate_name,
            created_at=created_at,
            feedback_type=feedback_type,
            id=id,
            job_id=job_id,
            notes=notes,
        )


        feedback_out.additional_properties = d
        return feedback_out

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
