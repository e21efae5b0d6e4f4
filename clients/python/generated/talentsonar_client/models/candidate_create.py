from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.candidate_create_employmentstatus import CandidateCreateEmploymentstatus
from ..models.candidate_create_type import CandidateCreateType
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.candidate_create_metadata import CandidateCreateMetadata





T = TypeVar("T", bound="CandidateCreate")



@_attrs_define
class CandidateCreate:
    """ 
        Attributes:
            name (str):
            email (None | str | Unset):
            employment_status (CandidateCreateEmploymentstatus | Unset):  Default:
                CandidateCreateEmploymentstatus.AVAILABLE.
            headline (None | str | Unset):
            is_hidden_gem (bool | Unset):  Default: False.
            location (None | str | Unset):
            metadata (CandidateCreateMetadata | Unset):
            phone (None | str | Unset):
            skills (list[str] | Unset):
            summary (None | str | Unset):
            total_years_experience (float | None | Unset):
            type_ (CandidateCreateType | Unset):  Default: CandidateCreateType.SOURCED.
     """

    name: str
    email: None | str | Unset = UNSET
    employment_status: CandidateCreateEmploymentstatus | Unset = CandidateCreateEmploymentstatus.AVAILABLE
    headline: None | str | Unset = UNSET
    is_hidden_gem: bool | Unset = False
    location: None | str | Unset = UNSET
    metadata: CandidateCreateMetadata | Unset = UNSET
    phone: None | str | Unset = UNSET
    skills: list[str] | Unset = UNSET
    summary: None | str | Unset = UNSET
    total_years_experience: float | None | Unset = UNSET
    type_: CandidateCreateType | Unset = CandidateCreateType.SOURCED
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.candidate_create_metadata import CandidateCreateMetadata # noqa: PLC0415
        name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        employment_status: str | Unset = UNSET
        if not isinstance(self.employment_status, Unset):
            employment_status = self.employment_status.value


        headline: None | str | Unset
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        is_hidden_gem = self.is_hidden_gem

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
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

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
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
        from ..models.candidate_create_metadata import CandidateCreateMetadata # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        _employment_status = d.pop("employmentStatus", UNSET)
        employment_status: CandidateCreateEmploymentstatus | Unset
        if isinstance(_employment_status,  Unset):
            employment_status = UNSET
        else:
            employment_status = CandidateCreateEmploymentstatus(_employment_status)




        def _parse_headline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headline = _parse_headline(d.pop("headline", UNSET))


        is_hidden_gem = d.pop("isHiddenGem", UNSET)

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))


        _metadata = d.pop("metadata", UNSET)
        metadata: CandidateCreateMetadata | Unset
        if isinstance(_metadata,  Unset):
            metadata = UNSET
        else:
            metadata = CandidateCreateMetadata.from_dict(_metadata)




        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        skills = cast(list[str], d.pop("skills", UNSET))


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


        _type_ = d.pop("type", UNSET)
        type_: CandidateCreateType | Unset
        if isinstance(_type_,  Unset):
            type_ = UNSET
        else:
            type_ = CandidateCreateType(_type_)




        candidate_create = cls(
            name=name,
            email=email,
            employment_status=employment_status,
            headline=headline,
            is_hidden_gem=is_hidden_gem,
            location=location,
            metadata=metadata,
            phone=phone,
            skills=skills,
            summary=summary,
            total_years_experience=total_years_experience,
            type_=type_,
        )


        candidate_create.additional_properties = d
        return candidate_create

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
