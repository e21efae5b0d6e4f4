from enum import StrEnum

class RequirementEvidenceSource(StrEnum):
    DESCRIPTION = "description"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
