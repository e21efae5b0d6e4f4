from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BlindCandidate")



@_attrs_define
class BlindCandidate:
    """ A candidate with identity, photo, age and gender hints removed.

        Attributes:
            alias (str):
            skills (list[str]):
            type_ (str):
            recent_titles (list[str] | Unset):
            total_years_experience (float | None | Unset):
     """

    alias: str
    skills: list[str]
    type_: str
    recent_titles: list[str] | Unset = UNSET
    total_years_experience: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        skills = self.skills



        type_ = self.type_

        recent_titles: list[str] | Unset = UNSET
        if not isinstance(self.recent_titles, Unset):
            recent_titles = self.recent_titles



        total_years_experience: float | None | Unset
        if isinstance(self.total_years_experience, Unset):
            total_years_experience = UNSET
        else:
            total_years_experience = self.total_years_experience


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "alias": alias,
            "skills": skills,
            "type": type_,
        })
        if recent_titles is not UNSET:
            field_dict["recentTitles"] = recent_titles
        if total_years_experience is not UNSET:
            field_dict["totalYearsExperience"] = total_years_experience

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = d.pop("alias")

        skills = cast(list[str], d.pop("skills"))


        type_ = d.pop("type")

        recent_titles = cast(list[str], d.pop("recentTitles", UNSET))


        def _parse_total_years_experience(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_years_experience = _parse_total_years_experience(d.pop("totalYearsExperience", UNSET))


        blind_candidate = cls(
            alias=alias,
            skills=skills,
            type_=type_,
            recent_titles=recent_titles,
            total_years_experience=total_years_experience,
        )


        blind_candidate.additional_properties = d
        return blind_candidate

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
