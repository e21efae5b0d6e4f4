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
  from ..models.stage_ref import StageRef





T = TypeVar("T", bound="Application")



@_attrs_define
class Application:
    """ 
        Attributes:
            candidate_id (UUID):
            candidate_name (str):
            created_at (datetime.datetime):
            id (UUID):
            job_id (UUID):
            job_title (str):
            rejection_reason (None | ReasonRef):
            source (str):
            stage (StageRef):
            stage_entered_at (datetime.datetime):
            time_in_stage_seconds (int):
            updated_at (datetime.datetime):
     """

    candidate_id: UUID
    candidate_name: str
    created_at: datetime.datetime
    id: UUID
    job_id: UUID
    job_title: str
    rejection_reason: None | ReasonRef
    source: str
    stage: StageRef
    stage_entered_at: datetime.datetime
    time_in_stage_seconds: int
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.reason_ref import ReasonRef # noqa: PLC0415
        from ..models.stage_ref import StageRef # noqa: PLC0415
        candidate_id = str(self.candidate_id)

        candidate_name = self.candidate_name

        created_at = self.created_at.isoformat()

        id = str(self.id)

        job_id = str(self.job_id)

        job_title = self.job_title

        rejection_reason: dict[str, Any] | None
        if isinstance(self.rejection_reason, ReasonRef):
            rejection_reason = self.rejection_reason.to_dict()
        else:
            rejection_reason = self.rejection_reason

        source = self.source

        stage = self.stage.to_dict()

        stage_entered_at = self.stage_entered_at.isoformat()

        time_in_stage_seconds = self.time_in_stage_seconds

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidateId": candidate_id,
            "candidateName": candidate_name,
            "createdAt": created_at,
            "id": id,
            "jobId": job_id,
            "jobTitle": job_title,
            "rejectionReason": rejection_reason,
            "source": source,
            "stage": stage,
            "stageEnteredAt": stage_entered_at,
            "timeInStageSeconds": time_in_stage_seconds,
            "updatedAt": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reason_ref import ReasonRef # noqa: PLC0415
        from ..models.stage_ref import StageRef # noqa: PLC0415
        d = dict(src_dict)
        candidate_id = UUID(d.pop("candidateId"))




        candidate_name = d.pop("candidateName")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        id = UUID(d.pop("id"))




        job_id = UUID(d.pop("jobId"))




        job_title = d.pop("jobTitle")

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


        source = d.pop("source")

        stage = StageRef.from_dict(d.pop("stage"))




        stage_entered_at = datetime.datetime.fromisoformat(d.pop("stageEnteredAt"))




        time_in_stage_seconds = d.pop("timeInStageSeconds")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))




        application = cls(
            candidate_id=candidate_id,
            candidate_name=candidate_name,
            created_at=created_at,
            id=id,
            job_id=job_id,
            job_title=job_title,
            rejection_reason=rejection_reason,
            source=source,
            stage=stage,
            stage_entered_at=stage_entered_at,
            time_in_stage_seconds=time_in_stage_seconds,
            updated_at=updated_at,
        )


        application.additional_properties = d
        return application

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
