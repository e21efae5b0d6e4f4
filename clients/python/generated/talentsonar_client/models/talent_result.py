from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.talent_result_source import TalentResultSource
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="TalentResult")



@_attrs_define
class TalentResult:
    """ 
        Attributes:
            name (str):
            candidate_id (None | Unset | UUID):
            company (None | str | Unset):
            email (None | str | Unset):
            linkedin_url (None | str | Unset):
            location (None | str | Unset):
            score (float | None | Unset):
            skills (list[str] | Unset):
            source (TalentResultSource | Unset):  Default: TalentResultSource.EXTERNAL.
            sources (list[str] | Unset):
            title (None | str | Unset):
     """

    name: str
    candidate_id: None | Unset | UUID = UNSET
    company: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    linkedin_url: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    score: float | None | Unset = UNSET
    skills: list[str] | Unset = UNSET
    source: TalentResultSource | Unset = TalentResultSource.EXTERNAL
    sources: list[str] | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        candidate_id: None | str | Unset
        if isinstance(self.candidate_id, Unset):
            candidate_id = UNSET
        elif isinstance(self.candidate_id, UUID):
            candidate_id = str(self.candidate_id)
        else:
            candidate_id = self.candidate_id

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        linkedin_url: None | str | Unset
        if isinstance(self.linkedin_url, Unset):
            linkedin_url = UNSET
        else:
            linkedin_url = self.linkedin_url

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills



        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value


        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources



        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
        })
        if candidate_id is not UNSET:
            field_dict["candidateId"] = candidate_id
        if company is not UNSET:
            field_dict["company"] = company
        if email is not UNSET:
            field_dict["email"] = email
        if linkedin_url is not UNSET:
            field_dict["linkedinUrl"] = linkedin_url
        if location is not UNSET:
            field_dict["location"] = location
        if score is not UNSET:
            field_dict["score"] = score
        if skills is not UNSET:
            field_dict["skills"] = skills
        if source is not UNSET:
            field_dict["source"] = source
        if sources is not UNSET:
            field_dict["sources"] = sources
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_candidate_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                candidate_id_type_0 = UUID(data)



                return candidate_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        candidate_id = _parse_candidate_id(d.pop("candidateId", UNSET))


        def _parse_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company = _parse_company(d.pop("company", UNSET))


        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_linkedin_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_url = _parse_linkedin_url(d.pop("linkedinUrl", UNSET))


        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))


        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))


        skills = cast(list[str], d.pop("skills", UNSET))


        _source = d.pop("source", UNSET)
        source: TalentResultSource | Unset
        if isinstance(_source,  Unset):
            source = UNSET
        else:
            source = TalentResultSource(_source)




        sources = cast(list[str], d.pop("sources", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        talent_result = cls(
            name=name,
            candidate_id=candidate_id,
            company=company,
            email=email,
            linkedin_url=linkedin_url,
            location=location,
            score=score,
            skills=skills,
            source=source,
            sources=sources,
            title=title,
        )


        talent_result.additional_properties = d
        return talent_result

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
