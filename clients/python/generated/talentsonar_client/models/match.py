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
  from ..models.commute import Commute
  from ..models.match_breakdown import MatchBreakdown
  from ..models.public_profile import PublicProfile





T = TypeVar("T", bound="Match")



@_attrs_define
class Match:
    """ 
        Attributes:
            breakdown (MatchBreakdown):
            commute_after_minutes (int):
            commute_before_minutes (int):
            compatibility_score (int):
            created_at (datetime.datetime):
            id (UUID):
            match_profile (PublicProfile): Another employee's profile: no home address, no contact.
            match_user_id (UUID):
            salary_compatible (bool):
            their_commute (Commute):
            user_id (UUID):
            your_commute (Commute):
     """

    breakdown: MatchBreakdown
    commute_after_minutes: int
    commute_before_minutes: int
    compatibility_score: int
    created_at: datetime.datetime
    id: UUID
    match_profile: PublicProfile
    match_user_id: UUID
    salary_compatible: bool
    their_commute: Commute
    user_id: UUID
    your_commute: Commute
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.commute import Commute # noqa: PLC0415
        from ..models.match_breakdown import MatchBreakdown # noqa: PLC0415
        from ..models.public_profile import PublicProfile # noqa: PLC0415
        breakdown = self.breakdown.to_dict()

        commute_after_minutes = self.commute_after_minutes

        commute_before_minutes = self.commute_before_minutes

        compatibility_score = self.compatibility_score

        created_at = self.created_at.isoformat()

        id = str(self.id)

        match_profile = self.match_profile.to_dict()

        match_user_id = str(self.match_user_id)

        salary_compatible = self.salary_compatible

        their_commute = self.their_commute.to_dict()

        user_id = str(self.user_id)

        your_commute = self.your_commute.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "breakdown": breakdown,
            "commuteAfterMinutes": commute_after_minutes,
            "commuteBeforeMinutes": commute_before_minutes,
            "compatibilityScore": compatibility_score,
            "createdAt": created_at,
            "id": id,
            "matchProfile": match_profile,
            "matchUserId": match_user_id,
            "salaryCompatible": salary_compatible,
            "theirCommute": their_commute,
            "userId": user_id,
            "yourCommute": your_commute,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commute import Commute # noqa: PLC0415
        from ..models.match_breakdown import MatchBreakdown # noqa: PLC0415
        from ..models.public_profile import PublicProfile # noqa: PLC0415
        d = dict(src_dict)
        breakdown = MatchBreakdown.from_dict(d.pop("breakdown"))




        commute_after_minutes = d.pop("commuteAfterMinutes")

        commute_before_minutes = d.pop("commuteBeforeMinutes")

        compatibility_score = d.pop("compatibilityScore")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        id = UUID(d.pop("id"))




        match_profile = PublicProfile.from_dict(d.pop("matchProfile"))




        match_user_id = UUID(d.pop("matchUserId"))




        salary_compatible = d.pop("salaryCompatible")

        their_commute = Commute.from_dict(d.pop("theirCommute"))




        user_id = UUID(d.pop("userId"))




        your_commute = Commute.from_dict(d.pop("yourCommute"))




        match = cls(
            breakdown=breakdown,
            commute_after_minutes=commute_after_minutes,
            commute_before_minutes=commute_before_minutes,
            compatibility_score=compatibility_score,
            created_at=created_at,
            id=id,
            match_profile=match_profile,
            match_user_id=match_user_id,
            salary_compatible=salary_compatible,
            their_commute=their_commute,
            user_id=user_id,
            your_commute=your_commute,
        )


        match.additional_properties = d
        return match

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
