from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.pipeline_applicationsbystage import PipelineApplicationsbystage
  from ..models.pipeline_bystatus import PipelineBystatus
  from ..models.pipeline_bytype import PipelineBytype
  from ..models.pipeline_feedback import PipelineFeedback





T = TypeVar("T", bound="Pipeline")



@_attrs_define
class Pipeline:
    """ 
        Attributes:
            by_status (PipelineBystatus):
            by_type (PipelineBytype):
            feedback (PipelineFeedback):
            applications_by_stage (PipelineApplicationsbystage | Unset): Live applications per hiring pipeline stage (in
                board order)
     """

    by_status: PipelineBystatus
    by_type: PipelineBytype
    feedback: PipelineFeedback
    applications_by_stage: PipelineApplicationsbystage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.pipeline_applicationsbystage import PipelineApplicationsbystage # noqa: PLC0415
        from ..models.pipeline_bystatus import PipelineBystatus # noqa: PLC0415
        from ..models.pipeline_bytype import PipelineBytype # noqa: PLC0415
        from ..models.pipeline_feedback import PipelineFeedback # noqa: PLC0415
        by_status = self.by_status.to_dict()

        by_type = self.by_type.to_dict()

        feedback = self.feedback.to_dict()

        applications_by_stage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.applications_by_stage, Unset):
            applications_by_stage = self.applications_by_stage.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "byStatus": by_status,
            "byType": by_type,
            "feedback": feedback,
        })
        if applications_by_stage is not UNSET:
            field_dict["applicationsByStage"] = applications_by_stage

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipeline_applicationsbystage import PipelineApplicationsbystage # noqa: PLC0415
        from ..models.pipeline_bystatus import PipelineBystatus # noqa: PLC0415
        from ..models.pipeline_bytype import PipelineBytype # noqa: PLC0415
        from ..models.pipeline_feedback import PipelineFeedback # noqa: PLC0415
        d = dict(src_dict)
        by_status = PipelineBystatus.from_dict(d.pop("byStatus"))




        by_type = PipelineBytype.from_dict(d.pop("byType"))




        feedback = PipelineFeedback.from_dict(d.pop("feedback"))




        _applications_by_stage = d.pop("applicationsByStage", UNSET)
        applications_by_stage: PipelineApplicationsbystage | Unset
        if isinstance(_applications_by_stage,  Unset):
            applications_by_stage = UNSET
        else:
            applications_by_stage = PipelineApplicationsbystage.from_dict(_applications_by_stage)




        pipeline = cls(
            by_status=by_status,
            by_type=by_type,
            feedback=feedback,
            applications_by_stage=applications_by_stage,
        )


        pipeline.additional_properties = d
        return pipeline

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
