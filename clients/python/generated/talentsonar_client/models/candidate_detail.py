from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.candidate_detail_employmentstatus import CandidateDetailEmploymentstatus
from ..models.candidate_detail_profilestatus import CandidateDetailProfilestatus
from ..models.candidate_detail_type import CandidateDetailType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.candidate_detail_metadata import CandidateDetailMetadata
  from ..models.candidate_detail_profile import CandidateDetailProfile
  from ..models.candidate_match_statistics import CandidateMatchStatistics
  from ..models.cv_document_out import CvDocumentOut
  from ..models.skill_detail import SkillDetail





T = TypeVar("T", bound="CandidateDetail")



@_attrs_define
class CandidateDetail:
    """ 
        Attributes:
            created_at (datetime.datetime):
            email (None | str):
            embedding_model (None | str):
            employment_status (CandidateDetailEmploymentstatus):
            flags (list[str]):
            headline (None | str):
            id (UUID):
            is_hidden_gem (bool):
            location (None | str):
            metadata (CandidateDetailMetadata):
            name (str):
            phone (None | str):
            profile (CandidateDetailProfile):
            profile_status (CandidateDetailProfilestatus):
            skills (list[str]):
            summary (None | str):
            total_years_experience (float | None):
            type_ (CandidateDetailType):
            updated_at (datetime.datetime):
            cv_download_path (None | str | Unset): The current CV through the API (bearer token; any version)
            cv_file_url (None | str | Unset): The current CV, for a browser: a short-lived link that needs no bearer token
                (S3 presigned, or signed by the API); ask again once it expires
            documents (list[CvDocumentOut] | Unset):
            match_statistics (CandidateMatchStatistics | Unset):
            skill_details (list[SkillDetail] | Unset):
     """

    created_at: datetime.datetime
    email: None | str
    embedding_model: None | str
    employment_status: CandidateDetailEmploymentstatus
    flags: list[str]
    headline: None | str
    id: UUID
    is_hidden_gem: bool
    location: None | str
    metadata: CandidateDetailMetadata
    name: str
    phone: None | str
    profile: CandidateDetailProfile
    profile_status: CandidateDetailProfilestatus
    skills: list[str]
    summary: None | str
    total_years_experience: float | None
    type_: CandidateDetailType
    updated_at: datetime.datetime
    cv_download_path: None | str | Unset = UNSET
    cv_file_url: None | str | Unset = UNSET
    documents: list[CvDocumentOut] | Unset = UNSET
    match_statistics: CandidateMatchStatistics | Unset = UNSET
    skill_details: list[SkillDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.candidate_detail_metadata import CandidateDetailMetadata # noqa: PLC0415
        from ..models.candidate_detail_profile import CandidateDetailProfile # noqa: PLC0415
        from ..models.candidate_match_statistics import CandidateMatchStatistics # noqa: PLC0415
        from ..models.cv_document_out import CvDocumentOut # noqa: PLC0415
        from ..models.skill_detail import SkillDetail # noqa: PLC0415
        created_at = self.created_at.isoformat()

        email: None | str
        email = self.email

        embedding_model: None | str
        embedding_model = self.embedding_model

        employment_status = self.employment_status.value

        flags = self.flags



        headline: None | str
        headline = self.headline

        id = str(self.id)

        is_hidden_gem = self.is_hidden_gem

        location: None | str
        location = self.location

        metadata = self.metadata.to_dict()

        name = self.name

        phone: None | str
        phone = self.phone

        profile = self.profile.to_dict()

        profile_status = self.profile_status.value

        skills = self.skills



        summary: None | str
        summary = self.summary

        total_years_experience: float | None
        total_years_experience = self.total_years_experience

        type_ = self.type_.value

        updated_at = self.updated_at.isoformat()

        cv_download_path: None | str | Unset
        if isinstance(self.cv_download_path, Unset):
            cv_download_path = UNSET
        else:
            cv_download_path = self.cv_download_path

        cv_file_url: None | str | Unset
        if isinstance(self.cv_file_url, Unset):
            cv_file_url = UNSET
        else:
            cv_file_url = self.cv_file_url

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)



        match_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.match_statistics, Unset):
            match_statistics = self.match_statistics.to_dict()

        skill_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skill_details, Unset):
            skill_details = []
            for skill_details_item_data in self.skill_details:
                skill_details_item = skill_details_item_data.to_dict()
                skill_details.append(skill_details_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "createdAt": created_at,
            "email": email,
            "embeddingModel": embedding_model,
            "employmentStatus": employment_status,
            "flags": flags,
            "headline": headline,
            "id": id,
            "isHiddenGem": is_hidden_gem,
            "location": location,
            "metadata": metadata,
            "name": name,
            "phone": phone,
            "profile": profile,
            "profileStatus": profile_status,
            "skills": skills,
            "summary": summary,
            "totalYearsExperience": total_years_experience,
            "type": type_,
            "updatedAt": updated_at,
        })
        if cv_download_path is not UNSET:
            field_dict["cvDownloadPath"] = cv_download_path
        if cv_file_url is not UNSET:
            field_dict["cvFileUrl"] = cv_file_url
        if documents is not UNSET:
            field_dict["documents"] = documents
        if match_statistics is not UNSET:
            field_dict["matchStatistics"] = match_statistics
        if skill_details is not UNSET:
            field_dict["skillDetails"] = skill_details

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candidate_detail_metadata import CandidateDetailMetadata # noqa: PLC0415
        from ..models.candidate_detail_profile import CandidateDetailProfile # noqa: PLC0415
        from ..models.candidate_match_statistics import CandidateMatchStatistics # noqa: PLC0415
        from ..models.cv_document_out import CvDocumentOut # noqa: PLC0415
        from ..models.skill_detail import SkillDetail # noqa: PLC0415
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))


        def _parse_embedding_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        embedding_model = _parse_embedding_model(d.pop("embeddingModel"))


        employment_status = CandidateDetailEmploymentstatus(d.pop("employmentStatus"))




        flags = cast(list[str], d.pop("flags"))


        def _parse_headline(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        headline = _parse_headline(d.pop("headline"))


        id = UUID(d.pop("id"))




        is_hidden_gem = d.pop("isHiddenGem")

        def _parse_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location = _parse_location(d.pop("location"))


        metadata = CandidateDetailMetadata.from_dict(d.pop("metadata"))




        name = d.pop("name")

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))


        profile = CandidateDetailProfile.from_dict(d.pop("profile"))




        profile_status = CandidateDetailProfilestatus(d.pop("profileStatus"))




        skills = cast(list[str], d.pop("skills"))


        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))


        def _parse_total_years_experience(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        total_years_experience = _parse_total_years_experience(d.pop("totalYearsExperience"))


        type_ = CandidateDetailType(d.pop("type"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))




        def _parse_cv_download_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cv_download_path = _parse_cv_download_path(d.pop("cvDownloadPath", UNSET))


        def _parse_cv_file_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cv_file_url = _parse_cv_file_url(d.pop("cvFileUrl", UNSET))


        _documents = d.pop("documents", UNSET)
        documents: list[CvDocumentOut] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = CvDocumentOut.from_dict(documents_item_data)



                documents.append(documents_item)


        _match_statistics = d.pop("matchStatistics", UNSET)
        match_statistics: CandidateMatchStatistics | Unset
        if isinstance(_match_statistics,  Unset):
            match_statistics = UNSET
        else:
            match_statistics = CandidateMatchStatistics.from_dict(_match_statistics)




        _skill_details = d.pop("skillDetails", UNSET)
        skill_details: list[SkillDetail] | Unset = UNSET
        if _skill_details is not UNSET:
            skill_details = []
            for skill_details_item_data in _skill_details:
                skill_details_item = SkillDetail.from_dict(skill_details_item_data)



                skill_details.append(skill_details_item)


        candidate_detail = cls(
            created_at=created_at,
            email=email,
            embedding_model=embedding_model,
            employment_status=employment_status,
            flags=flags,
            headline=headline,
            id=id,
            is_hidden_gem=is_hidden_gem,
            location=location,
            metadata=metadata,
            name=name,
            phone=phone,
            profile=profile,
            profile_status=profile_status,
            skills=skills,
            summary=summary,
            total_years_experience=total_years_experience,
            type_=type_,
            updated_at=updated_at,
            cv_download_path=cv_download_path,
            cv_file_url=cv_file_url,
            documents=documents,
            match_statistics=match_statistics,
            skill_details=skill_details,
        )


        candidate_detail.additional_properties = d
        return candidate_detail

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
