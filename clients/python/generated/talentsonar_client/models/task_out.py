from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.task_status import TaskStatus
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.task_out_result_type_0 import TaskOutResultType0





T = TypeVar("T", bound="TaskOut")



@_attrs_define
class TaskOut:
    """ 
        Attributes:
            attempts (int):
            completed (int):
            created_at (datetime.datetime):
            error (None | str):
            failed (int):
            finished_at (datetime.datetime | None):
            id (UUID):
            kind (str):
            progress (int):
            result (None | TaskOutResultType0):
            started_at (datetime.datetime | None):
            status (TaskStatus):
            subject_id (None | UUID):
            subject_type (None | str):
            total (int):
     """

    attempts: int
    completed: int
    created_at: datetime.datetime
    error: None | str
    failed: int
    finished_at: datetime.datetime | None
    id: UUID
    kind: str
    progress: int
    result: None | TaskOutResultType0
    started_at: datetime.datetime | None
    status: TaskStatus
    subject_id: None | UUID
    subject_type: None | str
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.task_out_result_type_0 import TaskOutResultType0 # noqa: PLC0415
        attempts = self.attempts

        completed = self.completed

        created_at = self.created_at.isoformat()

        error: None | str
        error = self.error

        failed = self.failed

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        id = str(self.id)

        kind = self.kind

        progress = self.progress

        result: dict[str, Any] | None
        if isinstance(self.result, TaskOutResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status = self.status.value

        subject_id: None | str
        if isinstance(self.subject_id, UUID):
            subject_id = str(self.subject_id)
        else:
            subject_id = self.subject_id

        subject_type: None | str
        subject_type = self.subject_type

        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attempts": attempts,
            "completed": completed,
            "createdAt": created_at,
            "error": error,
            "failed": failed,
            "finishedAt": finished_at,
            "id": id,
            "kind": kind,
            "progress": progress,
            "result": result,
            "startedAt": started_at,
            "status": status,
            "subjectId": subject_id,
            "subjectType": subject_type,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_out_result_type_0 import TaskOutResultType0 # noqa: PLC0415
        d = dict(src_dict)
        attempts = d.pop("attempts")

        completed = d.pop("completed")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))


        failed = d.pop("failed")

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finishedAt"))


        id = UUID(d.pop("id"))




        kind = d.pop("kind")

        progress = d.pop("progress")

        def _parse_result(data: object) -> None | TaskOutResultType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = TaskOutResultType0.from_dict(data)



                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskOutResultType0, data)

        result = _parse_result(d.pop("result"))


        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)



                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("startedAt"))


        status = TaskStatus(d.pop("status"))




        def _parse_subject_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subject_id_type_0 = UUID(data)



                return subject_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        subject_id = _parse_subject_id(d.pop("subjectId"))


        def _parse_subject_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_type = _parse_subject_type(d.pop("subjectType"))


        total = d.pop("total")

        task_out = cls(
            attempts=attempts,
            completed=completed,
            created_at=created_at,
            error=error,
            failed=failed,
            finished_at=finished_at,
            id=id,
            kind=kind,
            progress=progress,
            result=result,
            started_at=started_at,
            status=status,
            subject_id=subject_id,
            subject_type=subject_type,
            total=total,
        )


        task_out.additional_properties = d
        return task_out

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
