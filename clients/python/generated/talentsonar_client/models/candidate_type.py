from enum import StrEnum

class CandidateType(StrEnum):
    INTERNAL = "internal"
    PAST = "past"
    SOURCED = "sourced"
    UPLOADED = "uploaded"

    def __str__(self) -> str:
        return str(self.value)
