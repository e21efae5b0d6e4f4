from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.public_location import PublicLocation





T = TypeVar("T", bound="PublicProfile")



@_attrs_define
class PublicProfile:
    """ Another employee's profile: no home address, no contact.

        Attributes:
            avatar_url (None | str):
            commute_minutes (int):
            company (str):
            home_location (PublicLocation): A place as other employees see it: the coarse area only.
            id (UUID):
            job_title (str):
            name (str):
            salary_band (None | str):
            skills (list[str]):
            work_location (PublicLocation): A place as other employees see it: the coarse area only.
     """

    avatar_url: None | str
    commute_minutes: int
    company: str
    home_location: PublicLocation
    id: UUID
    job_title: str
    name: str
    salary_band: None | str
    skills: list[str]
    work_location: PublicLocation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.public_location import PublicLocation # noqa: PLC0415
        avatar_url: None | str
        avatar_url = self.avatar_url

        commute_minutes = self.commute_minutes

        company = self.company

        home_location = self.home_location.to_dict()

        id = str(self.id)

        job_title = self.job_title

        name = self.name

        salary_band: None | str
        salary_band = self.salary_band

        skills = self.skills



        work_location = self.work_location.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "avatarUrl": avatar_url,
            "commuteMinutes": commute_minutes,
            "company": company,
            "homeLocation": home_location,
            "id": id,
            "jobTitle": job_title,
            "name": name,
            "salaryBand": salary_band,
            "skills": skills,
            "workLocation": work_location,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_location import PublicLocation # noqa: PLC0415
        d = dict(src_dict)
        def _parse_avatar_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        avatar_url = _parse_avatar_url(d.pop("avatarUrl"))


        commute_minutes = d.pop("commuteMinutes")

        company = d.pop("company")

        home_location = PublicLocation.from_dict(d.pop("homeLocation"))




        id = UUID(d.pop("id"))




        job_title = d.pop("jobTitle")

        name = d.pop("name")

        def _parse_salary_band(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        salary_band = _parse_salary_band(d.pop("salaryBand"))


        skills = cast(list[str], d.pop("skills"))


        work_location = PublicLocation.from_dict(d.pop("workLocation"))




        public_profile = cls(
            avatar_url=avatar_url,
            commute_minutes=commute_minutes,
            company=company,
            home_location=home_location,
            id=id,
            job_title=job_title,
            name=name,
            salary_band=salary_band,
            skills=skills,
            work_location=work_location,
        )


        public_profile.additional_properties = d
        return public_profile

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
