from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.candidate_update_employment_status_type_0 import CandidateUpdateEmploymentStatusType0
from ..models.candidate_update_type_type_0 import CandidateUpdateTypeType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.candidate_update_metadata_type_0 import CandidateUpdateMetadataType0





T = TypeVar("T", bound="CandidateUpdate")



@_attrs_define
class CandidateUpdate:
    """ 
        Attributes:
            email (None | str | Unset):
            employment_status (CandidateUpdateEmploymentStatusType0 | None | Unset):
            headline (None | str | Unset):
            is_hidden_gem (bool | None | Unset):
            location (None | str | Unset):
            metadata (CandidateUpdateMetadataType0 | None | Unset):
            name (None | str | Unset):
            phone (None | str | Unset):
            skills (list[str] | None | Unset):
            summary (None | str | Unset):
            total_years_experience (float | None | Unset):
            type_ (CandidateUpdateTypeType0 | None | Unset):
     """

    email: None | str | Unset = UNSET
    employment_status: CandidateUpdateEmploymentStatusType0 | None | Unset = UNSET
    headline: None | str | Unset = UNSET
    is_hidden_gem: bool | None | Unset = UNSET
    location: None | str | Unset = UNSET
    metadata: CandidateUpdateMetadataType0 | None | Unset = UNSET
    name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    skills: list[str] | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    total_years_experience: float | None | Unset = UNSET
    type_: CandidateUpdateTypeType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.candidate_update_metadata_type_0 import CandidateUpdateMetadataType0 # noqa: PLC0415
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        employment_status: None | str | Unset
        if isinstance(self.employment_status, Unset):
            employment_status = UNSET
        elif isinstance(self.employment_status, CandidateUpdateEmploymentStatusType0):
            employment_status = self.employment_status.value
        else:
            employment_status = self.employment_status

        headline: None | str | Unset
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        is_hidden_gem: bool | None | Unset
        if isinstance(self.is_hidden_gem, Unset):
            is_hidden_gem = UNSET
        else:
            is_hidden_gem = self.is_hidden_gem

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CandidateUpdateMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        skills: list[str] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = self.skills


        else:
            skills = self.skills

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        total_years_experience: float | None | Unset
        if isinstance(self.total_years_experience, Unset):
            total_years_experience = UNSET
        else:
            total_years_experience = self.total_years_experience

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CandidateUpdateTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if email is not UNSET:
            field_dict["email"] = email
        if employment_status is not UNSET:
            field_dict["employmentStatus"] = employment_status
        if headline is not UNSET:
            field_dict["headline"] = headline
        if is_hidden_gem is not UNSET:
            field_dict["isHiddenGem"] = is_hidden_gem
        if location is not UNSET:
            field_dict["location"] = location
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if skills is not UNSET:
            field_dict["skills"] = skills
        if summary is not UNSET:
            field_dict["summary"] = summary
        if total_years_experience is not UNSET:
            field_dict["totalYearsExperience"] = total_years_experience
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candidate_update_metadata_type_0 import CandidateUpdateMetadataType0 # noqa: PLC0415
        d = dict(src_dict)
        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_employment_status(data: object) -> CandidateUpdateEmploymentStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employment_status_type_0 = CandidateUpdateEmploymentStatusType0(data)



                return employment_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CandidateUpdateEmploymentStatusType0 | None | Unset, data)

        employment_status = _parse_employment_status(d.pop("employmentStatus", UNSET))


        def _parse_headline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headline = _parse_headline(d.pop("headline", UNSET))


        def _parse_is_hidden_gem(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_hidden_gem = _parse_is_hidden_gem(d.pop("isHiddenGem", UNSET))


        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))


        def _parse_metadata(data: object) -> CandidateUpdateMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CandidateUpdateMetadataType0.from_dict(data)



                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CandidateUpdateMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        def _parse_skills(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skills_type_0 = cast(list[str], data)

                return skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        skills = _parse_skills(d.pop("skills", UNSET))


        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))


        def _parse_total_years_experience(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_years_experience = _parse_total_years_experience(d.pop("totalYearsExperience", UNSET))


        def _parse_type_(data: object) -> CandidateUpdateTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = CandidateUpdateTypeType0(data)



                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CandidateUpdateTypeType0 | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))


        candidate_update = cls(
            email=email,
            employment_status=employment_status,
            headline=headline,
            is_hidden_gem=is_hidden_gem,
            location=location,
            metadata=metadata,
            name=name,
            phone=phone,
            skills=skills,
            summary=summary,
            total_years_experience=total_years_experience,
            type_=type_,
        )


        candidate_update.additional_properties = d
        return candidate_update

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
