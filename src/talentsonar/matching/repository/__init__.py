"""All SQL of the matching domain, by what it does:

- :mod:`.matches`: stored matches (scores written and read back, ORM);
- :mod:`.lists`: the match lists and statistics pages show (compiled selects, typed rows);
- :mod:`.sources`: what scoring and profile search read (jobs, candidates' scorer columns,
  nearest neighbours, learned weights) and the title vectors they keep;
- :mod:`.maintenance`: reads across organisations when a worker starts.
"""

from talentsonar.matching.repository.lists import (
    CandidateMatchRow,
    CandidateStatisticsRow,
    JobMatchRow,
    JobStatisticsRow,
    MatchListRepository,
)
from talentsonar.matching.repository.maintenance import MaintenanceRepository
from talentsonar.matching.repository.matches import MatchRepository, ScoreRow
from talentsonar.matching.repository.sources import ScorerCandidateRow, ScoringSourceRepository

__all__ = [
    "CandidateMatchRow",
    "CandidateStatisticsRow",
    "JobMatchRow",
    "JobStatisticsRow",
    "MaintenanceRepository",
    "MatchListRepository",
    "MatchRepository",
    "ScoreRow",
    "ScorerCandidateRow",
    "ScoringSourceRepository",
]
