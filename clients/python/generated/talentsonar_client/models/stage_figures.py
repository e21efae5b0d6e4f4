from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.stage_kind import StageKind
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="StageFigures")



@_attrs_define
class StageFigures:
    """ 
        Attributes:
            average_days_in_stage (float | None): Mean time spent in the stage (time so far for those still in it)
            conversion_to_next (float | None): Share of those that reached this open stage that reached a later open or
                hired stage (open stages only)
            count (int): Applications in the stage now
            id (UUID):
            kind (StageKind): What a stage means, whatever it is called: renaming a stage never changes it.
            name (str):
            position (int): 0-based order on the board
            reached (int): Applications that ever entered the stage
     """

    average_days_in_stage: float | None
    conversion_to_next: float | None
    count: int
    id: UUID
    kind: StageKind
    name: str
    position: int
    reached: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        average_days_in_stage: float | None
        average_days_in_stage = self.average_days_in_stage

        conversion_to_next: float | None
        conversion_to_next = self.conversion_to_next

        count = self.count

        id = str(self.id)

        kind = self.kind.value

        name = self.name

        position = self.position

        reached = self.reached


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "averageDaysInStage": average_days_in_stage,
            "conversionToNext": conversion_to_next,
            "count": count,
            "id": id,
            "kind": kind,
            "name": name,
            "position": position,
            "reached": reached,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_average_days_in_stage(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_days_in_stage = _parse_average_days_in_stage(d.pop("averageDaysInStage"))


        def _parse_conversion_to_next(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        conversion_to_next = _parse_conversion_to_next(d.pop("conversionToNext"))


        count = d.pop("count")

        id = UUID(d.pop("id"))




        kind = StageKind(d.pop("kind"))




        name = d.pop("name")

        position = d.pop("position")

        reached = d.pop("reached")

        stage_figures = cls(
            average_days_in_stage=average_days_in_stage,
            conversion_to_next=conversion_to_next,
            count=count,
            id=id,
            kind=kind,
            name=name,
            position=position,
            reached=reached,
        )


        stage_figures.additional_properties = d
        return stage_figures

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
