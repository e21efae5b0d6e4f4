from enum import StrEnum

class InterviewQuestionKind(StrEnum):
    BEHAVIOURAL = "behavioural"
    TECHNICAL = "technical"

    def __str__(self) -> str:
        return str(self.value)
