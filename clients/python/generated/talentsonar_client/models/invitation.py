from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.invitation_results import InvitationResults





T = TypeVar("T", bound="Invitation")



@_attrs_define
class Invitation:
    """ 
        Attributes:
            assessment_id (UUID):
            candidate_id (UUID):
            created_at (datetime.datetime):
            email (str):
            expires_at (datetime.datetime):
            id (UUID):
            status (str):
            deadline_at (datetime.datetime | None | Unset):
            graded_at (datetime.datetime | None | Unset):
            results (InvitationResults | Unset):
            score (float | None | Unset):
            started_at (datetime.datetime | None | Unset):
            submitted_at (datetime.datetime | None | Unset):
     """

    assessment_id: UUID
    candidate_id: UUID
    created_at: datetime.datetime
    email: str
    expires_at: datetime.datetime
    id: UUID
    status: str
    deadline_at: datetime.datetime | None | Unset = UNSET
    graded_at: datetime.datetime | None | Unset = UNSET
    results: InvitationResults | Unset = UNSET
    score: float | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    submitted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.invitation_results import InvitationResults # noqa: PLC0415
        assessment_id = str(self.assessment_id)

        candidate_id = str(self.candidate_id)

        created_at = self.created_at.isoformat()

        email = self.email

        expires_at = self.expires_at.isoformat()

        id = str(self.id)

        status = self.status

        deadline_at: None | str | Unset
        if isinstance(self.deadline_at, Unset):
            deadline_at = UNSET
        elif isinstance(self.deadline_at, datetime.datetime):
            deadline_at = self.deadline_at.isoformat()
        else:
            deadline_at = self.deadline_at

        graded_at: None | str | Unset
        if isinstance(self.graded_at, Unset):
            graded_at = UNSET
        elif isinstance(self.graded_at, datetime.datetime):
            graded_at = self.graded_at.isoformat()
        else:
            graded_at = self.graded_at

        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results.to_dict()

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        submitted_at: None | str | Unset
        if isinstance(self.submitted_at, Unset):
            submitted_at = UNSET
        elif isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assessmentId": assessment_id,
            "candidateId": candidate_id,
            "createdAt": created_at,
            "email": email,
            "expiresAt": expires_at,
            "id": id,
            "status": status,
        })
        if deadline_at is not UNSET:
            field_dict["deadlineAt"] = deadline_at
        if graded_at is not UNSET:
            field_dict["gradedAt"] = graded_at
        if results is not UNSET:
            field_dict["results"] = results
        if score is not UNSET:
            field_dict["score"] = score
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if submitted_at is not UNSET:
            field_dict["submittedAt"] = submitted_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invitation_results import InvitationResults # noqa: PLC0415
        d = dict(src_dict)
        assessment_id = UUID(d.pop("assessmentId"))




        candidate_id = UUID(d.pop("candidateId"))




        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        email = d.pop("email")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))




        id = UUID(d.pop("id"))




        status = d.pop("status")

        def _parse_deadline_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_at_type_0 = datetime.datetime.fromisoformat(data)



                return deadline_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deadline_at = _parse_deadline_at(d.pop("deadlineAt", UNSET))


        def _parse_graded_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                graded_at_type_0 = datetime.datetime.fromisoformat(data)



                return graded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        graded_at = _parse_graded_at(d.pop("gradedAt", UNSET))


        _results = d.pop("results", UNSET)
        results: InvitationResults | Unset
        if isinstance(_results,  Unset):
            results = UNSET
        else:
            results = InvitationResults.from_dict(_results)




        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))


        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)



                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("startedAt", UNSET))


        def _parse_submitted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)



                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        submitted_at = _parse_submitted_at(d.pop("submittedAt", UNSET))


        invitation = cls(
            assessment_id=assessment_id,
            candidate_id=candidate_id,
            created_at=created_at,
            email=email,
            expires_at=expires_at,
            id=id,
            status=status,
            deadline_at=deadline_at,
            graded_at=graded_at,
            results=results,
            score=score,
            started_at=started_at,
            submitted_at=submitted_at,
        )


        invitation.additional_properties = d
        return invitation

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
