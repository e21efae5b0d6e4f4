from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.board_column import BoardColumn





T = TypeVar("T", bound="Board")



@_attrs_define
class Board:
    """ 
        Attributes:
            job_id (UUID):
            job_title (str):
            limit (int): At most this many cards per column (best score first)
            stages (list[BoardColumn]):
            total (int):
     """

    job_id: UUID
    job_title: str
    limit: int
    stages: list[BoardColumn]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.board_column import BoardColumn # noqa: PLC0415
        job_id = str(self.job_id)

        job_title = self.job_title

        limit = self.limit

        stages = []
        for stages_item_data in self.stages:
            stages_item = stages_item_data.to_dict()
            stages.append(stages_item)



        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "jobId": job_id,
            "jobTitle": job_title,
            "limit": limit,
            "stages": stages,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.board_column import BoardColumn # noqa: PLC0415
        d = dict(src_dict)
        job_id = UUID(d.pop("jobId"))




        job_title = d.pop("jobTitle")

        limit = d.pop("limit")

        stages = []
        _stages = d.pop("stages")
        for stages_item_data in (_stages):
            stages_item = BoardColumn.from_dict(stages_item_data)



            stages.append(stages_item)


        total = d.pop("total")

        board = cls(
            job_id=job_id,
            job_title=job_title,
            limit=limit,
            stages=stages,
            total=total,
        )


        board.additional_properties = d
        return board

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
