from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.department_insight import DepartmentInsight
  from ..models.insight_breakdowns import InsightBreakdowns





T = TypeVar("T", bound="Insights")



@_attrs_define
class Insights:
    """ Seed 001's array of department-wise skill demand in ``data``; our other breakdowns
    beside it in ``breakdowns``.

        Attributes:
            breakdowns (InsightBreakdowns):
            data (list[DepartmentInsight]):
     """

    breakdowns: InsightBreakdowns
    data: list[DepartmentInsight]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.department_insight import DepartmentInsight # noqa: PLC0415
        from ..models.insight_breakdowns import InsightBreakdowns # noqa: PLC0415
        breakdowns = self.breakdowns.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "breakdowns": breakdowns,
            "data": data,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.department_insight import DepartmentInsight # noqa: PLC0415
        from ..models.insight_breakdowns import InsightBreakdowns # noqa: PLC0415
        d = dict(src_dict)
        breakdowns = InsightBreakdowns.from_dict(d.pop("breakdowns"))




        data = []
        _data = d.pop("data")
        for data_item_data in (_data):
            data_item = DepartmentInsight.from_dict(data_item_data)



            data.append(data_item)


        insights = cls(
            breakdowns=breakdowns,
            data=data,
        )


        insights.additional_properties = d
        return insights

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
