from enum import StrEnum

class SearchCandidatesType(StrEnum):
    ALL = "all"
    INTERNAL = "internal"
    PAST = "past"
    SOURCED = "sourced"
    UPLOADED = "uploaded"

    def __str__(self) -> str:
        return str(self.value)
