from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="BulkReject")



@_attrs_define
class BulkReject:
    """ 
        Attributes:
            application_ids (list[UUID]):
            rejection_reason_id (UUID):
            reason (None | str | Unset):
            stage_id (None | Unset | UUID): A stage of kind rejected (default: the first one)
     """

    application_ids: list[UUID]
    rejection_reason_id: UUID
    reason: None | str | Unset = UNSET
    stage_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        application_ids = []
        for application_ids_item_data in self.application_ids:
            application_ids_item = str(application_ids_item_data)
            application_ids.append(application_ids_item)



        rejection_reason_id = str(self.rejection_reason_id)

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        stage_id: None | str | Unset
        if isinstance(self.stage_id, Unset):
            stage_id = UNSET
        elif isinstance(self.stage_id, UUID):
            stage_id = str(self.stage_id)
        else:
            stage_id = self.stage_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "applicationIds": application_ids,
            "rejectionReasonId": rejection_reason_id,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason
        if stage_id is not UNSET:
            field_dict["stageId"] = stage_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_ids = []
        _application_ids = d.pop("applicationIds")
        for application_ids_item_data in (_application_ids):
            application_ids_item = UUID(application_ids_item_data)



            application_ids.append(application_ids_item)


        rejection_reason_id = UUID(d.pop("rejectionReasonId"))




        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        def _parse_stage_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_id_type_0 = UUID(data)



                return stage_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        stage_id = _parse_stage_id(d.pop("stageId", UNSET))


        bulk_reject = cls(
            application_ids=application_ids,
            rejection_reason_id=rejection_reason_id,
            reason=reason,
            stage_id=stage_id,
        )


        bulk_reject.additional_properties = d
        return bulk_reject

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
