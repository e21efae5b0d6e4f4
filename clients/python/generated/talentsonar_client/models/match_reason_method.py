from enum import StrEnum

class MatchReasonMethod(StrEnum):
    FULLTEXT = "fulltext"
    FUZZY = "fuzzy"
    SEMANTIC = "semantic"

    def __str__(self) -> str:
        return str(self.value)
