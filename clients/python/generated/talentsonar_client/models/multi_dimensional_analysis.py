from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.dimension_score import DimensionScore





T = TypeVar("T", bound="MultiDimensionalAnalysis")



@_attrs_define
class MultiDimensionalAnalysis:
    """ 
        Attributes:
            experience (DimensionScore):
            growth_potential (DimensionScore):
            role_alignment (DimensionScore):
            seniority_fit (DimensionScore):
            technical_skills (DimensionScore):
     """

    experience: DimensionScore
    growth_potential: DimensionScore
    role_alignment: DimensionScore
    seniority_fit: DimensionScore
    technical_skills: DimensionScore
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dimension_score import DimensionScore # noqa: PLC0415
        experience = self.experience.to_dict()

        growth_potential = self.growth_potential.to_dict()

        role_alignment = self.role_alignment.to_dict()

        seniority_fit = self.seniority_fit.to_dict()

        technical_skills = self.technical_skills.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "experience": experience,
            "growthPotential": growth_potential,
            "roleAlignment": role_alignment,
            "seniorityFit": seniority_fit,
            "technicalSkills": technical_skills,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dimension_score import DimensionScore # noqa: PLC0415
        d = dict(src_dict)
        experience = DimensionScore.from_dict(d.pop("experience"))




        growth_potential = DimensionScore.from_dict(d.pop("growthPotential"))




        role_alignment = DimensionScore.from_dict(d.pop("roleAlignment"))




        seniority_fit = DimensionScore.from_dict(d.pop("seniorityFit"))




        technical_skills = DimensionScore.from_dict(d.pop("technicalSkills"))




        multi_dimensional_analysis = cls(
            experience=experience,
            growth_potential=growth_potential,
            role_alignment=role_alignment,
            seniority_fit=seniority_fit,
            technical_skills=technical_skills,
        )


        multi_dimensional_analysis.additional_properties = d
        return multi_dimensional_analysis

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
