from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.interview_answer import InterviewAnswer
  from ..models.interview_results_ratings import InterviewResultsRatings





T = TypeVar("T", bound="InterviewResults")



@_attrs_define
class InterviewResults:
    """ 
        Attributes:
            answers (list[InterviewAnswer] | Unset):
            notes (None | str | Unset):
            ratings (InterviewResultsRatings | Unset): competency -> 1..5
     """

    answers: list[InterviewAnswer] | Unset = UNSET
    notes: None | str | Unset = UNSET
    ratings: InterviewResultsRatings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.interview_answer import InterviewAnswer # noqa: PLC0415
        from ..models.interview_results_ratings import InterviewResultsRatings # noqa: PLC0415
        answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = []
            for answers_item_data in self.answers:
                answers_item = answers_item_data.to_dict()
                answers.append(answers_item)



        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        ratings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ratings, Unset):
            ratings = self.ratings.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if answers is not UNSET:
            field_dict["answers"] = answers
        if notes is not UNSET:
            field_dict["notes"] = notes
        if ratings is not UNSET:
            field_dict["ratings"] = ratings

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interview_answer import InterviewAnswer # noqa: PLC0415
        from ..models.interview_results_ratings import InterviewResultsRatings # noqa: PLC0415
        d = dict(src_dict)
        _answers = d.pop("answers", UNSET)
        answers: list[InterviewAnswer] | Unset = UNSET
        if _answers is not UNSET:
            answers = []
            for answers_item_data in _answers:
                answers_item = InterviewAnswer.from_dict(answers_item_data)



                answers.append(answers_item)


        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


        _ratings = d.pop("ratings", UNSET)
        ratings: InterviewResultsRatings | Unset
        if isinstance(_ratings,  Unset):
            ratings = UNSET
        else:
            ratings = InterviewResultsRatings.from_dict(_ratings)




        interview_results = cls(
            answers=answers,
            notes=notes,
            ratings=ratings,
        )


        interview_results.additional_properties = d
        return interview_results

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
