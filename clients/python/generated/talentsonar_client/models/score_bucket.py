from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.score_bucket_histogram import ScoreBucketHistogram





T = TypeVar("T", bound="ScoreBucket")



@_attrs_define
class ScoreBucket:
    """ 
        Attributes:
            candidate_type (str):
            count (int):
            histogram (ScoreBucketHistogram):
            mean (float | None):
            median (float | None):
            p90 (float | None):
     """

    candidate_type: str
    count: int
    histogram: ScoreBucketHistogram
    mean: float | None
    median: float | None
    p90: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.score_bucket_histogram import ScoreBucketHistogram # noqa: PLC0415
        candidate_type = self.candidate_type

        count = self.count

        histogram = self.histogram.to_dict()

        mean: float | None
        mean = self.mean

        median: float | None
        median = self.median

        p90: float | None
        p90 = self.p90


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidateType": candidate_type,
            "count": count,
            "histogram": histogram,
            "mean": mean,
            "median": median,
            "p90": p90,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.score_bucket_histogram import ScoreBucketHistogram # noqa: PLC0415
        d = dict(src_dict)
        candidate_type = d.pop("candidateType")

        count = d.pop("count")

        histogram = ScoreBucketHistogram.from_dict(d.pop("histogram"))




        def _parse_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mean = _parse_mean(d.pop("mean"))


        def _parse_median(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median = _parse_median(d.pop("median"))


        def _parse_p90(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        p90 = _parse_p90(d.pop("p90"))


        score_bucket = cls(
            candidate_type=candidate_type,
            count=count,
            histogram=histogram,
            mean=mean,
            median=median,
            p90=p90,
        )


        score_bucket.additional_properties = d
        return score_bucket

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
