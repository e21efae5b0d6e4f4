from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.feedback_type import FeedbackType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="FeedbackCreate")



@_attrs_define
class FeedbackCreate:
    """ 
        Attributes:
            candidate_id (UUID):
            feedback_type (FeedbackType):
            job_id (UUID):
            notes (None | str | Unset):
     """

    candidate_id: UUID
    feedback_type: FeedbackType
    job_id: UUID
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        candidate_id = str(self.candidate_id)

        feedback_type = self.feedback_type.value

        job_id = str(self.job_id)

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidateId": candidate_id,
            "feedbackType": feedback_type,
            "jobId": job_id,
        })
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate_id = UUID(d.pop("candidateId"))




        feedback_type = FeedbackType(d.pop("feedbackType"))




        job_id = UUID(d.pop("jobId"))




        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


        feedback_create = cls(
            candidate_id=candidate_id,
            feedback_type=feedback_type,
            job_id=job_id,
            notes=notes,
        )


        feedback_create.additional_properties = d
        return feedback_create

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
