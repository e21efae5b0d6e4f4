from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.candidate_employmentstatus import CandidateEmploymentstatus
from ..models.candidate_profilestatus import CandidateProfilestatus
from ..models.candidate_type import CandidateType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.candidate_match_statistics import CandidateMatchStatistics
  from ..models.candidate_metadata import CandidateMetadata





T = TypeVar("T", bound="Candidate")



@_attrs_define
class Candidate:
    """ 
        Attributes:
            created_at (datetime.datetime):
            email (None | str):
            employment_status (CandidateEmploymentstatus):
            flags (list[str]):
            headline (None | str):
            id (UUID):
            is_hidden_gem (bool):
            location (None | str):
            metadata (CandidateMetadata):
            name (str):
            phone (None | str):
            profile_status (CandidateProfilestatus):
            skills (list[str]):
            total_years_experience (float | None):
            type_ (CandidateType):
            updated_at (datetime.datetime):
            match_statistics (CandidateMatchStatistics | Unset):
     """

    created_at: datetime.datetime
    email: None | str
    employment_status: CandidateEmploymentstatus
    flags: list[str]
    headline: None | str
    id: UUID
    is_hidden_gem: bool
    location: None | str
    metadata: CandidateMetadata
    name: str
    phone: None | str
    profile_status: CandidateProfilestatus
    skills: list[str]
    total_years_experience: float | None
    type_: CandidateType
    updated_at: datetime.datetime
    match_statistics: CandidateMatchStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.candidate_match_statistics import CandidateMatchStatistics # noqa: PLC0415
        from ..models.candidate_metadata import CandidateMetadata # noqa: PLC0415
        created_at = self.created_at.isoformat()

        email: None | str
        email = self.email

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

        profile_status = self.profile_status.value

        skills = self.skills



        total_years_experience: float | None
        total_years_experience = self.total_years_experience

        type_ = self.type_.value

        updated_at = self.updated_at.isoformat()

        match_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.match_statistics, Unset):
            match_statistics = self.match_statistics.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "createdAt": created_at,
            "email": email,
            "employmentStatus": employment_status,
            "flags": flags,
            "headline": headline,
            "id": id,
            "isHiddenGem": is_hidden_gem,
            "location": location,
            "metadata": metadata,
            "name": name,
            "phone": phone,
            "profileStatus": profile_status,
            "skills": skills,
            "totalYearsExperience": total_years_experience,
            "type": type_,
            "updatedAt": updated_at,
        })
        if match_statistics is not UNSET:
            field_dict["matchStatistics"] = match_statistics

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candidate_match_statistics import CandidateMatchStatistics # noqa: PLC0415
        from ..models.candidate_metadata import CandidateMetadata # noqa: PLC0415
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))


        employment_status = CandidateEmploymentstatus(d.pop("employmentStatus"))




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


        metadata = CandidateMetadata.from_dict(d.pop("metadata"))




        name = d.pop("name")

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))


        profile_status = CandidateProfilestatus(d.pop("profileStatus"))




        skills = cast(list[str], d.pop("skills"))


        def _parse_total_years_experience(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        total_years_experience = _parse_total_years_experience(d.pop("totalYearsExperience"))


        type_ = CandidateType(d.pop("type"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))




        _match_statistics = d.pop("matchStatistics", UNSET)
        match_statistics: CandidateMatchStatistics | Unset
        if isinstance(_match_statistics,  Unset):
            match_statistics = UNSET
        else:
            match_statistics = CandidateMatchStatistics.from_dict(_match_statistics)




        candidate = cls(
            created_at=created_at,
            email=email,
            employment_status=employment_status,
            flags=flags,
            headline=headline,
            id=id,
            is_hidden_gem=is_hidden_gem,
            location=location,
            metadata=metadata,
            name=name,
            phone=phone,
            profile_status=profile_status,
            skills=skills,
            total_years_experience=total_years_experience,
            type_=type_,
            updated_at=updated_at,
            match_statistics=match_statistics,
        )


        candidate.additional_properties = d
        return candidate

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
