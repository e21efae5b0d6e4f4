from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.paper_question import PaperQuestion





T = TypeVar("T", bound="Paper")



@_attrs_define
class Paper:
    """ 
        Attributes:
            expires_at (datetime.datetime):
            organization (None | str):
            question_count (int):
            status (str):
            time_limit_minutes (int):
            title (str):
            deadline_at (datetime.datetime | None | Unset):
            questions (list[PaperQuestion] | Unset):
            seconds_left (int | None | Unset):
            started_at (datetime.datetime | None | Unset):
     """

    expires_at: datetime.datetime
    organization: None | str
    question_count: int
    status: str
    time_limit_minutes: int
    title: str
    deadline_at: datetime.datetime | None | Unset = UNSET
    questions: list[PaperQuestion] | Unset = UNSET
    seconds_left: int | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.paper_question import PaperQuestion # noqa: PLC0415
        expires_at = self.expires_at.isoformat()

        organization: None | str
        organization = self.organization

        question_count = self.question_count

        status = self.status

        time_limit_minutes = self.time_limit_minutes

        title = self.title

        deadline_at: None | str | Unset
        if isinstance(self.deadline_at, Unset):
            deadline_at = UNSET
        elif isinstance(self.deadline_at, datetime.datetime):
            deadline_at = self.deadline_at.isoformat()
        else:
            deadline_at = self.deadline_at

        questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            questions = []
            for questions_item_data in self.questions:
                questions_item = questions_item_data.to_dict()
                questions.append(questions_item)



        seconds_left: int | None | Unset
        if isinstance(self.seconds_left, Unset):
            seconds_left = UNSET
        else:
            seconds_left = self.seconds_left

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "expiresAt": expires_at,
            "organization": organization,
            "questionCount": question_count,
            "status": status,
            "timeLimitMinutes": time_limit_minutes,
            "title": title,
        })
        if deadline_at is not UNSET:
            field_dict["deadlineAt"] = deadline_at
        if questions is not UNSET:
            field_dict["questions"] = questions
        if seconds_left is not UNSET:
            field_dict["secondsLeft"] = seconds_left
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.paper_question import PaperQuestion # noqa: PLC0415
        d = dict(src_dict)
        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))




        def _parse_organization(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization = _parse_organization(d.pop("organization"))


        question_count = d.pop("questionCount")

        status = d.pop("status")

        time_limit_minutes = d.pop("timeLimitMinutes")

        title = d.pop("title")

        def _parse_deadline_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_at_type_0 = datetime.datetime.fromisoformat(data)



                return deadline_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deadline_at = _parse_deadline_at(d.pop("deadlineAt", UNSET))


        _questions = d.pop("questions", UNSET)
        questions: list[PaperQuestion] | Unset = UNSET
        if _questions is not UNSET:
            questions = []
            for questions_item_data in _questions:
                questions_item = PaperQuestion.from_dict(questions_item_data)



                questions.append(questions_item)


        def _parse_seconds_left(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seconds_left = _parse_seconds_left(d.pop("secondsLeft", UNSET))


        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)



                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("startedAt", UNSET))


        paper = cls(
            expires_at=expires_at,
            organization=organization,
            question_count=question_count,
            status=status,
            time_limit_minutes=time_limit_minutes,
            title=title,
            deadline_at=deadline_at,
            questions=questions,
            seconds_left=seconds_left,
            started_at=started_at,
        )


        paper.additional_properties = d
        return paper

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
