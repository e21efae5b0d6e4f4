from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import json
from .. import types

from ..types import UNSET, Unset

from ..models.body_upload_cvs_type import BodyUploadCvsType
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="BodyUploadCvs")



@_attrs_define
class BodyUploadCvs:
    """ 
        Attributes:
            file (None | str | Unset): A single CV
            files (list[str] | None | Unset): One or more CVs
            job_id (None | Unset | UUID):
            metadata (None | str | Unset): JSON object stored on the candidate
            type_ (BodyUploadCvsType | Unset):  Default: BodyUploadCvsType.UPLOADED.
     """

    file: None | str | Unset = UNSET
    files: list[str] | None | Unset = UNSET
    job_id: None | Unset | UUID = UNSET
    metadata: None | str | Unset = UNSET
    type_: BodyUploadCvsType | Unset = BodyUploadCvsType.UPLOADED
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        file: None | str | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        else:
            file = self.file

        files: list[str] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = self.files


        else:
            files = self.files

        job_id: None | str | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        elif isinstance(self.job_id, UUID):
            job_id = str(self.job_id)
        else:
            job_id = self.job_id

        metadata: None | str | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if file is not UNSET:
            field_dict["file"] = file
        if files is not UNSET:
            field_dict["files"] = files
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict


    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset):
            if isinstance(self.file, str):

                files.append(("file", (None, str(self.file).encode(), "text/plain")))
            else:
                files.append(("file", (None, str(self.file).encode(), "text/plain")))


        if not isinstance(self.files, Unset):
            if isinstance(self.files, list):

                for files_type_0_item_element in self.files:
                    files.append(("files", (None, str(files_type_0_item_element).encode(), "text/plain")))
            else:
                files.append(("files", (None, str(self.files).encode(), "text/plain")))


        if not isinstance(self.job_id, Unset):
            if isinstance(self.job_id, UUID):

                files.append(("jobId", (None, str(self.job_id), "text/plain")))
            else:
                files.append(("jobId", (None, str(self.job_id).encode(), "text/plain")))


        if not isinstance(self.metadata, Unset):
            if isinstance(self.metadata, str):

                files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))
            else:
                files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))


        if not isinstance(self.type_, Unset):
            files.append(("type",  (None, str(self.type_.value).encode(), "text/plain")))




        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))



        return files


    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file = _parse_file(d.pop("file", UNSET))


        def _parse_files(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                files_type_0 = cast(list[str], data)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        files = _parse_files(d.pop("files", UNSET))


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


        def _parse_metadata(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))


        _type_ = d.pop("type", UNSET)
        type_: BodyUploadCvsType | Unset
        if isinstance(_type_,  Unset):
            type_ = UNSET
        else:
            type_ = BodyUploadCvsType(_type_)




        body_upload_cvs = cls(
            file=file,
            files=files,
            job_id=job_id,
            metadata=metadata,
            type_=type_,
        )


        body_upload_cvs.additional_properties = d
        return body_upload_cvs

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
