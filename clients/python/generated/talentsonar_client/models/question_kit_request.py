from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="QuestionKitRequest")



@_attrs_define
class QuestionKitRequest:
    """ 
        Attributes:
            job_title (str):
            count (int | Unset):  Default: 8.
            level (None | str | Unset):
            skills (list[str] | Unset):
     """

    job_title: str
    count: int | Unset = 8
    level: None | str | Unset = UNSET
    skills: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        job_title = self.job_title

        count = self.count

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "jobTitle": job_title,
        })
        if count is not UNSET:
            field_dict["count"] = count
        if level is not UNSET:
            field_dict["level"] = level
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_title = d.pop("jobTitle")

        count = d.pop("count", UNSET)

        def _parse_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        level = _parse_level(d.pop("level", UNSET))


        skills = cast(list[str], d.pop("skills", UNSET))


        question_kit_request = cls(
            job_title=job_title,
            count=count,
            level=level,
            skills=skills,
        )


        question_kit_request.additional_properties = d
        return question_kit_request

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
