from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.requirement_evidence_source import RequirementEvidenceSource
from ..types import UNSET, Unset






T = TypeVar("T", bound="RequirementEvidence")



@_attrs_define
class RequirementEvidence:
    """ Why the job holds a requirement: the sentence of the description (or the title)
    that says it, ``text == <source>[start:end]``, and the words in it that name it.

        Attributes:
            end (int):
            quote (str):
            start (int):
            text (str):
            value (str):
            source (RequirementEvidenceSource | Unset):  Default: RequirementEvidenceSource.DESCRIPTION.
     """

    end: int
    quote: str
    start: int
    text: str
    value: str
    source: RequirementEvidenceSource | Unset = RequirementEvidenceSource.DESCRIPTION
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        end = self.end

        quote = self.quote

        start = self.start

        text = self.text

        value = self.value

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "end": end,
            "quote": quote,
            "start": start,
            "text": text,
            "value": value,
        })
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end = d.pop("end")

        quote = d.pop("quote")

        start = d.pop("start")

        text = d.pop("text")

        value = d.pop("value")

        _source = d.pop("source", UNSET)
        source: RequirementEvidenceSource | Unset
        if isinstance(_source,  Unset):
            source = UNSET
        else:
            source = RequirementEvidenceSource(_source)




        requirement_evidence = cls(
            end=end,
            quote=quote,
            start=start,
            text=text,
            value=value,
            source=source,
        )


        requirement_evidence.additional_properties = d
        return requirement_evidence

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
