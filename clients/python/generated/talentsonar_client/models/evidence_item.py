from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.evidence_item_importance import EvidenceItemImportance
from ..models.evidence_item_kind import EvidenceItemKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="EvidenceItem")



@_attrs_define
class EvidenceItem:
    """ One strength or gap: the requirement it concerns and the CV line that shows it.

        Attributes:
            importance (EvidenceItemImportance):
            kind (EvidenceItemKind):
            requirement (str):
            note (str | Unset):  Default: ''.
            quote (None | str | Unset): A line of the CV (for a gap: the closest related evidence, if any)
            section (None | str | Unset): The CV section the quote comes from
     """

    importance: EvidenceItemImportance
    kind: EvidenceItemKind
    requirement: str
    note: str | Unset = ''
    quote: None | str | Unset = UNSET
    section: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        importance = self.importance.value

        kind = self.kind.value

        requirement = self.requirement

        note = self.note

        quote: None | str | Unset
        if isinstance(self.quote, Unset):
            quote = UNSET
        else:
            quote = self.quote

        section: None | str | Unset
        if isinstance(self.section, Unset):
            section = UNSET
        else:
            section = self.section


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "importance": importance,
            "kind": kind,
            "requirement": requirement,
        })
        if note is not UNSET:
            field_dict["note"] = note
        if quote is not UNSET:
            field_dict["quote"] = quote
        if section is not UNSET:
            field_dict["section"] = section

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        importance = EvidenceItemImportance(d.pop("importance"))




        kind = EvidenceItemKind(d.pop("kind"))




        requirement = d.pop("requirement")

        note = d.pop("note", UNSET)

        def _parse_quote(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quote = _parse_quote(d.pop("quote", UNSET))


        def _parse_section(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        section = _parse_section(d.pop("section", UNSET))


        evidence_item = cls(
            importance=importance,
            kind=kind,
            requirement=requirement,
            note=note,
            quote=quote,
            section=section,
        )


        evidence_item.additional_properties = d
        return evidence_item

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
