from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="UploadedFile")



@_attrs_define
class UploadedFile:
    """ 
        Attributes:
            document_id (UUID):
            filename (str):
            status (str):
            status_url (str):
            task_id (UUID):
            candidate_id (None | Unset | UUID):
            duplicate (None | str | Unset): Parsed at once and already on file: why it is the same person (same_file,
                same_text, same_email, same_phone, similar_text)
            version (int | None | Unset): Parsed at once: the candidate's CV version this file is
     """

    document_id: UUID
    filename: str
    status: str
    status_url: str
    task_id: UUID
    candidate_id: None | Unset | UUID = UNSET
    duplicate: None | str | Unset = UNSET
    version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        document_id = str(self.document_id)

        filename = self.filename

        status = self.status

        status_url = self.status_url

        task_id = str(self.task_id)

        candidate_id: None | str | Unset
        if isinstance(self.candidate_id, Unset):
            candidate_id = UNSET
        elif isinstance(self.candidate_id, UUID):
            candidate_id = str(self.candidate_id)
        else:
            candidate_id = self.candidate_id

        duplicate: None | str | Unset
        if isinstance(self.duplicate, Unset):
            duplicate = UNSET
        else:
            duplicate = self.duplicate

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "documentId": document_id,
            "filename": filename,
            "status": status,
            "statusUrl": status_url,
            "taskId": task_id,
        })
        if candidate_id is not UNSET:
            field_dict["candidateId"] = candidate_id
        if duplicate is not UNSET:
            field_dict["duplicate"] = duplicate
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = UUID(d.pop("documentId"))




        filename = d.pop("filename")

        status = d.pop("status")

        status_url = d.pop("statusUrl")

        task_id = UUID(d.pop("taskId"))




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


        def _parse_duplicate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duplicate = _parse_duplicate(d.pop("duplicate", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        uploaded_file = cls(
            document_id=document_id,
            filename=filename,
            status=status,
            status_url=status_url,
            task_id=task_id,
            candidate_id=candidate_id,
            duplicate=duplicate,
            version=version,
        )


        uploaded_file.additional_properties = d
        return uploaded_file

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
