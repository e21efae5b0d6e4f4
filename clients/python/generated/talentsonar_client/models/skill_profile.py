from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.profile_skill import ProfileSkill





T = TypeVar("T", bound="SkillProfile")



@_attrs_define
class SkillProfile:
    """ 
        Attributes:
            candidate_id (UUID):
            claimed_count (int):
            failed_count (int):
            skills (list[ProfileSkill]):
            verified_count (int):
     """

    candidate_id: UUID
    claimed_count: int
    failed_count: int
    skills: list[ProfileSkill]
    verified_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.profile_skill import ProfileSkill # noqa: PLC0415
        candidate_id = str(self.candidate_id)

        claimed_count = self.claimed_count

        failed_count = self.failed_count

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)



        verified_count = self.verified_count


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidateId": candidate_id,
            "claimedCount": claimed_count,
            "failedCount": failed_count,
            "skills": skills,
            "verifiedCount": verified_count,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profile_skill import ProfileSkill # noqa: PLC0415
        d = dict(src_dict)
        candidate_id = UUID(d.pop("candidateId"))




        claimed_count = d.pop("claimedCount")

        failed_count = d.pop("failedCount")

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in (_skills):
            skills_item = ProfileSkill.from_dict(skills_item_data)



            skills.append(skills_item)


        verified_count = d.pop("verifiedCount")

        skill_profile = cls(
            candidate_id=candidate_id,
            claimed_count=claimed_count,
            failed_count=failed_count,
            skills=skills,
            verified_count=verified_count,
        )


        skill_profile.additional_properties = d
        return skill_profile

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
