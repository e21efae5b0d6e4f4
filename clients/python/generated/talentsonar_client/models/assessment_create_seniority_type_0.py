from enum import StrEnum

class AssessmentCreateSeniorityType0(StrEnum):
    JUNIOR = "junior"
    MID = "mid"
    SENIOR = "senior"

    def __str__(self) -> str:
        return str(self.value)
