from enum import StrEnum

class LedgerKind(StrEnum):
    CONSUMPTION = "consumption"
    GRANT = "grant"
    PURCHASE = "purchase"
    REFUND = "refund"
    RELEASE = "release"
    RESERVATION = "reservation"

    def __str__(self) -> str:
        return str(self.value)
