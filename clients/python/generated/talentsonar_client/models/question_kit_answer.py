from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.interview_question import InterviewQuestion
  from ..models.question_kit import QuestionKit





T = TypeVar("T", bound="QuestionKitAnswer")



@_attrs_define
class QuestionKitAnswer:
    """ 
        Attributes:
            cached (bool):
            model (str):
            prompt_version (str):
            provider (str):
            questions (list[InterviewQuestion]):
            result (QuestionKit):
            fallback (bool | Unset):  Default: False.
            fallback_reason (None | str | Unset):
            injection_flags (list[str] | Unset):
            redacted (bool | Unset):  Default: False.
     """

    cached: bool
    model: str
    prompt_version: str
    provider: str
    questions: list[InterviewQuestion]
    result: QuestionKit
    fallback: bool | Unset = False
    fallback_reason: None | str | Unset = UNSET
    injection_flags: list[str] | Unset = UNSET
    redacted: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.interview_question import InterviewQuestion # noqa: PLC0415
        from ..models.question_kit import QuestionKit # noqa: PLC0415
        cached = self.cached

        model = self.model

        prompt_version = self.prompt_version

        provider = self.provider

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)



        result = self.result.to_dict()

        fallback = self.fallback

        fallback_reason: None | str | Unset
        if isinstance(self.fallback_reason, Unset):
            fallback_reason = UNSET
        else:
            fallback_reason = self.fallback_reason

        injection_flags: list[str] | Unset = UNSET
        if not isinstance(self.injection_flags, Unset):
            injection_flags = self.injection_flags



        redacted = self.redacted


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cached": cached,
            "model": model,
            "promptVersion": prompt_version,
            "provider": provider,
            "questions": questions,
            "result": result,
        })
        if fallback is not UNSET:
            field_dict["fallback"] = fallback
        if fallback_reason is not UNSET:
            field_dict["fallbackReason"] = fallback_reason
        if injection_flags is not UNSET:
            field_dict["injectionFlags"] = injection_flags
        if redacted is not UNSET:
            field_dict["redacted"] = redacted

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interview_question import InterviewQuestion # noqa: PLC0415
        from ..models.question_kit import QuestionKit # noqa: PLC0415
        d = dict(src_dict)
        cached = d.pop("cached")

        model = d.pop("model")

        prompt_version = d.pop("promptVersion")

        provider = d.pop("provider")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in (_questions):
            questions_item = InterviewQuestion.from_dict(questions_item_data)



            questions.append(questions_item)


        result = QuestionKit.from_dict(d.pop("result"))




        fallback = d.pop("fallback", UNSET)

        def _parse_fallback_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_reason = _parse_fallback_reason(d.pop("fallbackReason", UNSET))


        injection_flags = cast(list[str], d.pop("injectionFlags", UNSET))


        redacted = d.pop("redacted", UNSET)

        question_kit_answer = cls(
            cached=cached,
            model=model,
            prompt_version=prompt_version,
            provider=provider,
            questions=questions,
            result=result,
            fallback=fallback,
            fallback_reason=fallback_reason,
            injection_flags=injection_flags,
            redacted=redacted,
        )


        question_kit_answer.additional_properties = d
        return question_kit_answer

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
