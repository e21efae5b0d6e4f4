from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SkillEvidence")



@_attrs_define
class SkillEvidence:
    """ The span of the parsed text that evidences a skill: ``text[start:end]``.

        Attributes:
            end (int):
            name (str):
            start (int):
            text (str):
            section (None | str | Unset):
            support (str | Unset):  Default: 'name'.
     """

    end: int
    name: str
    start: int
    text: str
    section: None | str | Unset = UNSET
    support: str | Unset = 'name'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        end = self.end

        name = self.name

        start = self.start

        text = self.text

        section: None | str | Unset
        if isinstance(self.section, Unset):
            section = UNSET
        else:
            section = self.section

        support = self.support


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "end": end,
            "name": name,
            "start": start,
            "text": text,
        })
        if section is not UNSET:
            field_dict["section"] = section
        if support is not UNSET:
            field_dict["support"] = support

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end = d.pop("end")

        name = d.pop("name")

        start = d.pop("start")

        text = d.pop("text")

        def _parse_section(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        section = _parse_section(d.pop("section", UNSET))


        support = d.pop("support", UNSET)

        skill_evidence = cls(
            end=end,
            name=name,
            start=start,
            text=text,
            section=section,
            support=support,
        )


        skill_evidence.additional_properties = d
        return skill_evidence

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
