"""All SQL of the hiring pipeline. Reads of other domains' tables (job titles, candidate
names, match scores, member names) select the few columns the pipeline shows."""

from talentsonar.pipeline.repository.board import BoardRepository, BoardRow, JobStageRow
from talentsonar.pipeline.repository.records import (
    ApplicationEventRepository,
    ApplicationRepository,
    ApplicationView,
    CandidateRef,
    HistoryRow,
    LookupRepository,
    NoteRepository,
    NoteRow,
    ReasonRepository,
    Recipient,
    StageFigureRow,
    StageRepository,
    lock_org,
)

__all__ = [
    "ApplicationEventRepository",
    "ApplicationRepository",
    "ApplicationView",
    "BoardRepository",
    "BoardRow",
    "CandidateRef",
    "HistoryRow",
    "JobStageRow",
    "LookupRepository",
    "NoteRepository",
    "NoteRow",
    "ReasonRepository",
    "Recipient",
    "StageFigureRow",
    "StageRepository",
    "lock_org",
]
