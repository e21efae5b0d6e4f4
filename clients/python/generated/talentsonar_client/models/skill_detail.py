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
  from ..models.skill_evidence import SkillEvidence





T = TypeVar("T", bound="SkillDetail")



@_attrs_define
class SkillDetail:
    """ 
        Attributes:
            name (str):
            category (None | str | Unset):
            esco_label (None | str | Unset):
            esco_uri (None | str | Unset):
            evidence (None | SkillEvidence | Unset):
            implied (bool | Unset):  Default: False.
            implied_by (list[str] | Unset):
            onet (None | OnetRef | Unset):
     """

    name: str
    category: None | str | Unset = UNSET
    esco_label: None | str | Unset = UNSET
    esco_uri: None | str | Unset = UNSET
    evidence: None | SkillEvidence | Unset = UNSET
    implied: bool | Unset = False
    implied_by: list[str] | Unset = UNSET
    onet: None | OnetRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.onet_ref import OnetRef # noqa: PLC0415
        from ..models.skill_evidence import SkillEvidence # noqa: PLC0415
        name = self.name

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        esco_label: None | str | Unset
        if isinstance(self.esco_label, Unset):
            esco_label = UNSET
        else:
            esco_label = self.esco_label

        esco_uri: None | str | Unset
        if isinstance(self.esco_uri, Unset):
            esco_uri = UNSET
        else:
            esco_uri = self.esco_uri

        evidence: dict[str, Any] | None | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, SkillEvidence):
            evidence = self.evidence.to_dict()
        else:
            evidence = self.evidence

        implied = self.implied

        implied_by: list[str] | Unset = UNSET
        if not isinstance(self.implied_by, Unset):
            implied_by = self.implied_by



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
        if esco_label is not UNSET:
            field_dict["escoLabel"] = esco_label
        if esco_uri is not UNSET:
            field_dict["escoUri"] = esco_uri
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if implied is not UNSET:
            field_dict["implied"] = implied
        if implied_by is not UNSET:
            field_dict["impliedBy"] = implied_by
        if onet is not UNSET:
            field_dict["onet"] = onet

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.onet_ref import OnetRef # noqa: PLC0415
        from ..models.skill_evidence import SkillEvidence # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))


        def _parse_esco_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        esco_label = _parse_esco_label(d.pop("escoLabel", UNSET))


        def _parse_esco_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        esco_uri = _parse_esco_uri(d.pop("escoUri", UNSET))


        def _parse_evidence(data: object) -> None | SkillEvidence | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                evidence_type_0 = SkillEvidence.from_dict(data)



                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SkillEvidence | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))


        implied = d.pop("implied", UNSET)

        implied_by = cast(list[str], d.pop("impliedBy", UNSET))


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


        skill_detail = cls(
            name=name,
            category=category,
            esco_label=esco_label,
            esco_uri=esco_uri,
            evidence=evidence,
            implied=implied,
            implied_by=implied_by,
            onet=onet,
        )


        skill_detail.additional_properties = d
        return skill_detail

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
