from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="Submitted")



@_attrs_define
class Submitted:
    """ 
        Attributes:
            answered (int):
            question_count (int):
            status (str):
            submitted_at (datetime.datetime):
     """

    answered: int
    question_count: int
    status: str
    submitted_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        answered = self.answered

        question_count = self.question_count

        status = self.status

        submitted_at = self.submitted_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "answered": answered,
            "questionCount": question_count,
            "status": status,
            "submittedAt": submitted_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        answered = d.pop("answered")

        question_count = d.pop("questionCount")

        status = d.pop("status")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submittedAt"))




        submitted = cls(
            answered=answered,
            question_count=question_count,
            status=status,
            submitted_at=submitted_at,
        )


        submitted.additional_properties = d
        return submitted

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
