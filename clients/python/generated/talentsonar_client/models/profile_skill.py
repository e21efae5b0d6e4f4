from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.source_evidence import SourceEvidence





T = TypeVar("T", bound="ProfileSkill")



@_attrs_define
class ProfileSkill:
    """ 
        Attributes:
            confidence (float):
            name (str):
            proficiency (float):
            sources (list[SourceEvidence]):
            status (str):
            category (None | str | Unset):
            verified_at (datetime.datetime | None | Unset):
     """

    confidence: float
    name: str
    proficiency: float
    sources: list[SourceEvidence]
    status: str
    category: None | str | Unset = UNSET
    verified_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.source_evidence import SourceEvidence # noqa: PLC0415
        confidence = self.confidence

        name = self.name

        proficiency = self.proficiency

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)



        status = self.status

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        verified_at: None | str | Unset
        if isinstance(self.verified_at, Unset):
            verified_at = UNSET
        elif isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "confidence": confidence,
            "name": name,
            "proficiency": proficiency,
            "sources": sources,
            "status": status,
        })
        if category is not UNSET:
            field_dict["category"] = category
        if verified_at is not UNSET:
            field_dict["verifiedAt"] = verified_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_evidence import SourceEvidence # noqa: PLC0415
        d = dict(src_dict)
        confidence = d.pop("confidence")

        name = d.pop("name")

        proficiency = d.pop("proficiency")

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in (_sources):
            sources_item = SourceEvidence.from_dict(sources_item_data)



            sources.append(sources_item)


        status = d.pop("status")

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))


        def _parse_verified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)



                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        verified_at = _parse_verified_at(d.pop("verifiedAt", UNSET))


        profile_skill = cls(
            confidence=confidence,
            name=name,
            proficiency=proficiency,
            sources=sources,
            status=status,
            category=category,
            verified_at=verified_at,
        )


        profile_skill.additional_properties = d
        return profile_skill

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
