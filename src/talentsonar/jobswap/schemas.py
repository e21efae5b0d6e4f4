"""JobSwap's API shapes (camelCase on the wire). Field names follow seed 004's tables:
``users`` -> profiles, ``matches``, ``swap_requests``, ``hr_requests``."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, StringConstraints

from talentsonar.core.schemas import Schema

Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200, pattern=r"^[^\x00]*$"),
]
Address = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=2, max_length=300, pattern=r"^[^\x00]*$"),
]
Skill = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=100, pattern=r"^[^\x00]*$"),
]
Band = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=60, pattern=r"^[^\x00]*$")
]
Mode = Literal["driving", "transit", "cycling", "walking"]


class CompanyCreate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{"name": "Acme Health"}]})
    name: Text


class Company(Schema):
    id: uuid.UUID
    name: str
    created_at: datetime


class HrUserAdd(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "companyId": "3f1c2b9e-8a51-4c1e-9d7a-2f6b0c4e1a10",
        "userId": "9b2d7e41-5c3a-4f0e-8b61-0d4c2a9e7f35",
    }]})
    user_id: uuid.UUID
    company_id: uuid.UUID


class HrUser(Schema):
    id: uuid.UUID
    user_id: uuid.UUID
    company_id: uuid.UUID


class Location(Schema):
    """A place as its owner sees it."""

    address: str
    lat: float
    lng: float
    area: str


class PublicLocation(Schema):
    """A place as other employees see it: the coarse area only."""

    area: str


class ProfileCreate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "name": "Sam Example",
        "jobTitle": "Registered Nurse",
        "homeAddress": "Leeds",
        "workAddress": "Manchester",
        "skills": ["Patient care"],
    }]})
    name: Text
    email: (
        Annotated[
            str,
            StringConstraints(
                strip_whitespace=True, max_length=320, pattern=r"^[^@\s\x00]+@[^@\s\x00]+$"
            ),
        ]
        | None
    ) = None
    phone: Annotated[str, StringConstraints(max_length=60, pattern=r"^[^\x00]*$")] | None = None
    company: Text | None = Field(None, description="the company's name (or companyId)")
    company_id: uuid.UUID | None = None
    job_title: Text
    salary_band: Band | None = Field(None, description='e.g. "60000-75000" or "60k-75k"')
    home_address: Address
    work_address: Address
    commute_mode: Mode = "driving"
    skills: list[Skill] = Field(default_factory=list, max_length=100)
    avatar_url: (
        Annotated[str, StringConstraints(max_length=500, pattern=r"^https?://\S+$")] | None
    ) = None


class ProfileUpdate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{"workAddress": "Bradford"}]})
    name: Text | None = None
    phone: Annotated[str, StringConstraints(max_length=60, pattern=r"^[^\x00]*$")] | None = None
    company: Text | None = None
    company_id: uuid.UUID | None = None
    job_title: Text | None = None
    salary_band: Band | None = None
    home_address: Address | None = None
    work_address: Address | None = None
    commute_mode: Mode | None = None
    skills: list[Skill] | None = Field(None, max_length=100)
    avatar_url: (
        Annotated[str, StringConstraints(max_length=500, pattern=r"^https?://\S+$")] | None
    ) = None


class Profile(Schema):
    """The owner's own profile (home address included). ``id`` is the seed's user id;
    ``accountId`` the sign-in account."""

    id: uuid.UUID
    account_id: uuid.UUID | None
    name: str
    email: str
    phone: str | None
    company: str
    company_id: uuid.UUID
    job_title: str
    salary_band: str | None
    home_location: Location
    work_location: Location
    commute_mode: str
    commute_minutes: int
    skills: list[str]
    profile_complete: bool
    avatar_url: str | None
    has_resume: bool
    created_at: datetime
    updated_at: datetime


class PublicProfile(Schema):
    """Another employee's profile: no home address, no contact."""

    id: uuid.UUID
    name: str
    company: str
    job_title: str
    salary_band: str | None
    home_location: PublicLocation
    work_location: PublicLocation
    commute_minutes: int
    skills: list[str]
    avatar_url: str | None


class Resume(Schema):
    id: uuid.UUID
    user_id: uuid.UUID | None
    text: str
    parsed_data: dict[str, Any]
    candidate_id: uuid.UUID | None
    embedded: bool


class Commute(Schema):
    before_minutes: int
    after_minutes: int
    saved_minutes: int


class Match(Schema):
    id: uuid.UUID
    user_id: uuid.UUID
    match_user_id: uuid.UUID
    compatibility_score: int
    commute_before_minutes: int
    commute_after_minutes: int
    salary_compatible: bool
    created_at: datetime
    breakdown: dict[str, Any]
    your_commute: Commute
    their_commute: Commute
    match_profile: PublicProfile


class GenerateAnswer(Schema):
    task_id: uuid.UUID
    status: str
    status_url: str
    scope: Literal["profile", "network"]


class SwapRequestCreate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "matchId": "3f1c2b9e-8a51-4c1e-9d7a-2f6b0c4e1a10",
        "message": "Happy to swap: my commute halves too",
        "shareContact": True,
        "shareResume": False,
    }]})
    match_id: uuid.UUID | None = None
    to_user_id: uuid.UUID | None = Field(None, description="the other profile's id")
    message: Annotated[
        str,
        StringConstraints(
            strip_whitespace=True, min_length=1, max_length=2000, pattern=r"^[^\x00]*$"
        ),
    ]
    share_resume: bool = False
    share_contact: bool = False


class SwapAccept(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "shareContact": True,
        "shareResume": True,
    }]})
    share_resume: bool | None = None
    share_contact: bool | None = None


class Contact(Schema):
    name: str
    email: str
    phone: str | None


class SwapRequest(Schema):
    id: uuid.UUID
    match_id: uuid.UUID | None
    from_user_id: uuid.UUID
    to_user_id: uuid.UUID
    message: str
    status: str
    share_resume: bool
    share_contact: bool
    commute_savings_minutes: int
    created_at: datetime
    direction: Literal["sent", "received"]
    accepted_by_you: bool
    accepted_by_them: bool
    counterpart: PublicProfile
    counterpart_contact: Contact | None
    counterpart_resume_url: str | None


class HrRequest(Schema):
    id: uuid.UUID
    swap_request_id: uuid.UUID
    estimated_cost_savings: float
    savings_breakdown: dict[str, Any]
    requester_resume_url: str | None
    counterparty_resume_url: str | None
    status: str
    company_id: uuid.UUID
    employee: PublicProfile
    incoming: PublicProfile
    other_companies_status: list[str]
    created_at: datetime


class HrDecision(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{"note": "Both teams agree"}]})
    note: Annotated[str, StringConstraints(max_length=2000, pattern=r"^[^\x00]*$")] | None = None


class PlaceOut(Schema):
    lat: float
    lng: float
    area: str
    label: str


class ProfileExport(Schema):
    profile: Profile
    resume: Resume | None
    matches: list[dict[str, Any]]
    swap_requests: list[dict[str, Any]]


class Erased(Schema):
    profile_id: uuid.UUID
    matches: int
    swap_requests: int
    resume_erased: bool
