from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.workflow_trigger_payload import WorkflowTriggerPayload





T = TypeVar("T", bound="WorkflowTrigger")



@_attrs_define
class WorkflowTrigger:
    """ 
        Attributes:
            payload (WorkflowTriggerPayload | Unset):
     """

    payload: WorkflowTriggerPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_trigger_payload import WorkflowTriggerPayload # noqa: PLC0415
        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_trigger_payload import WorkflowTriggerPayload # noqa: PLC0415
        d = dict(src_dict)
        _payload = d.pop("payload", UNSET)
        payload: WorkflowTriggerPayload | Unset
        if isinstance(_payload,  Unset):
            payload = UNSET
        else:
            payload = WorkflowTriggerPayload.from_dict(_payload)




        workflow_trigger = cls(
            payload=payload,
        )


        workflow_trigger.additional_properties = d
        return workflow_trigger

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
