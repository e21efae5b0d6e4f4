from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="InterviewAnswer")



@_attrs_define
class InterviewAnswer:
    """ 
        Attributes:
            question (str):
            answer (str | Unset):  Default: ''.
            expected_points (list[str] | Unset):
            rating (float | None | Unset):
            skill (None | str | Unset):
     """

    question: str
    answer: str | Unset = ''
    expected_points: list[str] | Unset = UNSET
    rating: float | None | Unset = UNSET
    skill: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        question = self.question

        answer = self.answer

        expected_points: list[str] | Unset = UNSET
        if not isinstance(self.expected_points, Unset):
            expected_points = self.expected_points



        rating: float | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        skill: None | str | Unset
        if isinstance(self.skill, Unset):
            skill = UNSET
        else:
            skill = self.skill


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "question": question,
        })
        if answer is not UNSET:
            field_dict["answer"] = answer
        if expected_points is not UNSET:
            field_dict["expectedPoints"] = expected_points
        if rating is not UNSET:
            field_dict["rating"] = rating
        if skill is not UNSET:
            field_dict["skill"] = skill

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question = d.pop("question")

        answer = d.pop("answer", UNSET)

        expected_points = cast(list[str], d.pop("expectedPoints", UNSET))


        def _parse_rating(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))


        def _parse_skill(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        skill = _parse_skill(d.pop("skill", UNSET))


        interview_answer = cls(
            question=question,
            answer=answer,
            expected_points=expected_points,
            rating=rating,
            skill=skill,
        )


        interview_answer.additional_properties = d
        return interview_answer

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
