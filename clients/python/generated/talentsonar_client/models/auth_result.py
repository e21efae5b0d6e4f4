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
  from ..models.user_out import UserOut





T = TypeVar("T", bound="AuthResult")



@_attrs_define
class AuthResult:
    """ 
        Attributes:
            expires_at (datetime.datetime):
            refresh_token (str):
            token (str): Access token (JWT) for the Authorization: Bearer header
            user (UserOut):
            token_type (str | Unset):  Default: 'bearer'.
     """

    expires_at: datetime.datetime
    refresh_token: str
    token: str
    user: UserOut
    token_type: str | Unset = 'bearer'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.user_out import UserOut # noqa: PLC0415
        expires_at = self.expires_at.isoformat()

        refresh_token = self.refresh_token

        token = self.token

        user = self.user.to_dict()

        token_type = self.token_type


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "expiresAt": expires_at,
            "refreshToken": refresh_token,
            "token": token,
            "user": user,
        })
        if token_type is not UNSET:
            field_dict["tokenType"] = token_type

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_out import UserOut # noqa: PLC0415
        d = dict(src_dict)
        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))




        refresh_token = d.pop("refreshToken")

        token = d.pop("token")

        user = UserOut.from_dict(d.pop("user"))




        token_type = d.pop("tokenType", UNSET)

        auth_result = cls(
            expires_at=expires_at,
            refresh_token=refresh_token,
            token=token,
            user=user,
            token_type=token_type,
        )


        auth_result.additional_properties = d
        return auth_result

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
