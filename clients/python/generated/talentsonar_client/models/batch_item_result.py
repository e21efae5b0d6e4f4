from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.cv_analysis_answer import CvAnalysisAnswer





T = TypeVar("T", bound="BatchItemResult")



@_attrs_define
class BatchItemResult:
    """ 
        Attributes:
            index (int):
            ok (bool):
            analysis (CvAnalysisAnswer | None | Unset):
            error (None | str | Unset):
     """

    index: int
    ok: bool
    analysis: CvAnalysisAnswer | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.cv_analysis_answer import CvAnalysisAnswer # noqa: PLC0415
        index = self.index

        ok = self.ok

        analysis: dict[str, Any] | None | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        elif isinstance(self.analysis, CvAnalysisAnswer):
            analysis = self.analysis.to_dict()
        else:
            analysis = self.analysis

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "index": index,
            "ok": ok,
        })
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cv_analysis_answer import CvAnalysisAnswer # noqa: PLC0415
        d = dict(src_dict)
        index = d.pop("index")

        ok = d.pop("ok")

        def _parse_analysis(data: object) -> CvAnalysisAnswer | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysis_type_0 = CvAnalysisAnswer.from_dict(data)



                return analysis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CvAnalysisAnswer | None | Unset, data)

        analysis = _parse_analysis(d.pop("analysis", UNSET))


        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))


        batch_item_result = cls(
            index=index,
            ok=ok,
            analysis=analysis,
            error=error,
        )


        batch_item_result.additional_properties = d
        return batch_item_result

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
