from enum import StrEnum

class SkillRequirementImportance(StrEnum):
    PREFERRED = "preferred"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
