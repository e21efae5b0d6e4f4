from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.mentioned_member import MentionedMember





T = TypeVar("T", bound="Note")



@_attrs_define
class Note:
    """ 
        Attributes:
            author_id (None | UUID):
            author_name (None | str):
            body (str):
            candidate_id (UUID):
            created_at (datetime.datetime):
            id (UUID):
            mentions (list[MentionedMember]):
            updated_at (datetime.datetime):
     """

    author_id: None | UUID
    author_name: None | str
    body: str
    candidate_id: UUID
    created_at: datetime.datetime
    id: UUID
    mentions: list[MentionedMember]
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.mentioned_member import MentionedMember # noqa: PLC0415
        author_id: None | str
        if isinstance(self.author_id, UUID):
            author_id = str(self.author_id)
        else:
            author_id = self.author_id

        author_name: None | str
        author_name = self.author_name

        body = self.body

        candidate_id = str(self.candidate_id)

        created_at = self.created_at.isoformat()

        id = str(self.id)

        mentions = []
        for mentions_item_data in self.mentions:
            mentions_item = mentions_item_data.to_dict()
            mentions.append(mentions_item)



        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "authorId": author_id,
            "authorName": author_name,
            "body": body,
            "candidateId": candidate_id,
            "createdAt": created_at,
            "id": id,
            "mentions": mentions,
            "updatedAt": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mentioned_member import MentionedMember # noqa: PLC0415
        d = dict(src_dict)
        def _parse_author_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                author_id_type_0 = UUID(data)



                return author_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        author_id = _parse_author_id(d.pop("authorId"))


        def _parse_author_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        author_name = _parse_author_name(d.pop("authorName"))


        body = d.pop("body")

        candidate_id = UUID(d.pop("candidateId"))




        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        id = UUID(d.pop("id"))




        mentions = []
        _mentions = d.pop("mentions")
        for mentions_item_data in (_mentions):
            mentions_item = MentionedMember.from_dict(mentions_item_data)



            mentions.append(mentions_item)


        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))




        note = cls(
            author_id=author_id,
            author_name=author_name,
            body=body,
            candidate_id=candidate_id,
            created_at=created_at,
            id=id,
            mentions=mentions,
            updated_at=updated_at,
        )


        note.additional_properties = d
        return note

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
