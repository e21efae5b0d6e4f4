from enum import StrEnum

class CvAnalysisAnswerRecommendation(StrEnum):
    MAYBE = "maybe"
    NO = "no"
    STRONG_YES = "strong_yes"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)
