from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.interview_question_kind import InterviewQuestionKind
from typing import cast






T = TypeVar("T", bound="InterviewQuestion")



@_attrs_define
class InterviewQuestion:
    """ 
        Attributes:
            expected_points (list[str]):
            kind (InterviewQuestionKind):
            level (str):
            question (str):
            skill (str):
     """

    expected_points: list[str]
    kind: InterviewQuestionKind
    level: str
    question: str
    skill: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        expected_points = self.expected_points



        kind = self.kind.value

        level = self.level

        question = self.question

        skill = self.skill


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "expectedPoints": expected_points,
            "kind": kind,
            "level": level,
            "question": question,
            "skill": skill,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expected_points = cast(list[str], d.pop("expectedPoints"))


        kind = InterviewQuestionKind(d.pop("kind"))




        level = d.pop("level")

        question = d.pop("question")

        skill = d.pop("skill")

        interview_question = cls(
            expected_points=expected_points,
            kind=kind,
            level=level,
            question=question,
            skill=skill,
        )


        interview_question.additional_properties = d
        return interview_question

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
