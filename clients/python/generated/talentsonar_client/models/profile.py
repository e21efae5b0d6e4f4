from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.location import Location





T = TypeVar("T", bound="Profile")



@_attrs_define
class Profile:
    """ The owner's own profile (home address included). ``id`` is the seed's user id;
    ``accountId`` the sign-in account.

        Attributes:
            account_id (None | UUID):
            avatar_url (None | str):
            commute_minutes (int):
            commute_mode (str):
            company (str):
            company_id (UUID):
            created_at (datetime.datetime):
            email (str):
            has_resume (bool):
            home_location (Location): A place as its owner sees it.
            id (UUID):
            job_title (str):
            name (str):
            phone (None | str):
            profile_complete (bool):
            salary_band (None | str):
            skills (list[str]):
            updated_at (datetime.datetime):
            work_location (Location): A place as its owner sees it.
     """

    account_id: None | UUID
    avatar_url: None | str
    commute_minutes: int
    commute_mode: str
    company: str
    company_id: UUID
    created_at: datetime.datetime
    email: str
    has_resume: bool
    home_location: Location
    id: UUID
    job_title: str
    name: str
    phone: None | str
    profile_complete: bool
    salary_band: None | str
    skills: list[str]
    updated_at: datetime.datetime
    work_location: Location
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.location import Location # noqa: PLC0415
        account_id: None | str
        if isinstance(self.account_id, UUID):
            account_id = str(self.account_id)
        else:
            account_id = self.account_id

        avatar_url: None | str
        avatar_url = self.avatar_url

        commute_minutes = self.commute_minutes

        commute_mode = self.commute_mode

        company = self.company

        company_id = str(self.company_id)

        created_at = self.created_at.isoformat()

        email = self.email

        has_resume = self.has_resume

        home_location = self.home_location.to_dict()

        id = str(self.id)

        job_title = self.job_title

        name = self.name

        phone: None | str
        phone = self.phone

        profile_complete = self.profile_complete

        salary_band: None | str
        salary_band = self.salary_band

        skills = self.skills



        updated_at = self.updated_at.isoformat()

        work_location = self.work_location.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "accountId": account_id,
            "avatarUrl": avatar_url,
            "commuteMinutes": commute_minutes,
            "commuteMode": commute_mode,
            "company": company,
            "companyId": company_id,
            "createdAt": created_at,
            "email": email,
            "hasResume": has_resume,
            "homeLocation": home_location,
            "id": id,
            "jobTitle": job_title,
            "name": name,
            "phone": phone,
            "profileComplete": profile_complete,
            "salaryBand": salary_band,
            "skills": skills,
            "updatedAt": updated_at,
            "workLocation": work_location,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location import Location # noqa: PLC0415
        d = dict(src_dict)
        def _parse_account_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                account_id_type_0 = UUID(data)



                return account_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        account_id = _parse_account_id(d.pop("accountId"))


        def _parse_avatar_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        avatar_url = _parse_avatar_url(d.pop("avatarUrl"))


        commute_minutes = d.pop("commuteMinutes")

        commute_mode = d.pop("commuteMode")

        company = d.pop("company")

        company_id = UUID(d.pop("companyId"))




        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        email = d.pop("email")

        has_resume = d.pop("hasResume")

        home_location = Location.from_dict(d.pop("homeLocation"))




        id = UUID(d.pop("id"))




        job_title = d.pop("jobTitle")

        name = d.pop("name")

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))


        profile_complete = d.pop("profileComplete")

        def _parse_salary_band(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        salary_band = _parse_salary_band(d.pop("salaryBand"))


        skills = cast(list[str], d.pop("skills"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))




        work_location = Location.from_dict(d.pop("workLocation"))




        profile = cls(
            account_id=account_id,
            avatar_url=avatar_url,
            commute_minutes=commute_minutes,
            commute_mode=commute_mode,
            company=company,
            company_id=company_id,
            created_at=created_at,
            email=email,
            has_resume=has_resume,
            home_location=home_location,
            id=id,
            job_title=job_title,
            name=name,
            phone=phone,
            profile_complete=profile_complete,
            salary_band=salary_band,
            skills=skills,
            updated_at=updated_at,
            work_location=work_location,
        )


        profile.additional_properties = d
        return profile

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
