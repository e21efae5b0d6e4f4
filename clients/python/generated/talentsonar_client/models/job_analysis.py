from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.skill_requirement import SkillRequirement





T = TypeVar("T", bound="JobAnalysis")



@_attrs_define
class JobAnalysis:
    """ 
        Attributes:
            ideal_candidate_profile (str):
            key_responsibilities (list[str]):
            skill_requirements (list[SkillRequirement]):
            true_seniority_level (str):
     """

    ideal_candidate_profile: str
    key_responsibilities: list[str]
    skill_requirements: list[SkillRequirement]
    true_seniority_level: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.skill_requirement import SkillRequirement # noqa: PLC0415
        ideal_candidate_profile = self.ideal_candidate_profile

        key_responsibilities = self.key_responsibilities



        skill_requirements = []
        for skill_requirements_item_data in self.skill_requirements:
            skill_requirements_item = skill_requirements_item_data.to_dict()
            skill_requirements.append(skill_requirements_item)



        true_seniority_level = self.true_seniority_level


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "idealCandidateProfile": ideal_candidate_profile,
            "keyResponsibilities": key_responsibilities,
            "skillRequirements": skill_requirements,
            "trueSeniorityLevel": true_seniority_level,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_requirement import SkillRequirement # noqa: PLC0415
        d = dict(src_dict)
        ideal_candidate_profile = d.pop("idealCandidateProfile")

        key_responsibilities = cast(list[str], d.pop("keyResponsibilities"))


        skill_requirements = []
        _skill_requirements = d.pop("skillRequirements")
        for skill_requirements_item_data in (_skill_requirements):
            skill_requirements_item = SkillRequirement.from_dict(skill_requirements_item_data)



            skill_requirements.append(skill_requirements_item)


        true_seniority_level = d.pop("trueSeniorityLevel")

        job_analysis = cls(
            ideal_candidate_profile=ideal_candidate_profile,
            key_responsibilities=key_responsibilities,
            skill_requirements=skill_requirements,
            true_seniority_level=true_seniority_level,
        )


        job_analysis.additional_properties = d
        return job_analysis

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
