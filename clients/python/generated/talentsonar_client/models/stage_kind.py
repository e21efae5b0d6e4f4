from enum import StrEnum

class StageKind(StrEnum):
    HIRED = "hired"
    OPEN = "open"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
