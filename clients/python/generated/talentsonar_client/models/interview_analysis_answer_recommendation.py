from enum import StrEnum

class InterviewAnalysisAnswerRecommendation(StrEnum):
    HIRE = "hire"
    LEAN_NO = "lean_no"
    NOT_ASSESSED = "not_assessed"
    NO_HIRE = "no_hire"
    STRONG_HIRE = "strong_hire"

    def __str__(self) -> str:
        return str(self.value)
