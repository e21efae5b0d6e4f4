from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.profile import Profile
  from ..models.profile_export_matches_item import ProfileExportMatchesItem
  from ..models.profile_export_swap_requests_item import ProfileExportSwapRequestsItem
  from ..models.resume import Resume





T = TypeVar("T", bound="ProfileExport")



@_attrs_define
class ProfileExport:
    """ 
        Attributes:
            matches (list[ProfileExportMatchesItem]):
            profile (Profile): The owner's own profile (home address included). ``id`` is the seed's user id;
                ``accountId`` the sign-in account.
            resume (None | Resume):
            swap_requests (list[ProfileExportSwapRequestsItem]):
     """

    matches: list[ProfileExportMatchesItem]
    profile: Profile
    resume: None | Resume
    swap_requests: list[ProfileExportSwapRequestsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.profile import Profile # noqa: PLC0415
        from ..models.profile_export_matches_item import ProfileExportMatchesItem # noqa: PLC0415
        from ..models.profile_export_swap_requests_item import ProfileExportSwapRequestsItem # noqa: PLC0415
        from ..models.resume import Resume # noqa: PLC0415
        matches = []
        for matches_item_data in self.matches:
            matches_item = matches_item_data.to_dict()
            matches.append(matches_item)



        profile = self.profile.to_dict()

        resume: dict[str, Any] | None
        if isinstance(self.resume, Resume):
            resume = self.resume.to_dict()
        else:
            resume = self.resume

        swap_requests = []
        for swap_requests_item_data in self.swap_requests:
            swap_requests_item = swap_requests_item_data.to_dict()
            swap_requests.append(swap_requests_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "matches": matches,
            "profile": profile,
            "resume": resume,
            "swapRequests": swap_requests,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profile import Profile # noqa: PLC0415
        from ..models.profile_export_matches_item import ProfileExportMatchesItem # noqa: PLC0415
        from ..models.profile_export_swap_requests_item import ProfileExportSwapRequestsItem # noqa: PLC0415
        from ..models.resume import Resume # noqa: PLC0415
        d = dict(src_dict)
        matches = []
        _matches = d.pop("matches")
        for matches_item_data in (_matches):
            matches_item = ProfileExportMatchesItem.from_dict(matches_item_data)



            matches.append(matches_item)


        profile = Profile.from_dict(d.pop("profile"))




        def _parse_resume(data: object) -> None | Resume:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resume_type_0 = Resume.from_dict(data)



                return resume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Resume, data)

        resume = _parse_resume(d.pop("resume"))


        swap_requests = []
        _swap_requests = d.pop("swapRequests")
        for swap_requests_item_data in (_swap_requests):
            swap_requests_item = ProfileExportSwapRequestsItem.from_dict(swap_requests_item_data)



            swap_requests.append(swap_requests_item)


        profile_export = cls(
            matches=matches,
            profile=profile,
            resume=resume,
            swap_requests=swap_requests,
        )


        profile_export.additional_properties = d
        return profile_export

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
