from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.interview_status import InterviewStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="InterviewUpdate")



@_attrs_define
class InterviewUpdate:
    """ 
        Attributes:
            interviewers (list[str] | None | Unset):
            notes (None | str | Unset):
            scheduled_at (datetime.datetime | None | Unset):
            status (InterviewStatus | None | Unset):
     """

    interviewers: list[str] | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    scheduled_at: datetime.datetime | None | Unset = UNSET
    status: InterviewStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        interviewers: list[str] | None | Unset
        if isinstance(self.interviewers, Unset):
            interviewers = UNSET
        elif isinstance(self.interviewers, list):
            interviewers = self.interviewers


        else:
            interviewers = self.interviewers

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, InterviewStatus):
            status = self.status.value
        else:
            status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if interviewers is not UNSET:
            field_dict["interviewers"] = interviewers
        if notes is not UNSET:
            field_dict["notes"] = notes
        if scheduled_at is not UNSET:
            field_dict["scheduledAt"] = scheduled_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_interviewers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                interviewers_type_0 = cast(list[str], data)

                return interviewers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        interviewers = _parse_interviewers(d.pop("interviewers", UNSET))


        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


        def _parse_scheduled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_at_type_0 = datetime.datetime.fromisoformat(data)



                return scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduledAt", UNSET))


        def _parse_status(data: object) -> InterviewStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = InterviewStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InterviewStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        interview_update = cls(
            interviewers=interviewers,
            notes=notes,
            scheduled_at=scheduled_at,
            status=status,
        )


        interview_update.additional_properties = d
        return interview_update

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
