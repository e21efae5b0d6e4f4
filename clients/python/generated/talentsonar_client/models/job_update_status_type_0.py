from enum import StrEnum

class JobUpdateStatusType0(StrEnum):
    CLOSED = "closed"
    ON_HOLD = "on hold"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
