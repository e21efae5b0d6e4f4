"""Wire shapes of the hiring pipeline (camelCase on the wire)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, StringConstraints

from talentsonar.core.schemas import Schema
from talentsonar.models.pipeline_stage import StageKind

NO_NUL = r"^[^\x00]*$"
Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60, pattern=NO_NUL)
]
Label = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120, pattern=NO_NUL)
]
Comment = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000, pattern=NO_NUL)]
Source = Literal["manual", "shortlist", "talent_search", "upload", "api", "demo"]
#: Bulk actions take at most this many applications at once.
BULK_MAX = 500

_UUID_A = "0b5f1f0e-7c1e-4a53-9d59-2d5c1b1f6a10"
_UUID_B = "6a3c9a52-46a7-4b2e-8f44-0a4f0b9b3c21"
_UUID_C = "d1e0c3b4-8a7f-4c55-b3e2-5f7a9d2c4e68"


def _examples(*examples: dict[str, Any]) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": list(examples)})


# --- stages -----------------------------------------------------------------------------


class Stage(Schema):
    id: uuid.UUID
    name: str
    kind: StageKind = Field(
        description="open, hired, rejected or withdrawn: what the stage means, whatever its name"
    )
    position: int = Field(description="0-based order on the board")


class StageCreate(Schema):
    model_config = _examples({"name": "Technical test", "kind": "open", "position": 3})

    name: Name
    kind: StageKind = StageKind.open
    position: int | None = Field(
        None,
        ge=0,
        le=1000,
        description="Where to insert it (default: after the last stage of its kind)",
    )


class StageUpdate(Schema):
    model_config = _examples({"name": "Phone screen"}, {"position": 1})

    name: Name | None = None
    position: int | None = Field(None, ge=0, le=1000)


class StageRef(Schema):
    id: uuid.UUID
    name: str
    kind: StageKind


# --- rejection reasons ------------------------------------------------------------------


class RejectionReason(Schema):
    id: uuid.UUID
    label: str
    position: int


class RejectionReasonCreate(Schema):
    model_config = _examples({"label": "Failed the technical test"})

    label: Label
    position: int | None = Field(None, ge=0, le=1000)


class RejectionReasonUpdate(Schema):
    model_config = _examples({"label": "Over-qualified"})

    label: Label | None = None
    position: int | None = Field(None, ge=0, le=1000)


class ReasonRef(Schema):
    id: uuid.UUID
    label: str


# --- applications -----------------------------------------------------------------------


class ApplicationCreate(Schema):
    model_config = _examples(
        {"jobId": _UUID_A, "candidateId": _UUID_B, "source": "shortlist"},
        {"jobId": _UUID_A, "candidateId": _UUID_B, "stageId": _UUID_C},
    )

    job_id: uuid.UUID
    candidate_id: uuid.UUID
    stage_id: uuid.UUID | None = Field(None, description="Default: the first open stage")
    source: Source = "manual"


class Application(Schema):
    id: uuid.UUID
    job_id: uuid.UUID
    candidate_id: uuid.UUID
    candidate_name: str
    job_title: str
    stage: StageRef
    stage_entered_at: datetime
    time_in_stage_seconds: int
    source: str
    rejection_reason: ReasonRef | None
    created_at: datetime
    updated_at: datetime


class StageMove(Schema):
    model_config = _examples(
        {"stageId": _UUID_C, "reason": "Strong portfolio"},
        {"stageId": _UUID_C, "rejectionReasonId": _UUID_B, "reason": "No right to work"},
    )

    stage_id: uuid.UUID
    rejection_reason_id: uuid.UUID | None = Field(
        None,
        description="Required when the stage's kind is rejected (one of the "
        "organisation's rejection reasons)",
    )
    reason: Comment | None = Field(None, description="Why, in words (kept in the history)")


class ApplicationEvent(Schema):
    id: uuid.UUID
    from_stage_id: uuid.UUID | None
    from_stage: str | None
    to_stage_id: uuid.UUID
    to_stage: str
    actor_user_id: uuid.UUID | None
    actor_name: str | None
    rejection_reason: ReasonRef | None
    reason: str | None
    created_at: datetime


class JobApplicationsAdd(Schema):
    """Candidates added to a job's pipeline from its shortlist or a talent search."""

    model_config = _examples({"candidateIds": [_UUID_B], "source": "shortlist"})

    candidate_ids: list[uuid.UUID] = Field(min_length=1, max_length=BULK_MAX)
    stage_id: uuid.UUID | None = None
    source: Source = "shortlist"


