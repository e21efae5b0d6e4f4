from enum import StrEnum

class FeedbackType(StrEnum):
    HIRED = "hired"
    NEGATIVE = "negative"
    POSITIVE = "positive"

    def __str__(self) -> str:
        return str(self.value)
