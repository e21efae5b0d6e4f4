from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="ProfileMatchRequest")



@_attrs_define
class ProfileMatchRequest:
    """ 
        Attributes:
            candidate_id (None | Unset | UUID):
            count (int | Unset):  Default: 10.
            text (None | str | Unset):
            threshold (float | Unset):  Default: 0.7.
     """

    candidate_id: None | Unset | UUID = UNSET
    count: int | Unset = 10
    text: None | str | Unset = UNSET
    threshold: float | Unset = 0.7
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        candidate_id: None | str | Unset
        if isinstance(self.candidate_id, Unset):
            candidate_id = UNSET
        elif isinstance(self.candidate_id, UUID):
            candidate_id = str(self.candidate_id)
        else:
            candidate_id = self.candidate_id

        count = self.count

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        threshold = self.threshold


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if candidate_id is not UNSET:
            field_dict["candidateId"] = candidate_id
        if count is not UNSET:
            field_dict["count"] = count
        if text is not UNSET:
            field_dict["text"] = text
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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


        count = d.pop("count", UNSET)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))


        threshold = d.pop("threshold", UNSET)

        profile_match_request = cls(
            candidate_id=candidate_id,
            count=count,
            text=text,
            threshold=threshold,
        )


        profile_match_request.additional_properties = d
        return profile_match_request

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
