from enum import StrEnum

class RequirementProvenanceSource(StrEnum):
    EDITED = "edited"
    INFERRED = "inferred"

    def __str__(self) -> str:
        return str(self.value)
