from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.match_reason_method import MatchReasonMethod






T = TypeVar("T", bound="MatchReason")



@_attrs_define
class MatchReason:
    """ 
        Attributes:
            method (MatchReasonMethod):
            rank (int):
            score (float):
     """

    method: MatchReasonMethod
    rank: int
    score: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        rank = self.rank

        score = self.score


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "method": method,
            "rank": rank,
            "score": score,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = MatchReasonMethod(d.pop("method"))




        rank = d.pop("rank")

        score = d.pop("score")

        match_reason = cls(
            method=method,
            rank=rank,
            score=score,
        )


        match_reason.additional_properties = d
        return match_reason

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
