from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.job_update_infer_requirements_type_0_item import JobUpdateInferRequirementsType0Item
from ..models.job_update_status_type_0 import JobUpdateStatusType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.job_update_company_context_type_0 import JobUpdateCompanyContextType0





T = TypeVar("T", bound="JobUpdate")



@_attrs_define
class JobUpdate:
    """ Changes to a job. A requirement field given here counts as edited: it wins over
    inference and stays when the description changes later. Changing the title or the
    description infers the fields that were not edited again.

        Attributes:
            company_context (JobUpdateCompanyContextType0 | None | Unset):
            department (None | str | Unset):
            description (None | str | Unset):
            education_level (None | str | Unset):
            employment_type (None | str | Unset):
            infer_requirements (list[JobUpdateInferRequirementsType0Item] | None | Unset): Requirement fields to hand back
                to inference from the description (an edit otherwise wins over inference and is kept when the description
                changes).
            location (None | str | Unset):
            min_years_experience (float | None | Unset):
            nice_to_have_skills (list[str] | None | Unset):
            remote (bool | None | Unset):
            required_skills (list[str] | None | Unset):
            seniority (None | str | Unset):
            status (JobUpdateStatusType0 | None | Unset):
            title (None | str | Unset):
     """

    company_context: JobUpdateCompanyContextType0 | None | Unset = UNSET
    department: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    education_level: None | str | Unset = UNSET
    employment_type: None | str | Unset = UNSET
    infer_requirements: list[JobUpdateInferRequirementsType0Item] | None | Unset = UNSET
    location: None | str | Unset = UNSET
    min_years_experience: float | None | Unset = UNSET
    nice_to_have_skills: list[str] | None | Unset = UNSET
    remote: bool | None | Unset = UNSET
    required_skills: list[str] | None | Unset = UNSET
    seniority: None | str | Unset = UNSET
    status: JobUpdateStatusType0 | None | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.job_update_company_context_type_0 import JobUpdateCompanyContextType0 # noqa: PLC0415
        company_context: dict[str, Any] | None | Unset
        if isinstance(self.company_context, Unset):
            company_context = UNSET
        elif isinstance(self.company_context, JobUpdateCompanyContextType0):
            company_context = self.company_context.to_dict()
        else:
            company_context = self.company_context

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        education_level: None | str | Unset
        if isinstance(self.education_level, Unset):
            education_level = UNSET
        else:
            education_level = self.education_level

        employment_type: None | str | Unset
        if isinstance(self.employment_type, Unset):
            employment_type = UNSET
        else:
            employment_type = self.employment_type

        infer_requirements: list[str] | None | Unset
        if isinstance(self.infer_requirements, Unset):
            infer_requirements = UNSET
        elif isinstance(self.infer_requirements, list):
            infer_requirements = []
            for infer_requirements_type_0_item_data in self.infer_requirements:
                infer_requirements_type_0_item = infer_requirements_type_0_item_data.value
                infer_requirements.append(infer_requirements_type_0_item)


        else:
            infer_requirements = self.infer_requirements

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        min_years_experience: float | None | Unset
        if isinstance(self.min_years_experience, Unset):
            min_years_experience = UNSET
        else:
            min_years_experience = self.min_years_experience

        nice_to_have_skills: list[str] | None | Unset
        if isinstance(self.nice_to_have_skills, Unset):
            nice_to_have_skills = UNSET
        elif isinstance(self.nice_to_have_skills, list):
            nice_to_have_skills = self.nice_to_have_skills


        else:
            nice_to_have_skills = self.nice_to_have_skills

        remote: bool | None | Unset
        if isinstance(self.remote, Unset):
            remote = UNSET
        else:
            remote = self.remote

        required_skills: list[str] | None | Unset
        if isinstance(self.required_skills, Unset):
            required_skills = UNSET
        elif isinstance(self.required_skills, list):
            required_skills = self.required_skills


        else:
            required_skills = self.required_skills

        seniority: None | str | Unset
        if isinstance(self.seniority, Unset):
            seniority = UNSET
        else:
            seniority = self.seniority

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, JobUpdateStatusType0):
            status = self.status.value
        else:
            status = self.status

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if company_context is not UNSET:
            field_dict["companyContext"] = company_context
        if department is not UNSET:
            field_dict["department"] = department
        if description is not UNSET:
            field_dict["description"] = description
        if education_level is not UNSET:
            field_dict["educationLevel"] = education_level
        if employment_type is not UNSET:
            field_dict["employmentType"] = employment_type
        if infer_requirements is not UNSET:
            field_dict["inferRequirements"] = infer_requirements
        if location is not UNSET:
            field_dict["location"] = location
        if min_years_experience is not UNSET:
            field_dict["minYearsExperience"] = min_years_experience
        if nice_to_have_skills is not UNSET:
            field_dict["niceToHaveSkills"] = nice_to_have_skills
        if remote is not UNSET:
            field_dict["remote"] = remote
        if required_skills is not UNSET:
            field_dict["requiredSkills"] = required_skills
        if seniority is not UNSET:
            field_dict["seniority"] = seniority
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_update_company_context_type_0 import JobUpdateCompanyContextType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_company_context(data: object) -> JobUpdateCompanyContextType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                company_context_type_0 = JobUpdateCompanyContextType0.from_dict(data)



                return company_context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobUpdateCompanyContextType0 | None | Unset, data)

        company_context = _parse_company_context(d.pop("companyContext", UNSET))


        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_education_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        education_level = _parse_education_level(d.pop("educationLevel", UNSET))


        def _parse_employment_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employment_type = _parse_employment_type(d.pop("employmentType", UNSET))


        def _parse_infer_requirements(data: object) -> list[JobUpdateInferRequirementsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                infer_requirements_type_0 = []
                _infer_requirements_type_0 = data
                for infer_requirements_type_0_item_data in (_infer_requirements_type_0):
                    infer_requirements_type_0_item = JobUpdateInferRequirementsType0Item(infer_requirements_type_0_item_data)



                    infer_requirements_type_0.append(infer_requirements_type_0_item)

                return infer_requirements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobUpdateInferRequirementsType0Item] | None | Unset, data)

        infer_requirements = _parse_infer_requirements(d.pop("inferRequirements", UNSET))


        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))


        def _parse_min_years_experience(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_years_experience = _parse_min_years_experience(d.pop("minYearsExperience", UNSET))


        def _parse_nice_to_have_skills(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                nice_to_have_skills_type_0 = cast(list[str], data)

                return nice_to_have_skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        nice_to_have_skills = _parse_nice_to_have_skills(d.pop("niceToHaveSkills", UNSET))


        def _parse_remote(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        remote = _parse_remote(d.pop("remote", UNSET))


        def _parse_required_skills(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                required_skills_type_0 = cast(list[str], data)

                return required_skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        required_skills = _parse_required_skills(d.pop("requiredSkills", UNSET))


        def _parse_seniority(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seniority = _parse_seniority(d.pop("seniority", UNSET))


        def _parse_status(data: object) -> JobUpdateStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = JobUpdateStatusType0(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobUpdateStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        job_update = cls(
            company_context=company_context,
            department=department,
            description=description,
            education_level=education_level,
            employment_type=employment_type,
            infer_requirements=infer_requirements,
            location=location,
            min_years_experience=min_years_experience,
            nice_to_have_skills=nice_to_have_skills,
            remote=remote,
            required_skills=required_skills,
            seniority=seniority,
            status=status,
            title=title,
        )


        job_update.additional_properties = d
        return job_update

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
