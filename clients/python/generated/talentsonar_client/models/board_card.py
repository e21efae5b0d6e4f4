from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="BoardCard")



@_attrs_define
class BoardCard:
    """ 
        Attributes:
            candidate_id (UUID):
            candidate_name (str):
            id (UUID):
            score (float | None): The pair's ranking score (matchScore), if scored
            stage_entered_at (datetime.datetime):
            time_in_stage_seconds (int):
     """

    candidate_id: UUID
    candidate_name: str
    id: UUID
    score: float | None
    stage_entered_at: datetime.datetime
    time_in_stage_seconds: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        candidate_id = str(self.candidate_id)

        candidate_name = self.candidate_name

        id = str(self.id)

        score: float | None
        score = self.score

        stage_entered_at = self.stage_entered_at.isoformat()

        time_in_stage_seconds = self.time_in_stage_seconds


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidateId": candidate_id,
            "candidateName": candidate_name,
            "id": id,
            "score": score,
            "stageEnteredAt": stage_entered_at,
            "timeInStageSeconds": time_in_stage_seconds,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate_id = UUID(d.pop("candidateId"))




        candidate_name = d.pop("candidateName")

        id = UUID(d.pop("id"))




        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))


        stage_entered_at = datetime.datetime.fromisoformat(d.pop("stageEnteredAt"))




        time_in_stage_seconds = d.pop("timeInStageSeconds")

        board_card = cls(
            candidate_id=candidate_id,
            candidate_name=candidate_name,
            id=id,
            score=score,
            stage_entered_at=stage_entered_at,
            time_in_stage_seconds=time_in_stage_seconds,
        )


        board_card.additional_properties = d
        return board_card

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
