from enum import StrEnum

class JobStatus(StrEnum):
    CLOSED = "closed"
    ON_HOLD = "on hold"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
