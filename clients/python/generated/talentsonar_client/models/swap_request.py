from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.swap_request_direction import SwapRequestDirection
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.contact import Contact
  from ..models.public_profile import PublicProfile





T = TypeVar("T", bound="SwapRequest")



@_attrs_define
class SwapRequest:
    """ 
        Attributes:
            accepted_by_them (bool):
            accepted_by_you (bool):
            commute_savings_minutes (int):
            counterpart (PublicProfile): Another employee's profile: no home address, no contact.
            counterpart_contact (Contact | None):
            counterpart_resume_url (None | str):
            created_at (datetime.datetime):
            direction (SwapRequestDirection):
            from_user_id (UUID):
            id (UUID):
            match_id (None | UUID):
            message (str):
            share_contact (bool):
            share_resume (bool):
            status (str):
            to_user_id (UUID):
     """

    accepted_by_them: bool
    accepted_by_you: bool
    commute_savings_minutes: int
    counterpart: PublicProfile
    counterpart_contact: Contact | None
    counterpart_resume_url: None | str
    created_at: datetime.datetime
    direction: SwapRequestDirection
    from_user_id: UUID
    id: UUID
    match_id: None | UUID
    message: str
    share_contact: bool
    share_resume: bool
    status: str
    to_user_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.contact import Contact # noqa: PLC0415
        from ..models.public_profile import PublicProfile # noqa: PLC0415
        accepted_by_them = self.accepted_by_them

        accepted_by_you = self.accepted_by_you

        commute_savings_minutes = self.commute_savings_minutes

        counterpart = self.counterpart.to_dict()

        counterpart_contact: dict[str, Any] | None
        if isinstance(self.counterpart_contact, Contact):
            counterpart_contact = self.counterpart_contact.to_dict()
        else:
            counterpart_contact = self.counterpart_contact

        counterpart_resume_url: None | str
        counterpart_resume_url = self.counterpart_resume_url

        created_at = self.created_at.isoformat()

        direction = self.direction.value

        from_user_id = str(self.from_user_id)

        id = str(self.id)

        match_id: None | str
        if isinstance(self.match_id, UUID):
            match_id = str(self.match_id)
        else:
            match_id = self.match_id

        message = self.message

        share_contact = self.share_contact

        share_resume = self.share_resume

        status = self.status

        to_user_id = str(self.to_user_id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "acceptedByThem": accepted_by_them,
            "acceptedByYou": accepted_by_you,
            "commuteSavingsMinutes": commute_savings_minutes,
            "counterpart": counterpart,
            "counterpartContact": counterpart_contact,
            "counterpartResumeUrl": counterpart_resume_url,
            "createdAt": created_at,
            "direction": direction,
            "fromUserId": from_user_id,
            "id": id,
            "matchId": match_id,
            "message": message,
            "shareContact": share_contact,
            "shareResume": share_resume,
            "status": status,
            "toUserId": to_user_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact # noqa: PLC0415
        from ..models.public_profile import PublicProfile # noqa: PLC0415
        d = dict(src_dict)
        accepted_by_them = d.pop("acceptedByThem")

        accepted_by_you = d.pop("acceptedByYou")

        commute_savings_minutes = d.pop("commuteSavingsMinutes")

        counterpart = PublicProfile.from_dict(d.pop("counterpart"))




        def _parse_counterpart_contact(data: object) -> Contact | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                counterpart_contact_type_0 = Contact.from_dict(data)



                return counterpart_contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Contact | None, data)

        counterpart_contact = _parse_counterpart_contact(d.pop("counterpartContact"))


        def _parse_counterpart_resume_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        counterpart_resume_url = _parse_counterpart_resume_url(d.pop("counterpartResumeUrl"))


        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        direction = SwapRequestDirection(d.pop("direction"))




        from_user_id = UUID(d.pop("fromUserId"))




        id = UUID(d.pop("id"))




        def _parse_match_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                match_id_type_0 = UUID(data)



                return match_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        match_id = _parse_match_id(d.pop("matchId"))


        message = d.pop("message")

        share_contact = d.pop("shareContact")

        share_resume = d.pop("shareResume")

        status = d.pop("status")

        to_user_id = UUID(d.pop("toUserId"))




        swap_request = cls(
            accepted_by_them=accepted_by_them,
            accepted_by_you=accepted_by_you,
            commute_savings_minutes=commute_savings_minutes,
            counterpart=counterpart,
            counterpart_contact=counterpart_contact,
            counterpart_resume_url=counterpart_resume_url,
            created_at=created_at,
            direction=direction,
            from_user_id=from_user_id,
            id=id,
            match_id=match_id,
            message=message,
            share_contact=share_contact,
            share_resume=share_resume,
            status=status,
            to_user_id=to_user_id,
        )


        swap_request.additional_properties = d
        return swap_request

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
