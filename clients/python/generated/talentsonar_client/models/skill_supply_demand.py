from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="SkillSupplyDemand")



@_attrs_define
class SkillSupplyDemand:
    """ 
        Attributes:
            demand (int): Open jobs requiring the skill
            skill (str):
            supply (int): Live candidates with the skill
            supply_per_opening (float | None):
     """

    demand: int
    skill: str
    supply: int
    supply_per_opening: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        demand = self.demand

        skill = self.skill

        supply = self.supply

        supply_per_opening: float | None
        supply_per_opening = self.supply_per_opening


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "demand": demand,
            "skill": skill,
            "supply": supply,
            "supplyPerOpening": supply_per_opening,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        demand = d.pop("demand")

        skill = d.pop("skill")

        supply = d.pop("supply")

        def _parse_supply_per_opening(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        supply_per_opening = _parse_supply_per_opening(d.pop("supplyPerOpening"))


        skill_supply_demand = cls(
            demand=demand,
            skill=skill,
            supply=supply,
            supply_per_opening=supply_per_opening,
        )


        skill_supply_demand.additional_properties = d
        return skill_supply_demand

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
