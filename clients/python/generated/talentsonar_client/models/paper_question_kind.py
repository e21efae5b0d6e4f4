from enum import StrEnum

class PaperQuestionKind(StrEnum):
    CODE = "code"
    MULTIPLE = "multiple"
    SHORT = "short"
    SINGLE = "single"

    def __str__(self) -> str:
        return str(self.value)
