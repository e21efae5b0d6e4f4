from enum import StrEnum

class EvidenceItemKind(StrEnum):
    GAP = "gap"
    STRENGTH = "strength"

    def __str__(self) -> str:
        return str(self.value)
