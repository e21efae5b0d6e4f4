from enum import StrEnum

class CandidateDetailProfilestatus(StrEnum):
    FAILED = "failed"
    PARSED = "parsed"
    PARTIAL = "partial"

    def __str__(self) -> str:
        return str(self.value)
