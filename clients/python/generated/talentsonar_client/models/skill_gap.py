from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.skill_gap_importance import SkillGapImportance






T = TypeVar("T", bound="SkillGap")



@_attrs_define
class SkillGap:
    """ 
        Attributes:
            evidenced (bool):
            gap (str):
            importance (SkillGapImportance):
            recommendation (str):
            skill (str):
     """

    evidenced: bool
    gap: str
    importance: SkillGapImportance
    recommendation: str
    skill: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        evidenced = self.evidenced

        gap = self.gap

        importance = self.importance.value

        recommendation = self.recommendation

        skill = self.skill


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "evidenced": evidenced,
            "gap": gap,
            "importance": importance,
            "recommendation": recommendation,
            "skill": skill,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        evidenced = d.pop("evidenced")

        gap = d.pop("gap")

        importance = SkillGapImportance(d.pop("importance"))




        recommendation = d.pop("recommendation")

        skill = d.pop("skill")

        skill_gap = cls(
            evidenced=evidenced,
            gap=gap,
            importance=importance,
            recommendation=recommendation,
            skill=skill,
        )


        skill_gap.additional_properties = d
        return skill_gap

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
