from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AnswerSaved")



@_attrs_define
class AnswerSaved:
    """ 
        Attributes:
            question_id (str):
            saved_at (datetime.datetime):
            seconds_left (int):
     """

    question_id: str
    saved_at: datetime.datetime
    seconds_left: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        question_id = self.question_id

        saved_at = self.saved_at.isoformat()

        seconds_left = self.seconds_left


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "questionId": question_id,
            "savedAt": saved_at,
            "secondsLeft": seconds_left,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question_id = d.pop("questionId")

        saved_at = datetime.datetime.fromisoformat(d.pop("savedAt"))




        seconds_left = d.pop("secondsLeft")

        answer_saved = cls(
            question_id=question_id,
            saved_at=saved_at,
            seconds_left=seconds_left,
        )


        answer_saved.additional_properties = d
        return answer_saved

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
