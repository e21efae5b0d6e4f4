from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="StageMove")



@_attrs_define
class StageMove:
    """ 
        Attributes:
            stage_id (UUID):
            reason (None | str | Unset): Why, in words (kept in the history)
            rejection_reason_id (None | Unset | UUID): Required when the stage's kind is rejected (one of the organisation's
                rejection reasons)
     """

    stage_id: UUID
    reason: None | str | Unset = UNSET
    rejection_reason_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        stage_id = str(self.stage_id)

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        rejection_reason_id: None | str | Unset
        if isinstance(self.rejection_reason_id, Unset):
            rejection_reason_id = UNSET
        elif isinstance(self.rejection_reason_id, UUID):
            rejection_reason_id = str(self.rejection_reason_id)
        else:
            rejection_reason_id = self.rejection_reason_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "stageId": stage_id,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason
        if rejection_reason_id is not UNSET:
            field_dict["rejectionReasonId"] = rejection_reason_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stage_id = UUID(d.pop("stageId"))




        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        def _parse_rejection_reason_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rejection_reason_id_type_0 = UUID(data)



                return rejection_reason_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        rejection_reason_id = _parse_rejection_reason_id(d.pop("rejectionReasonId", UNSET))


        stage_move = cls(
            stage_id=stage_id,
            reason=reason,
            rejection_reason_id=rejection_reason_id,
        )


        stage_move.additional_properties = d
        return stage_move

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
