from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.ranking_model_out_weights import RankingModelOutWeights





T = TypeVar("T", bound="RankingModelOut")



@_attrs_define
class RankingModelOut:
    """ 
        Attributes:
            learned (bool):
            n_positive (int):
            n_samples (int):
            version (int):
            weights (RankingModelOutWeights):
     """

    learned: bool
    n_positive: int
    n_samples: int
    version: int
    weights: RankingModelOutWeights
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ranking_model_out_weights import RankingModelOutWeights # noqa: PLC0415
        learned = self.learned

        n_positive = self.n_positive

        n_samples = self.n_samples

        version = self.version

        weights = self.weights.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "learned": learned,
            "nPositive": n_positive,
            "nSamples": n_samples,
            "version": version,
            "weights": weights,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ranking_model_out_weights import RankingModelOutWeights # noqa: PLC0415
        d = dict(src_dict)
        learned = d.pop("learned")

        n_positive = d.pop("nPositive")

        n_samples = d.pop("nSamples")

        version = d.pop("version")

        weights = RankingModelOutWeights.from_dict(d.pop("weights"))




        ranking_model_out = cls(
            learned=learned,
            n_positive=n_positive,
            n_samples=n_samples,
            version=version,
            weights=weights,
        )


        ranking_model_out.additional_properties = d
        return ranking_model_out

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
