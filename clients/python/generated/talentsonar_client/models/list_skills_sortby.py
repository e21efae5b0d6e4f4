from enum import StrEnum

class ListSkillsSortby(StrEnum):
    CREATEDAT = "createdAt"
    NAME = "name"
    PROFICIENCY = "proficiency"

    def __str__(self) -> str:
        return str(self.value)
