from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.requirement_provenance_source import RequirementProvenanceSource
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.requirement_evidence import RequirementEvidence





T = TypeVar("T", bound="RequirementProvenance")



@_attrs_define
class RequirementProvenance:
    """ Where one requirement field's value comes from: ``inferred`` from the posting
    (with the evidence of each value; re-inferred when the description or title changes)
    or ``edited`` by a person (kept as is until a person hands it back to inference).

        Attributes:
            source (RequirementProvenanceSource):
            evidence (list[RequirementEvidence] | Unset):
     """

    source: RequirementProvenanceSource
    evidence: list[RequirementEvidence] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.requirement_evidence import RequirementEvidence # noqa: PLC0415
        source = self.source.value

        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "source": source,
        })
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.requirement_evidence import RequirementEvidence # noqa: PLC0415
        d = dict(src_dict)
        source = RequirementProvenanceSource(d.pop("source"))




        _evidence = d.pop("evidence", UNSET)
        evidence: list[RequirementEvidence] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = RequirementEvidence.from_dict(evidence_item_data)



                evidence.append(evidence_item)


        requirement_provenance = cls(
            source=source,
            evidence=evidence,
        )


        requirement_provenance.additional_properties = d
        return requirement_provenance

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
