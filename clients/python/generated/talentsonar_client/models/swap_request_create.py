from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="SwapRequestCreate")



@_attrs_define
class SwapRequestCreate:
    """ 
        Attributes:
            message (str):
            match_id (None | Unset | UUID):
            share_contact (bool | Unset):  Default: False.
            share_resume (bool | Unset):  Default: False.
            to_user_id (None | Unset | UUID): the other profile's id
     """

    message: str
    match_id: None | Unset | UUID = UNSET
    share_contact: bool | Unset = False
    share_resume: bool | Unset = False
    to_user_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        message = self.message

        match_id: None | str | Unset
        if isinstance(self.match_id, Unset):
            match_id = UNSET
        elif isinstance(self.match_id, UUID):
            match_id = str(self.match_id)
        else:
            match_id = self.match_id

        share_contact = self.share_contact

        share_resume = self.share_resume

        to_user_id: None | str | Unset
        if isinstance(self.to_user_id, Unset):
            to_user_id = UNSET
        elif isinstance(self.to_user_id, UUID):
            to_user_id = str(self.to_user_id)
        else:
            to_user_id = self.to_user_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "message": message,
        })
        if match_id is not UNSET:
            field_dict["matchId"] = match_id
        if share_contact is not UNSET:
            field_dict["shareContact"] = share_contact
        if share_resume is not UNSET:
            field_dict["shareResume"] = share_resume
        if to_user_id is not UNSET:
            field_dict["toUserId"] = to_user_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        def _parse_match_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                match_id_type_0 = UUID(data)



                return match_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        match_id = _parse_match_id(d.pop("matchId", UNSET))


        share_contact = d.pop("shareContact", UNSET)

        share_resume = d.pop("shareResume", UNSET)

        def _parse_to_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_user_id_type_0 = UUID(data)



                return to_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        to_user_id = _parse_to_user_id(d.pop("toUserId", UNSET))


        swap_request_create = cls(
            message=message,
            match_id=match_id,
            share_contact=share_contact,
            share_resume=share_resume,
            to_user_id=to_user_id,
        )


        swap_request_create.additional_properties = d
        return swap_request_create

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
