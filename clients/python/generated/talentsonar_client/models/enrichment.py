from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="Enrichment")



@_attrs_define
class Enrichment:
    """ 
        Attributes:
            experience_summary (str):
            inferred_skills (list[str]):
            suggested_role_title (str):
     """

    experience_summary: str
    inferred_skills: list[str]
    suggested_role_title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        experience_summary = self.experience_summary

        inferred_skills = self.inferred_skills



        suggested_role_title = self.suggested_role_title


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "experienceSummary": experience_summary,
            "inferredSkills": inferred_skills,
            "suggestedRoleTitle": suggested_role_title,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        experience_summary = d.pop("experienceSummary")

        inferred_skills = cast(list[str], d.pop("inferredSkills"))


        suggested_role_title = d.pop("suggestedRoleTitle")

        enrichment = cls(
            experience_summary=experience_summary,
            inferred_skills=inferred_skills,
            suggested_role_title=suggested_role_title,
        )


        enrichment.additional_properties = d
        return enrichment

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