class AddedApplication(Schema):
    candidate_id: uuid.UUID
    application_id: uuid.UUID
    created: bool


# --- bulk -------------------------------------------------------------------------------


class BulkMove(Schema):
    model_config = _examples(
        {"applicationIds": [_UUID_A, _UUID_B], "stageId": _UUID_C},
        {"applicationIds": [_UUID_A], "stageId": _UUID_C, "rejectionReasonId": _UUID_B},
    )

    application_ids: list[uuid.UUID] = Field(min_length=1, max_length=BULK_MAX)
    stage_id: uuid.UUID
    rejection_reason_id: uuid.UUID | None = None
    reason: Comment | None = None


class BulkReject(Schema):
    model_config = _examples({"applicationIds": [_UUID_A, _UUID_B], "rejectionReasonId": _UUID_C})

    application_ids: list[uuid.UUID] = Field(min_length=1, max_length=BULK_MAX)
    rejection_reason_id: uuid.UUID
    stage_id: uuid.UUID | None = Field(
        None, description="A stage of kind rejected (default: the first one)"
    )
    reason: Comment | None = None


class BulkItem(Schema):
    application_id: uuid.UUID
    status: Literal["moved", "unchanged", "queued", "skipped"]
    detail: str | None = None


class BulkResult(Schema):
    items: list[BulkItem]
    moved: int = 0
    queued: int = 0


class BulkEmail(Schema):
    model_config = _examples(
        {
            "applicationIds": [_UUID_A],
            "subject": "Your application for {{ job.title }}",
            "body": "Dear {{ candidate.first_name }},\n\nThank you for applying to {{ job.title }} "
            "at {{ organization.name }}.",
        }
    )

    application_ids: list[uuid.UUID] = Field(min_length=1, max_length=BULK_MAX)
    subject: Annotated[
        str,
        StringConstraints(
            strip_whitespace=True, min_length=1, max_length=300, pattern=r"^[^\x00]*$"
        ),
    ]
    body: Annotated[str, StringConstraints(min_length=1, max_length=20_000, pattern=r"^[^\x00]*$")]


# --- board and figures ------------------------------------------------------------------


class BoardCard(Schema):
    id: uuid.UUID
    candidate_id: uuid.UUID
    candidate_name: str
    score: float | None = Field(description="The pair's ranking score (matchScore), if scored")
    stage_entered_at: datetime
    time_in_stage_seconds: int


class BoardColumn(Stage):
    count: int = Field(description="Applications in the stage (the column may show fewer)")
    applications: list[BoardCard]


class Board(Schema):
    job_id: uuid.UUID
    job_title: str
    total: int
    limit: int = Field(description="At most this many cards per column (best score first)")
    stages: list[BoardColumn]


class StageFigures(Stage):
    count: int = Field(description="Applications in the stage now")
    reached: int = Field(description="Applications that ever entered the stage")
    average_days_in_stage: float | None = Field(
        description="Mean time spent in the stage (time so far for those still in it)"
    )
    conversion_to_next: float | None = Field(
        description="Share of those that reached this open stage that reached a later "
        "open or hired stage (open stages only)"
    )


class PipelineFigures(Schema):
    job_id: uuid.UUID
    total: int
    stages: list[StageFigures]


class StageCount(Schema):
    id: uuid.UUID
    name: str
    kind: StageKind
    count: int


class JobPipelineCounts(Schema):
    job_id: uuid.UUID
    job_title: str
    total: int
    stages: list[StageCount] = Field(description="Every stage, in board order")


# --- notes ------------------------------------------------------------------------------


class NoteCreate(Schema):
    model_config = _examples(
        {"body": "Great call with her today. @sam please book the technical interview."}
    )

    body: Annotated[
        str,
        StringConstraints(
            strip_whitespace=True, min_length=1, max_length=10_000, pattern=r"^[^\x00]*$"
        ),
    ]
    mention_user_ids: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=50,
        description="Members to notify besides those @mentioned in the text (by e-mail "
        "address or its local part: @sam or @sam@example.com)",
    )


class MentionedMember(Schema):
    user_id: uuid.UUID
    name: str


class Note(Schema):
    id: uuid.UUID
    candidate_id: uuid.UUID
    author_id: uuid.UUID | None
    author_name: str | None
    body: str
    mentions: list[MentionedMember]
    created_at: datetime
    updated_at: datetime
