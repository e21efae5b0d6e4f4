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
  from ..models.rejected_file import RejectedFile
  from ..models.uploaded_file import UploadedFile





T = TypeVar("T", bound="UploadAccepted")



@_attrs_define
class UploadAccepted:
    """ The files taken and refused, and (seed 001's shape) the candidate when the upload
    was one file parsed within the request; those fields are ``null`` otherwise.

        Attributes:
            files (list[UploadedFile]):
            cv_file_url (None | str | Unset): A short-lived link to the CV that needs no bearer token
            email (None | str | Unset):
            id (None | Unset | UUID): The candidate the CV was filed under
            match_scores_queued (bool | Unset): Whether scoring the candidate against the jobs is queued Default: False.
            name (None | str | Unset):
            rejected (list[RejectedFile] | Unset):
            skills (list[str] | None | Unset):
     """

    files: list[UploadedFile]
    cv_file_url: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    id: None | Unset | UUID = UNSET
    match_scores_queued: bool | Unset = False
    name: None | str | Unset = UNSET
    rejected: list[RejectedFile] | Unset = UNSET
    skills: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rejected_file import RejectedFile # noqa: PLC0415
        from ..models.uploaded_file import UploadedFile # noqa: PLC0415
        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)



        cv_file_url: None | str | Unset
        if isinstance(self.cv_file_url, Unset):
            cv_file_url = UNSET
        else:
            cv_file_url = self.cv_file_url

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        match_scores_queued = self.match_scores_queued

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        rejected: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rejected, Unset):
            rejected = []
            for rejected_item_data in self.rejected:
                rejected_item = rejected_item_data.to_dict()
                rejected.append(rejected_item)



        skills: list[str] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = self.skills


        else:
            skills = self.skills


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "files": files,
        })
        if cv_file_url is not UNSET:
            field_dict["cvFileUrl"] = cv_file_url
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if match_scores_queued is not UNSET:
            field_dict["matchScoresQueued"] = match_scores_queued
        if name is not UNSET:
            field_dict["name"] = name
        if rejected is not UNSET:
            field_dict["rejected"] = rejected
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rejected_file import RejectedFile # noqa: PLC0415
        from ..models.uploaded_file import UploadedFile # noqa: PLC0415
        d = dict(src_dict)
        files = []
        _files = d.pop("files")
        for files_item_data in (_files):
            files_item = UploadedFile.from_dict(files_item_data)



            files.append(files_item)


        def _parse_cv_file_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cv_file_url = _parse_cv_file_url(d.pop("cvFileUrl", UNSET))


        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)



                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))


        match_scores_queued = d.pop("matchScoresQueued", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        _rejected = d.pop("rejected", UNSET)
        rejected: list[RejectedFile] | Unset = UNSET
        if _rejected is not UNSET:
            rejected = []
            for rejected_item_data in _rejected:
                rejected_item = RejectedFile.from_dict(rejected_item_data)



                rejected.append(rejected_item)


        def _parse_skills(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skills_type_0 = cast(list[str], data)

                return skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        skills = _parse_skills(d.pop("skills", UNSET))


        upload_accepted = cls(
            files=files,
            cv_file_url=cv_file_url,
            email=email,
            id=id,
            match_scores_queued=match_scores_queued,
            name=name,
            rejected=rejected,
            skills=skills,
        )


        upload_accepted.additional_properties = d
        return upload_accepted

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
