from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="CvAnalysisRequest")



@_attrs_define
class CvAnalysisRequest:
    """ 
        Attributes:
            candidate_id (None | Unset | UUID):
            cv_text (None | str | Unset):
            job_id (None | Unset | UUID):
            job_requirements (None | str | Unset):
     """

    candidate_id: None | Unset | UUID = UNSET
    cv_text: None | str | Unset = UNSET
    job_id: None | Unset | UUID = UNSET
    job_requirements: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        candidate_id: None | str | Unset
        if isinstance(self.candidate_id, Unset):
            candidate_id = UNSET
        elif isinstance(self.candidate_id, UUID):
            candidate_id = str(self.candidate_id)
        else:
            candidate_id = self.candidate_id

        cv_text: None | str | Unset
        if isinstance(self.cv_text, Unset):
            cv_text = UNSET
        else:
            cv_text = self.cv_text

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        elif isinstance(self.job_id, UUID):
            job_id = str(self.job_id)
        else:
            job_id = self.job_id

        job_requirements: None | str | Unset
        if isinstance(self.job_requirements, Unset):
            job_requirements = UNSET
        else:
            job_requirements = self.job_requirements


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if candidate_id is not UNSET:
            field_dict["candidateId"] = candidate_id
        if cv_text is not UNSET:
            field_dict["cvText"] = cv_text
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_requirements is not UNSET:
            field_dict["jobRequirements"] = job_requirements

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_candidate_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                candidate_id_type_0 = UUID(data)



                return candidate_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        candidate_id = _parse_candidate_id(d.pop("candidateId", UNSET))


        def _parse_cv_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cv_text = _parse_cv_text(d.pop("cvText", UNSET))


        def _parse_job_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                job_id_type_0 = UUID(data)



                return job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        job_id = _parse_job_id(d.pop("jobId", UNSET))


        def _parse_job_requirements(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_requirements = _parse_job_requirements(d.pop("jobRequirements", UNSET))


        cv_analysis_request = cls(
            candidate_id=candidate_id,
            cv_text=cv_text,
            job_id=job_id,
            job_requirements=job_requirements,
        )


        cv_analysis_request.additional_properties = d
        return cv_analysis_request

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
