from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.profile_update_commute_mode_type_0 import ProfileUpdateCommuteModeType0
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="ProfileUpdate")



@_attrs_define
class ProfileUpdate:
    """ 
        Attributes:
            avatar_url (None | str | Unset):
            commute_mode (None | ProfileUpdateCommuteModeType0 | Unset):
            company (None | str | Unset):
            company_id (None | Unset | UUID):
            home_address (None | str | Unset):
            job_title (None | str | Unset):
            name (None | str | Unset):
            phone (None | str | Unset):
            salary_band (None | str | Unset):
            skills (list[str] | None | Unset):
            work_address (None | str | Unset):
     """

    avatar_url: None | str | Unset = UNSET
    commute_mode: None | ProfileUpdateCommuteModeType0 | Unset = UNSET
    company: None | str | Unset = UNSET
    company_id: None | Unset | UUID = UNSET
    home_address: None | str | Unset = UNSET
    job_title: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    salary_band: None | str | Unset = UNSET
    skills: list[str] | None | Unset = UNSET
    work_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        commute_mode: None | str | Unset
        if isinstance(self.commute_mode, Unset):
            commute_mode = UNSET
        elif isinstance(self.commute_mode, ProfileUpdateCommuteModeType0):
            commute_mode = self.commute_mode.value
        else:
            commute_mode = self.commute_mode

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

        home_address: None | str | Unset
        if isinstance(self.home_address, Unset):
            home_address = UNSET
        else:
            home_address = self.home_address

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

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

        salary_band: None | str | Unset
        if isinstance(self.salary_band, Unset):
            salary_band = UNSET
        else:
            salary_band = self.salary_band

        skills: list[str] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = self.skills


        else:
            skills = self.skills

        work_address: None | str | Unset
        if isinstance(self.work_address, Unset):
            work_address = UNSET
        else:
            work_address = self.work_address


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        if commute_mode is not UNSET:
            field_dict["commuteMode"] = commute_mode
        if company is not UNSET:
            field_dict["company"] = company
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if home_address is not UNSET:
            field_dict["homeAddress"] = home_address
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if salary_band is not UNSET:
            field_dict["salaryBand"] = salary_band
        if skills is not UNSET:
            field_dict["skills"] = skills
        if work_address is not UNSET:
            field_dict["workAddress"] = work_address

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatarUrl", UNSET))


        def _parse_commute_mode(data: object) -> None | ProfileUpdateCommuteModeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                commute_mode_type_0 = ProfileUpdateCommuteModeType0(data)



                return commute_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfileUpdateCommuteModeType0 | Unset, data)

        commute_mode = _parse_commute_mode(d.pop("commuteMode", UNSET))


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


        def _parse_home_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        home_address = _parse_home_address(d.pop("homeAddress", UNSET))


        def _parse_job_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_title = _parse_job_title(d.pop("jobTitle", UNSET))


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


        def _parse_salary_band(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salary_band = _parse_salary_band(d.pop("salaryBand", UNSET))


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


        def _parse_work_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        work_address = _parse_work_address(d.pop("workAddress", UNSET))


        profile_update = cls(
            avatar_url=avatar_url,
            commute_mode=commute_mode,
            company=company,
            company_id=company_id,
            home_address=home_address,
            job_title=job_title,
            name=name,
            phone=phone,
            salary_band=salary_band,
            skills=skills,
            work_address=work_address,
        )


        profile_update.additional_properties = d
        return profile_update

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
