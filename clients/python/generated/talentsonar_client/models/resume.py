from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.resume_parseddata import ResumeParseddata





T = TypeVar("T", bound="Resume")



@_attrs_define
class Resume:
    """ 
        Attributes:
            candidate_id (None | UUID):
            embedded (bool):
            id (UUID):
            parsed_data (ResumeParseddata):
            text (str):
            user_id (None | UUID):
     """

    candidate_id: None | UUID
    embedded: bool
    id: UUID
    parsed_data: ResumeParseddata
    text: str
    user_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.resume_parseddata import ResumeParseddata # noqa: PLC0415
        candidate_id: None | str
        if isinstance(self.candidate_id, UUID):
            candidate_id = str(self.candidate_id)
        else:
            candidate_id = self.candidate_id

        embedded = self.embedded

        id = str(self.id)

        parsed_data = self.parsed_data.to_dict()

        text = self.text

        user_id: None | str
        if isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "candidateId": candidate_id,
            "embedded": embedded,
            "id": id,
            "parsedData": parsed_data,
            "text": text,
            "userId": user_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resume_parseddata import ResumeParseddata # noqa: PLC0415
        d = dict(src_dict)
        def _parse_candidate_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                candidate_id_type_0 = UUID(data)



                return candidate_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        candidate_id = _parse_candidate_id(d.pop("candidateId"))


        embedded = d.pop("embedded")

        id = UUID(d.pop("id"))




        parsed_data = ResumeParseddata.from_dict(d.pop("parsedData"))




        text = d.pop("text")

        def _parse_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)



                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        user_id = _parse_user_id(d.pop("userId"))


        resume = cls(
            candidate_id=candidate_id,
            embedded=embedded,
            id=id,
            parsed_data=parsed_data,
            text=text,
            user_id=user_id,
        )


        resume.additional_properties = d
        return resume

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
