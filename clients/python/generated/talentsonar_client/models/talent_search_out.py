from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.talent_result import TalentResult





T = TypeVar("T", bound="TalentSearchOut")



@_attrs_define
class TalentSearchOut:
    """ 
        Attributes:
            degraded (bool):
            external_count (int):
            internal_count (int):
            results (list[TalentResult]):
            total (int):
            degraded_reason (None | str | Unset):
     """

    degraded: bool
    external_count: int
    internal_count: int
    results: list[TalentResult]
    total: int
    degraded_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.talent_result import TalentResult # noqa: PLC0415
        degraded = self.degraded

        external_count = self.external_count

        internal_count = self.internal_count

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)



        total = self.total

        degraded_reason: None | str | Unset
        if isinstance(self.degraded_reason, Unset):
            degraded_reason = UNSET
        else:
            degraded_reason = self.degraded_reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "degraded": degraded,
            "externalCount": external_count,
            "internalCount": internal_count,
            "results": results,
            "total": total,
        })
        if degraded_reason is not UNSET:
            field_dict["degradedReason"] = degraded_reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.talent_result import TalentResult # noqa: PLC0415
        d = dict(src_dict)
        degraded = d.pop("degraded")

        external_count = d.pop("externalCount")

        internal_count = d.pop("internalCount")

        results = []
        _results = d.pop("results")
        for results_item_data in (_results):
            results_item = TalentResult.from_dict(results_item_data)



            results.append(results_item)


        total = d.pop("total")

        def _parse_degraded_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        degraded_reason = _parse_degraded_reason(d.pop("degradedReason", UNSET))


        talent_search_out = cls(
            degraded=degraded,
            external_count=external_count,
            internal_count=internal_count,
            results=results,
            total=total,
            degraded_reason=degraded_reason,
        )


        talent_search_out.additional_properties = d
        return talent_search_out

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
