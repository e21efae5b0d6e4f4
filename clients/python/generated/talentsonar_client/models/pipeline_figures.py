from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.stage_figures import StageFigures





T = TypeVar("T", bound="PipelineFigures")



@_attrs_define
class PipelineFigures:
    """ 
        Attributes:
            job_id (UUID):
            stages (list[StageFigures]):
            total (int):
     """

    job_id: UUID
    stages: list[StageFigures]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.stage_figures import StageFigures # noqa: PLC0415
        job_id = str(self.job_id)

        stages = []
        for stages_item_data in self.stages:
            stages_item = stages_item_data.to_dict()
            stages.append(stages_item)



        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "jobId": job_id,
            "stages": stages,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stage_figures import StageFigures # noqa: PLC0415
        d = dict(src_dict)
        job_id = UUID(d.pop("jobId"))




        stages = []
        _stages = d.pop("stages")
        for stages_item_data in (_stages):
            stages_item = StageFigures.from_dict(stages_item_data)



            stages.append(stages_item)


        total = d.pop("total")

        pipeline_figures = cls(
            job_id=job_id,
            stages=stages,
            total=total,
        )


        pipeline_figures.additional_properties = d
        return pipeline_figures

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
