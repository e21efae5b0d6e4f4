from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.paper_question_kind import PaperQuestionKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.paper_option import PaperOption
  from ..models.paper_question_answer_type_0 import PaperQuestionAnswerType0





T = TypeVar("T", bound="PaperQuestion")



@_attrs_define
class PaperQuestion:
    """ 
        Attributes:
            id (str):
            kind (PaperQuestionKind):
            prompt (str):
            skill (str):
            answer (None | PaperQuestionAnswerType0 | Unset):
            language (None | str | Unset):
            options (list[PaperOption] | None | Unset):
            starter (None | str | Unset):
     """

    id: str
    kind: PaperQuestionKind
    prompt: str
    skill: str
    answer: None | PaperQuestionAnswerType0 | Unset = UNSET
    language: None | str | Unset = UNSET
    options: list[PaperOption] | None | Unset = UNSET
    starter: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.paper_option import PaperOption # noqa: PLC0415
        from ..models.paper_question_answer_type_0 import PaperQuestionAnswerType0 # noqa: PLC0415
        id = self.id

        kind = self.kind.value

        prompt = self.prompt

        skill = self.skill

        answer: dict[str, Any] | None | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        elif isinstance(self.answer, PaperQuestionAnswerType0):
            answer = self.answer.to_dict()
        else:
            answer = self.answer

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        options: list[dict[str, Any]] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item = options_type_0_item_data.to_dict()
                options.append(options_type_0_item)


        else:
            options = self.options

        starter: None | str | Unset
        if isinstance(self.starter, Unset):
            starter = UNSET
        else:
            starter = self.starter


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "prompt": prompt,
            "skill": skill,
        })
        if answer is not UNSET:
            field_dict["answer"] = answer
        if language is not UNSET:
            field_dict["language"] = language
        if options is not UNSET:
            field_dict["options"] = options
        if starter is not UNSET:
            field_dict["starter"] = starter

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.paper_option import PaperOption # noqa: PLC0415
        from ..models.paper_question_answer_type_0 import PaperQuestionAnswerType0 # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        kind = PaperQuestionKind(d.pop("kind"))




        prompt = d.pop("prompt")

        skill = d.pop("skill")

        def _parse_answer(data: object) -> None | PaperQuestionAnswerType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                answer_type_0 = PaperQuestionAnswerType0.from_dict(data)



                return answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaperQuestionAnswerType0 | Unset, data)

        answer = _parse_answer(d.pop("answer", UNSET))


        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))


        def _parse_options(data: object) -> list[PaperOption] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = []
                _options_type_0 = data
                for options_type_0_item_data in (_options_type_0):
                    options_type_0_item = PaperOption.from_dict(options_type_0_item_data)



                    options_type_0.append(options_type_0_item)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PaperOption] | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))


        def _parse_starter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        starter = _parse_starter(d.pop("starter", UNSET))


        paper_question = cls(
            id=id,
            kind=kind,
            prompt=prompt,
            skill=skill,
            answer=answer,
            language=language,
            options=options,
            starter=starter,
        )


        paper_question.additional_properties = d
        return paper_question

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
