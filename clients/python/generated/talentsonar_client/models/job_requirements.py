from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.requirement_provenance import RequirementProvenance





T = TypeVar("T", bound="JobRequirements")



@_attrs_define
class JobRequirements:
    """ Provenance of the job's requirement fields; a field is ``null`` on a job whose
    requirements were never inferred (created before inference existed, until the
    maintenance refresh reaches it).

        Attributes:
            min_years_experience (None | RequirementProvenance | Unset):
            nice_to_have_skills (None | RequirementProvenance | Unset):
            required_skills (None | RequirementProvenance | Unset):
            seniority (None | RequirementProvenance | Unset):
            version (int | None | Unset): Version of the inference that ran last
     """

    min_years_experience: None | RequirementProvenance | Unset = UNSET
    nice_to_have_skills: None | RequirementProvenance | Unset = UNSET
    required_skills: None | RequirementProvenance | Unset = UNSET
    seniority: None | RequirementProvenance | Unset = UNSET
    version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.requirement_provenance import RequirementProvenance # noqa: PLC0415
        min_years_experience: dict[str, Any] | None | Unset
        if isinstance(self.min_years_experience, Unset):
            min_years_experience = UNSET
        elif isinstance(self.min_years_experience, RequirementProvenance):
            min_years_experience = self.min_years_experience.to_dict()
        else:
            min_years_experience = self.min_years_experience

        nice_to_have_skills: dict[str, Any] | None | Unset
        if isinstance(self.nice_to_have_skills, Unset):
            nice_to_have_skills = UNSET
        elif isinstance(self.nice_to_have_skills, RequirementProvenance):
            nice_to_have_skills = self.nice_to_have_skills.to_dict()
        else:
            nice_to_have_skills = self.nice_to_have_skills

        required_skills: dict[str, Any] | None | Unset
        if isinstance(self.required_skills, Unset):
            required_skills = UNSET
        elif isinstance(self.required_skills, RequirementProvenance):
            required_skills = self.required_skills.to_dict()
        else:
            required_skills = self.required_skills

        seniority: dict[str, Any] | None | Unset
        if isinstance(self.seniority, Unset):
            seniority = UNSET
        elif isinstance(self.seniority, RequirementProvenance):
            seniority = self.seniority.to_dict()
        else:
            seniority = self.seniority

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if min_years_experience is not UNSET:
            field_dict["minYearsExperience"] = min_years_experience
        if nice_to_have_skills is not UNSET:
            field_dict["niceToHaveSkills"] = nice_to_have_skills
        if required_skills is not UNSET:
            field_dict["requiredSkills"] = required_skills
        if seniority is not UNSET:
            field_dict["seniority"] = seniority
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.requirement_provenance import RequirementProvenance # noqa: PLC0415
        d = dict(src_dict)
        def _parse_min_years_experience(data: object) -> None | RequirementProvenance | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                min_years_experience_type_0 = RequirementProvenance.from_dict(data)



                return min_years_experience_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequirementProvenance | Unset, data)

        min_years_experience = _parse_min_years_experience(d.pop("minYearsExperience", UNSET))


        def _parse_nice_to_have_skills(data: object) -> None | RequirementProvenance | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nice_to_have_skills_type_0 = RequirementProvenance.from_dict(data)



                return nice_to_have_skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequirementProvenance | Unset, data)

        nice_to_have_skills = _parse_nice_to_have_skills(d.pop("niceToHaveSkills", UNSET))


        def _parse_required_skills(data: object) -> None | RequirementProvenance | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                required_skills_type_0 = RequirementProvenance.from_dict(data)



                return required_skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequirementProvenance | Unset, data)

        required_skills = _parse_required_skills(d.pop("requiredSkills", UNSET))


        def _parse_seniority(data: object) -> None | RequirementProvenance | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                seniority_type_0 = RequirementProvenance.from_dict(data)



                return seniority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequirementProvenance | Unset, data)

        seniority = _parse_seniority(d.pop("seniority", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        job_requirements = cls(
            min_years_experience=min_years_experience,
            nice_to_have_skills=nice_to_have_skills,
            required_skills=required_skills,
            seniority=seniority,
            version=version,
        )


        job_requirements.additional_properties = d
        return job_requirements

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
