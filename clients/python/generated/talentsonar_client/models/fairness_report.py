from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.score_bucket import ScoreBucket





T = TypeVar("T", bound="FairnessReport")



@_attrs_define
class FairnessReport:
    """ 
        Attributes:
            groups (list[ScoreBucket]):
            job_id (UUID):
            note (str):
            total (int):
     """

    groups: list[ScoreBucket]
    job_id: UUID
    note: str
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.score_bucket import ScoreBucket # noqa: PLC0415
        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)



        job_id = str(self.job_id)

        note = self.note

        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "groups": groups,
            "jobId": job_id,
            "note": note,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.score_bucket import ScoreBucket # noqa: PLC0415
        d = dict(src_dict)
        groups = []
        _groups = d.pop("groups")
        for groups_item_data in (_groups):
            groups_item = ScoreBucket.from_dict(groups_item_data)



            groups.append(groups_item)


        job_id = UUID(d.pop("jobId"))




        note = d.pop("note")

        total = d.pop("total")

        fairness_report = cls(
            groups=groups,
            job_id=job_id,
            note=note,
            total=total,
        )


        fairness_report.additional_properties = d
        return fairness_report

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
