from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.batch_cv_item import BatchCvItem





T = TypeVar("T", bound="BatchCvAnalysisRequest")



@_attrs_define
class BatchCvAnalysisRequest:
    """ 
        Attributes:
            cvs (list[BatchCvItem]):
            job_id (None | Unset | UUID):
            job_requirements (None | str | Unset):
     """

    cvs: list[BatchCvItem]
    job_id: None | Unset | UUID = UNSET
    job_requirements: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_cv_item import BatchCvItem # noqa: PLC0415
        cvs = []
        for cvs_item_data in self.cvs:
            cvs_item = cvs_item_data.to_dict()
            cvs.append(cvs_item)



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
            "cvs": cvs,
        })
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_requirements is not UNSET:
            field_dict["jobRequirements"] = job_requirements

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_cv_item import BatchCvItem # noqa: PLC0415
        d = dict(src_dict)
        cvs = []
        _cvs = d.pop("cvs")
        for cvs_item_data in (_cvs):
            cvs_item = BatchCvItem.from_dict(cvs_item_data)



            cvs.append(cvs_item)


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


        batch_cv_analysis_request = cls(
            cvs=cvs,
            job_id=job_id,
            job_requirements=job_requirements,
        )


        batch_cv_analysis_request.additional_properties = d
        return batch_cv_analysis_request

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
