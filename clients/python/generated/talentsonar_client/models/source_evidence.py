from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.source_evidence_evidence import SourceEvidenceEvidence





T = TypeVar("T", bound="SourceEvidence")



@_attrs_define
class SourceEvidence:
    """ 
        Attributes:
            confidence (float):
            proficiency (float):
            source (str):
            evidence (SourceEvidenceEvidence | Unset):
            verified_at (datetime.datetime | None | Unset):
     """

    confidence: float
    proficiency: float
    source: str
    evidence: SourceEvidenceEvidence | Unset = UNSET
    verified_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.source_evidence_evidence import SourceEvidenceEvidence # noqa: PLC0415
        confidence = self.confidence

        proficiency = self.proficiency

        source = self.source

        evidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = self.evidence.to_dict()

        verified_at: None | str | Unset
        if isinstance(self.verified_at, Unset):
            verified_at = UNSET
        elif isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "confidence": confidence,
            "proficiency": proficiency,
            "source": source,
        })
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if verified_at is not UNSET:
            field_dict["verifiedAt"] = verified_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_evidence_evidence import SourceEvidenceEvidence # noqa: PLC0415
        d = dict(src_dict)
        confidence = d.pop("confidence")

        proficiency = d.pop("proficiency")

        source = d.pop("source")

        _evidence = d.pop("evidence", UNSET)
        evidence: SourceEvidenceEvidence | Unset
        if isinstance(_evidence,  Unset):
            evidence = UNSET
        else:
            evidence = SourceEvidenceEvidence.from_dict(_evidence)




        def _parse_verified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)



                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        verified_at = _parse_verified_at(d.pop("verifiedAt", UNSET))


        source_evidence = cls(
            confidence=confidence,
            proficiency=proficiency,
            source=source,
            evidence=evidence,
            verified_at=verified_at,
        )


        source_evidence.additional_properties = d
        return source_evidence

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
