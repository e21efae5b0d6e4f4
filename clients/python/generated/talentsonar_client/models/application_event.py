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
  from ..models.reason_ref import ReasonRef





T = TypeVar("T", bound="ApplicationEvent")



@_attrs_define
class ApplicationEvent:
    """ 
        Attributes:
            actor_name (None | str):
            actor_user_id (None | UUID):
            created_at (datetime.datetime):
            from_stage (None | str):
            from_stage_id (None | UUID):
            id (UUID):
            reason (None | str):
            rejection_reason (None | ReasonRef):
            to_stage (str):
            to_stage_id (UUID):
     """

    actor_name: None | str
    actor_user_id: None | UUID
    created_at: datetime.datetime
    from_stage: None | str
    from_stage_id: None | UUID
    id: UUID
    reason: None | str
    rejection_reason: None | ReasonRef
    to_stage: str
    to_stage_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.reason_ref import ReasonRef # noqa: PLC0415
        actor_name: None | str
        actor_name = self.actor_name

        actor_user_id: None | str
        if isinstance(self.actor_user_id, UUID):
            actor_user_id = str(self.actor_user_id)
        else:
            actor_user_id = self.actor_user_id

        created_at = self.created_at.isoformat()

        from_stage: None | str
        from_stage = self.from_stage

        from_stage_id: None | str
        if isinstance(self.from_stage_id, UUID):
            from_stage_id = str(self.from_stage_id)
        else:
            from_stage_id = self.from_stage_id

        id = str(self.id)

        reason: None | str
        reason = self.reason

        rejection_reason: dict[str, Any] | None
        if isinstance(self.rejection_reason, ReasonRef):
            rejection_reason = self.rejection_reason.to_dict()
        else:
            rejection_reason = self.rejection_reason

        to_stage = self.to_stage

        to_stage_id = str(self.to_stage_id)


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actorName": actor_name,
            "actorUserId": actor_user_id,
            "createdAt": created_at,
            "fromStage": from_stage,
            "fromStageId": from_stage_id,
            "id": id,
            "reason": reason,
            "rejectionReason": rejection_reason,
            "toStage": to_stage,
            "toStageId": to_stage_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reason_ref import ReasonRef # noqa: PLC0415
        d = dict(src_dict)
        def _parse_actor_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actor_name = _parse_actor_name(d.pop("actorName"))


        def _parse_actor_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_user_id_type_0 = UUID(data)



                return actor_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_user_id = _parse_actor_user_id(d.pop("actorUserId"))


        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        def _parse_from_stage(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_stage = _parse_from_stage(d.pop("fromStage"))


        def _parse_from_stage_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_stage_id_type_0 = UUID(data)



                return from_stage_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        from_stage_id = _parse_from_stage_id(d.pop("fromStageId"))


        id = UUID(d.pop("id"))




        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        def _parse_rejection_reason(data: object) -> None | ReasonRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rejection_reason_type_0 = ReasonRef.from_dict(data)



                return rejection_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReasonRef, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejectionReason"))


        to_stage = d.pop("toStage")

        to_stage_id = UUID(d.pop("toStageId"))




        application_event = cls(
            actor_name=actor_name,
            actor_user_id=actor_user_id,
            created_at=created_at,
            from_stage=from_stage,
            from_stage_id=from_stage_id,
            id=id,
            reason=reason,
            rejection_reason=rejection_reason,
            to_stage=to_stage,
            to_stage_id=to_stage_id,
        )


        application_event.additional_properties = d
        return application_event

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
