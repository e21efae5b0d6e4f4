from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="CvDocumentOut")



@_attrs_define
class CvDocumentOut:
    """ 
        Attributes:
            content_type (str):
            created_at (datetime.datetime):
            filename (str):
            flags (list[str]):
            id (UUID):
            is_current (bool):
            kind (str):
            pages (int | None):
            sha256 (str):
            size (int):
            version (int):
     """

    content_type: str
    created_at: datetime.datetime
    filename: str
    flags: list[str]
    id: UUID
    is_current: bool
    kind: str
    pages: int | None
    sha256: str
    size: int
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        created_at = self.created_at.isoformat()

        filename = self.filename

        flags = self.flags



        id = str(self.id)

        is_current = self.is_current

        kind = self.kind

        pages: int | None
        pages = self.pages

        sha256 = self.sha256

        size = self.size

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "contentType": content_type,
            "createdAt": created_at,
            "filename": filename,
            "flags": flags,
            "id": id,
            "isCurrent": is_current,
            "kind": kind,
            "pages": pages,
            "sha256": sha256,
            "size": size,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_type = d.pop("contentType")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        filename = d.pop("filename")

        flags = cast(list[str], d.pop("flags"))


        id = UUID(d.pop("id"))




        is_current = d.pop("isCurrent")

        kind = d.pop("kind")

        def _parse_pages(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pages = _parse_pages(d.pop("pages"))


        sha256 = d.pop("sha256")

        size = d.pop("size")

        version = d.pop("version")

        cv_document_out = cls(
            content_type=content_type,
            created_at=created_at,
            filename=filename,
            flags=flags,
            id=id,
            is_current=is_current,
            kind=kind,
            pages=pages,
            sha256=sha256,
            size=size,
            version=version,
        )


        cv_document_out.additional_properties = d
        return cv_document_out

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
