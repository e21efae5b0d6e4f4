from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.job_status import JobStatus
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.job_companycontext import JobCompanycontext
  from ..models.job_requirements import JobRequirements
  from ..models.match_statistics import MatchStatistics





T = TypeVar("T", bound="Job")



@_attrs_define
class Job:
    """ 
        Attributes:
            company_context (JobCompanycontext):
            created_at (datetime.datetime):
            created_by_id (None | UUID):
            department (None | str):
            description (str):
            education_level (None | str):
            embedding_model (None | str):
            employment_type (None | str):
            id (UUID):
            location (None | str):
            min_years_experience (float | None):
            nice_to_have_skills (list[str]):
            remote (bool | None):
            required_skills (list[str]):
            seniority (None | str):
            status (JobStatus):
            title (str):
            updated_at (datetime.datetime):
            match_statistics (MatchStatistics | Unset):
            requirements (JobRequirements | Unset): Provenance of the job's requirement fields; a field is ``null`` on a job
                whose
                requirements were never inferred (created before inference existed, until the
                maintenance refresh reaches it).
     """

    company_context: JobCompanycontext
    created_at: datetime.datetime
    created_by_id: None | UUID
    department: None | str
    description: str
    education_level: None | str
    embedding_model: None | str
    employment_type: None | str
    id: UUID
    location: None | str
    min_years_experience: float | None
    nice_to_have_skills: list[str]
    remote: bool | None
    required_skills: list[str]
    seniority: None | str
    status: JobStatus
    title: str
    updated_at: datetime.datetime
    match_statistics: MatchStatistics | Unset = UNSET
    requirements: JobRequirements | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.job_companycontext import JobCompanycontext # noqa: PLC0415
        from ..models.job_requirements import JobRequirements # noqa: PLC0415
        from ..models.match_statistics import MatchStatistics # noqa: PLC0415
        company_context = self.company_context.to_dict()

        created_at = self.created_at.isoformat()

        created_by_id: None | str
        if isinstance(self.created_by_id, UUID):
            created_by_id = str(self.created_by_id)
        else:
            created_by_id = self.created_by_id

        department: None | str
        department = self.department

        description = self.description

        education_level: None | str
        education_level = self.education_level

        embedding_model: None | str
        embedding_model = self.embedding_model

        employment_type: None | str
        employment_type = self.employment_type

        id = str(self.id)

        location: None | str
        location = self.location

        min_years_experience: float | None
        min_years_experience = self.min_years_experience

        nice_to_have_skills = self.nice_to_have_skills



        remote: bool | None
        remote = self.remote

        required_skills = self.required_skills



        seniority: None | str
        seniority = self.seniority

        status = self.status.value

        title = self.title

        updated_at = self.updated_at.isoformat()

        match_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.match_statistics, Unset):
            match_statistics = self.match_statistics.to_dict()

        requirements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = self.requirements.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "companyContext": company_context,
            "createdAt": created_at,
            "createdById": created_by_id,
            "department": department,
            "description": description,
            "educationLevel": education_level,
            "embeddingModel": embedding_model,
            "employmentType": employment_type,
            "id": id,
            "location": location,
            "minYearsExperience": min_years_experience,
            "niceToHaveSkills": nice_to_have_skills,
            "remote": remote,
            "requiredSkills": required_skills,
            "seniority": seniority,
            "status": status,
            "title": title,
            "updatedAt": updated_at,
        })
        if match_statistics is not UNSET:
            field_dict["matchStatistics"] = match_statistics
        if requirements is not UNSET:
            field_dict["requirements"] = requirements

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_companycontext import JobCompanycontext # noqa: PLC0415
        from ..models.job_requirements import JobRequirements # noqa: PLC0415
        from ..models.match_statistics import MatchStatistics # noqa: PLC0415
        d = dict(src_dict)
        company_context = JobCompanycontext.from_dict(d.pop("companyContext"))




        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        def _parse_created_by_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_id_type_0 = UUID(data)



                return created_by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by_id = _parse_created_by_id(d.pop("createdById"))


        def _parse_department(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        department = _parse_department(d.pop("department"))


        description = d.pop("description")

        def _parse_education_level(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        education_level = _parse_education_level(d.pop("educationLevel"))


        def _parse_embedding_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        embedding_model = _parse_embedding_model(d.pop("embeddingModel"))


        def _parse_employment_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employment_type = _parse_employment_type(d.pop("employmentType"))


        id = UUID(d.pop("id"))




        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))


        def _parse_min_years_experience(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        min_years_experience = _parse_min_years_experience(d.pop("minYearsExperience"))


        nice_to_have_skills = cast(list[str], d.pop("niceToHaveSkills"))


        def _parse_remote(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        remote = _parse_remote(d.pop("remote"))


        required_skills = cast(list[str], d.pop("requiredSkills"))


        def _parse_seniority(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        seniority = _parse_seniority(d.pop("seniority"))


        status = JobStatus(d.pop("status"))




        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))




        _match_statistics = d.pop("matchStatistics", UNSET)
        match_statistics: MatchStatistics | Unset
        if isinstance(_match_statistics,  Unset):
            match_statistics = UNSET
        else:
            match_statistics = MatchStatistics.from_dict(_match_statistics)




        _requirements = d.pop("requirements", UNSET)
        requirements: JobRequirements | Unset
        if isinstance(_requirements,  Unset):
            requirements = UNSET
        else:
            requirements = JobRequirements.from_dict(_requirements)




        job = cls(
            company_context=company_context,
            created_at=created_at,
            created_by_id=created_by_id,
            department=department,
            description=description,
            education_level=education_level,
            embedding_model=embedding_model,
            employment_type=employment_type,
            id=id,
            location=location,
            min_years_experience=min_years_experience,
            nice_to_have_skills=nice_to_have_skills,
            remote=remote,
            required_skills=required_skills,
            seniority=seniority,
            status=status,
            title=title,
            updated_at=updated_at,
            match_statistics=match_statistics,
            requirements=requirements,
        )


        job.additional_properties = d
        return job

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
