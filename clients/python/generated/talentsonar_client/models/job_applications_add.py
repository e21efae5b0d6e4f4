from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.job_applications_add_source import JobApplicationsAddSource
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="JobApplicationsAdd")



@_attrs_define
class JobApplicationsAdd:
    """ Candidates added to a job's pipeline from its shortlist or a talent search.

        Attributes:
            candidate_ids (list[UUID]):
            source (JobApplicationsAddSource | Unset):  Default: JobApplicationsAddSource.SHORTLIST.
            stage_id (None | Unset | UUID):
     """

    candidate_ids: list[UUID]
    source: JobApplicationsAddSource | Unset = JobApplicationsAddSource.SHORTLIST
    stage_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        candidate_ids = []
        for candidate_ids_item_data in self.candidate_ids:
            candidate_ids_item = str(candidate_ids_item_data)
            candidate_ids.append(candidate_ids_item)



        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value


        stage_id: None | str | Unset
        if isinstance(self.stage_id, Unset):
            stage_id = UNSET
        elif isinstance(self.stage_id, UUID):
            stage_id = str(self.stage_id)
        else:
            stage_id = self.stage_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidateIds": candidate_ids,
        })
        if source is not UNSET:
            field_dict["source"] = source
        if stage_id is not UNSET:
            field_dict["stageId"] = stage_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate_ids = []
        _candidate_ids = d.pop("candidateIds")
        for candidate_ids_item_data in (_candidate_ids):
            candidate_ids_item = UUID(candidate_ids_item_data)



            candidate_ids.append(candidate_ids_item)


        _source = d.pop("source", UNSET)
        source: JobApplicationsAddSource | Unset
        if isinstance(_source,  Unset):
            source = UNSET
        else:
            source = JobApplicationsAddSource(_source)




        def _parse_stage_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_id_type_0 = UUID(data)



                return stage_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        stage_id = _parse_stage_id(d.pop("stageId", UNSET))


        job_applications_add = cls(
            candidate_ids=candidate_ids,
            source=source,
            stage_id=stage_id,
        )


        job_applications_add.additional_properties = d
        return job_applications_add

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
