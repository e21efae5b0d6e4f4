from enum import StrEnum

class ListJobsStatus(StrEnum):
    ALL = "all"
    CLOSED = "closed"
    ON_HOLD = "on hold"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
