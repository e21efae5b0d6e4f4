from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.onet_ref import OnetRef





T = TypeVar("T", bound="SkillSuggestion")



@_attrs_define
class SkillSuggestion:
    """ 
        Attributes:
            name (str):
            category (None | str | Unset):
            esco_uri (None | str | Unset):
            onet (None | OnetRef | Unset):
     """

    name: str
    category: None | str | Unset = UNSET
    esco_uri: None | str | Unset = UNSET
    onet: None | OnetRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.onet_ref import OnetRef # noqa: PLC0415
        name = self.name

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        esco_uri: None | str | Unset
        if isinstance(self.esco_uri, Unset):
            esco_uri = UNSET
        else:
            esco_uri = self.esco_uri

        onet: dict[str, Any] | None | Unset
        if isinstance(self.onet, Unset):
            onet = UNSET
        elif isinstance(self.onet, OnetRef):
            onet = self.onet.to_dict()
        else:
            onet = self.onet


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
        })
        if category is not UNSET:
            field_dict["category"] = category
        if esco_uri is not UNSET:
            field_dict["escoUri"] = esco_uri
        if onet is not UNSET:
            field_dict["onet"] = onet

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.onet_ref import OnetRef # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))


        def _parse_esco_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        esco_uri = _parse_esco_uri(d.pop("escoUri", UNSET))


        def _parse_onet(data: object) -> None | OnetRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                onet_type_0 = OnetRef.from_dict(data)



                return onet_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OnetRef | Unset, data)

        onet = _parse_onet(d.pop("onet", UNSET))


        skill_suggestion = cls(
            name=name,
            category=category,
            esco_uri=esco_uri,
            onet=onet,
        )


        skill_suggestion.additional_properties = d
        return skill_suggestion

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
