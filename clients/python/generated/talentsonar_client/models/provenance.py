from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.provenance_weights import ProvenanceWeights





T = TypeVar("T", bound="Provenance")



@_attrs_define
class Provenance:
    """ 
        Attributes:
            embedding_model (None | str):
            inputs_hash (str):
            scored_at (datetime.datetime):
            scorer_version (str):
            weights (ProvenanceWeights):
            weights_version (int):
     """

    embedding_model: None | str
    inputs_hash: str
    scored_at: datetime.datetime
    scorer_version: str
    weights: ProvenanceWeights
    weights_version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.provenance_weights import ProvenanceWeights # noqa: PLC0415
        embedding_model: None | str
        embedding_model = self.embedding_model

        inputs_hash = self.inputs_hash

        scored_at = self.scored_at.isoformat()

        scorer_version = self.scorer_version

        weights = self.weights.to_dict()

        weights_version = self.weights_version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "embeddingModel": embedding_model,
            "inputsHash": inputs_hash,
            "scoredAt": scored_at,
            "scorerVersion": scorer_version,
            "weights": weights,
            "weightsVersion": weights_version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provenance_weights import ProvenanceWeights # noqa: PLC0415
        d = dict(src_dict)
        def _parse_embedding_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        embedding_model = _parse_embedding_model(d.pop("embeddingModel"))


        inputs_hash = d.pop("inputsHash")

        scored_at = datetime.datetime.fromisoformat(d.pop("scoredAt"))




        scorer_version = d.pop("scorerVersion")

        weights = ProvenanceWeights.from_dict(d.pop("weights"))




        weights_version = d.pop("weightsVersion")

        provenance = cls(
            embedding_model=embedding_model,
            inputs_hash=inputs_hash,
            scored_at=scored_at,
            scorer_version=scorer_version,
            weights=weights,
            weights_version=weights_version,
        )


        provenance.additional_properties = d
        return provenance

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
