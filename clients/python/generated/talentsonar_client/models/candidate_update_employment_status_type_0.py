from enum import StrEnum

class CandidateUpdateEmploymentStatusType0(StrEnum):
    AVAILABLE = "available"
    HIRED = "hired"
    INTERVIEWING = "interviewing"

    def __str__(self) -> str:
        return str(self.value)
