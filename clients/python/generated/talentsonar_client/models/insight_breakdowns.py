from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.pipeline import Pipeline
  from ..models.skill_supply_demand import SkillSupplyDemand





T = TypeVar("T", bound="InsightBreakdowns")



@_attrs_define
class InsightBreakdowns:
    """ 
        Attributes:
            pipeline (Pipeline):
            skill_supply_demand (list[SkillSupplyDemand]):
     """

    pipeline: Pipeline
    skill_supply_demand: list[SkillSupplyDemand]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.pipeline import Pipeline # noqa: PLC0415
        from ..models.skill_supply_demand import SkillSupplyDemand # noqa: PLC0415
        pipeline = self.pipeline.to_dict()

        skill_supply_demand = []
        for skill_supply_demand_item_data in self.skill_supply_demand:
            skill_supply_demand_item = skill_supply_demand_item_data.to_dict()
            skill_supply_demand.append(skill_supply_demand_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "pipeline": pipeline,
            "skillSupplyDemand": skill_supply_demand,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipeline import Pipeline # noqa: PLC0415
        from ..models.skill_supply_demand import SkillSupplyDemand # noqa: PLC0415
        d = dict(src_dict)
        pipeline = Pipeline.from_dict(d.pop("pipeline"))




        skill_supply_demand = []
        _skill_supply_demand = d.pop("skillSupplyDemand")
        for skill_supply_demand_item_data in (_skill_supply_demand):
            skill_supply_demand_item = SkillSupplyDemand.from_dict(skill_supply_demand_item_data)



            skill_supply_demand.append(skill_supply_demand_item)


        insight_breakdowns = cls(
            pipeline=pipeline,
            skill_supply_demand=skill_supply_demand,
        )


        insight_breakdowns.additional_properties = d
        return insight_breakdowns

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
