from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.profile_create_commutemode import ProfileCreateCommutemode
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="ProfileCreate")



@_attrs_define
class ProfileCreate:
    """ 
        Attributes:
            home_address (str):
            job_title (str):
            name (str):
            work_address (str):
            avatar_url (None | str | Unset):
            commute_mode (ProfileCreateCommutemode | Unset):  Default: ProfileCreateCommutemode.DRIVING.
            company (None | str | Unset): the company's name (or companyId)
            company_id (None | Unset | UUID):
            email (None | str | Unset):
            phone (None | str | Unset):
            salary_band (None | str | Unset): e.g. "60000-75000" or "60k-75k"
            skills (list[str] | Unset):
     """

    home_address: str
    job_title: str
    name: str
    work_address: str
    avatar_url: None | str | Unset = UNSET
    commute_mode: ProfileCreateCommutemode | Unset = ProfileCreateCommutemode.DRIVING
    company: None | str | Unset = UNSET
    company_id: None | Unset | UUID = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    salary_band: None | str | Unset = UNSET
    skills: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        home_address = self.home_address

        job_title = self.job_title

        name = self.name

        work_address = self.work_address

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        commute_mode: str | Unset = UNSET
        if not isinstance(self.commute_mode, Unset):
            commute_mode = self.commute_mode.value


        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        elif isinstance(self.company_id, UUID):
            company_id = str(self.company_id)
        else:
            company_id = self.company_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        salary_band: None | str | Unset
        if isinstance(self.salary_band, Unset):
            salary_band = UNSET
        else:
            salary_band = self.salary_band

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "homeAddress": home_address,
            "jobTitle": job_title,
            "name": name,
            "workAddress": work_address,
        })
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        if commute_mode is not UNSET:
            field_dict["commuteMode"] = commute_mode
        if company is not UNSET:
            field_dict["company"] = company
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if salary_band is not UNSET:
            field_dict["salaryBand"] = salary_band
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        home_address = d.pop("homeAddress")

        job_title = d.pop("jobTitle")

        name = d.pop("name")

        work_address = d.pop("workAddress")

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatarUrl", UNSET))


        _commute_mode = d.pop("commuteMode", UNSET)
        commute_mode: ProfileCreateCommutemode | Unset
        if isinstance(_commute_mode,  Unset):
            commute_mode = UNSET
        else:
            commute_mode = ProfileCreateCommutemode(_commute_mode)




        def _parse_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company = _parse_company(d.pop("company", UNSET))


        def _parse_company_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                company_id_type_0 = UUID(data)



                return company_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        company_id = _parse_company_id(d.pop("companyId", UNSET))


        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        def _parse_salary_band(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salary_band = _parse_salary_band(d.pop("salaryBand", UNSET))


        skills = cast(list[str], d.pop("skills", UNSET))


        profile_create = cls(
            home_address=home_address,
            job_title=job_title,
            name=name,
            work_address=work_address,
            avatar_url=avatar_url,
            commute_mode=commute_mode,
            company=company,
            company_id=company_id,
            email=email,
            phone=phone,
            salary_band=salary_band,
            skills=skills,
        )


        profile_create.additional_properties = d
        return profile_create

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
