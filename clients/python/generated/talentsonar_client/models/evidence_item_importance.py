from enum import StrEnum

class EvidenceItemImportance(StrEnum):
    PREFERRED = "preferred"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
