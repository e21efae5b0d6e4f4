from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.coverage_row_coveredby import CoverageRowCoveredby
from typing import cast






T = TypeVar("T", bound="CoverageRow")



@_attrs_define
class CoverageRow:
    """ 
        Attributes:
            covered_by (CoverageRowCoveredby):
            cv_evidence (None | str):
            interview_evidence (None | str):
            requirement (str):
     """

    covered_by: CoverageRowCoveredby
    cv_evidence: None | str
    interview_evidence: None | str
    requirement: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        covered_by = self.covered_by.value

        cv_evidence: None | str
        cv_evidence = self.cv_evidence

        interview_evidence: None | str
        interview_evidence = self.interview_evidence

        requirement = self.requirement


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "coveredBy": covered_by,
            "cvEvidence": cv_evidence,
            "interviewEvidence": interview_evidence,
            "requirement": requirement,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        covered_by = CoverageRowCoveredby(d.pop("coveredBy"))




        def _parse_cv_evidence(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cv_evidence = _parse_cv_evidence(d.pop("cvEvidence"))


        def _parse_interview_evidence(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        interview_evidence = _parse_interview_evidence(d.pop("interviewEvidence"))


        requirement = d.pop("requirement")

        coverage_row = cls(
            covered_by=covered_by,
            cv_evidence=cv_evidence,
            interview_evidence=interview_evidence,
            requirement=requirement,
        )


        coverage_row.additional_properties = d
        return coverage_row

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
