from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.job_create_status import JobCreateStatus
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.job_create_companycontext import JobCreateCompanycontext





T = TypeVar("T", bound="JobCreate")



@_attrs_define
class JobCreate:
    """ A new job. Requirements not given (requiredSkills / niceToHaveSkills empty,
    seniority / minYearsExperience null) are inferred from the title and description; the
    job's ``requirements`` says which were, and why.

        Attributes:
            title (str):
            company_context (JobCreateCompanycontext | Unset):
            department (None | str | Unset):
            description (str | Unset):  Default: ''.
            education_level (None | str | Unset):
            employment_type (None | str | Unset):
            location (None | str | Unset):
            min_years_experience (float | None | Unset):
            nice_to_have_skills (list[str] | Unset):
            remote (bool | None | Unset):
            required_skills (list[str] | Unset):
            seniority (None | str | Unset):
            status (JobCreateStatus | Unset):  Default: JobCreateStatus.OPEN.
     """

    title: str
    company_context: JobCreateCompanycontext | Unset = UNSET
    department: None | str | Unset = UNSET
    description: str | Unset = ''
    education_level: None | str | Unset = UNSET
    employment_type: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    min_years_experience: float | None | Unset = UNSET
    nice_to_have_skills: list[str] | Unset = UNSET
    remote: bool | None | Unset = UNSET
    required_skills: list[str] | Unset = UNSET
    seniority: None | str | Unset = UNSET
    status: JobCreateStatus | Unset = JobCreateStatus.OPEN
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.job_create_companycontext import JobCreateCompanycontext # noqa: PLC0415
        title = self.title

        company_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_context, Unset):
            company_context = self.company_context.to_dict()

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

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

        nice_to_have_skills: list[str] | Unset = UNSET
        if not isinstance(self.nice_to_have_skills, Unset):
            nice_to_have_skills = self.nice_to_have_skills



        remote: bool | None | Unset
        if isinstance(self.remote, Unset):
            remote = UNSET
        else:
            remote = self.remote

        required_skills: list[str] | Unset = UNSET
        if not isinstance(self.required_skills, Unset):
            required_skills = self.required_skills



        seniority: None | str | Unset
        if isinstance(self.seniority, Unset):
            seniority = UNSET
        else:
            seniority = self.seniority

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "title": title,
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

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_create_companycontext import JobCreateCompanycontext # noqa: PLC0415
        d = dict(src_dict)
        title = d.pop("title")

        _company_context = d.pop("companyContext", UNSET)
        company_context: JobCreateCompanycontext | Unset
        if isinstance(_company_context,  Unset):
            company_context = UNSET
        else:
            company_context = JobCreateCompanycontext.from_dict(_company_context)




        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))


        description = d.pop("description", UNSET)

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


        nice_to_have_skills = cast(list[str], d.pop("niceToHaveSkills", UNSET))


        def _parse_remote(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        remote = _parse_remote(d.pop("remote", UNSET))


        required_skills = cast(list[str], d.pop("requiredSkills", UNSET))


        def _parse_seniority(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seniority = _parse_seniority(d.pop("seniority", UNSET))


        _status = d.pop("status", UNSET)
        status: JobCreateStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = JobCreateStatus(_status)




        job_create = cls(
            title=title,
            company_context=company_context,
            department=department,
            description=description,
            education_level=education_level,
            employment_type=employment_type,
            location=location,
            min_years_experience=min_years_experience,
            nice_to_have_skills=nice_to_have_skills,
            remote=remote,
            required_skills=required_skills,
            seniority=seniority,
            status=status,
        )


        job_create.additional_properties = d
        return job_create

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
