from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.activity import Activity
  from ..models.dashboard_applicationsbystage import DashboardApplicationsbystage





T = TypeVar("T", bound="Dashboard")



@_attrs_define
class Dashboard:
    """ 
        Attributes:
            ai_analysis_count (int):
            average_match_score (int): Mean matchScore of the live pairs, rounded
            open_jobs (int):
            recent_activity (list[Activity]):
            strong_matches (int): Pairs whose matchScore is at least 75
            total_candidates (int):
            total_jobs (int):
            applications_by_stage (DashboardApplicationsbystage | Unset): Live applications per pipeline stage (in board
                order) across the organisation's jobs
     """

    ai_analysis_count: int
    average_match_score: int
    open_jobs: int
    recent_activity: list[Activity]
    strong_matches: int
    total_candidates: int
    total_jobs: int
    applications_by_stage: DashboardApplicationsbystage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.activity import Activity # noqa: PLC0415
        from ..models.dashboard_applicationsbystage import DashboardApplicationsbystage # noqa: PLC0415
        ai_analysis_count = self.ai_analysis_count

        average_match_score = self.average_match_score

        open_jobs = self.open_jobs

        recent_activity = []
        for recent_activity_item_data in self.recent_activity:
            recent_activity_item = recent_activity_item_data.to_dict()
            recent_activity.append(recent_activity_item)



        strong_matches = self.strong_matches

        total_candidates = self.total_candidates

        total_jobs = self.total_jobs

        applications_by_stage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.applications_by_stage, Unset):
            applications_by_stage = self.applications_by_stage.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "aiAnalysisCount": ai_analysis_count,
            "averageMatchScore": average_match_score,
            "openJobs": open_jobs,
            "recentActivity": recent_activity,
            "strongMatches": strong_matches,
            "totalCandidates": total_candidates,
            "totalJobs": total_jobs,
        })
        if applications_by_stage is not UNSET:
            field_dict["applicationsByStage"] = applications_by_stage

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity import Activity # noqa: PLC0415
        from ..models.dashboard_applicationsbystage import DashboardApplicationsbystage # noqa: PLC0415
        d = dict(src_dict)
        ai_analysis_count = d.pop("aiAnalysisCount")

        average_match_score = d.pop("averageMatchScore")

        open_jobs = d.pop("openJobs")

        recent_activity = []
        _recent_activity = d.pop("recentActivity")
        for recent_activity_item_data in (_recent_activity):
            recent_activity_item = Activity.from_dict(recent_activity_item_data)



            recent_activity.append(recent_activity_item)


        strong_matches = d.pop("strongMatches")

        total_candidates = d.pop("totalCandidates")

        total_jobs = d.pop("totalJobs")

        _applications_by_stage = d.pop("applicationsByStage", UNSET)
        applications_by_stage: DashboardApplicationsbystage | Unset
        if isinstance(_applications_by_stage,  Unset):
            applications_by_stage = UNSET
        else:
            applications_by_stage = DashboardApplicationsbystage.from_dict(_applications_by_stage)




        dashboard = cls(
            ai_analysis_count=ai_analysis_count,
            average_match_score=average_match_score,
            open_jobs=open_jobs,
            recent_activity=recent_activity,
            strong_matches=strong_matches,
            total_candidates=total_candidates,
            total_jobs=total_jobs,
            applications_by_stage=applications_by_stage,
        )


        dashboard.additional_properties = d
        return dashboard

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
