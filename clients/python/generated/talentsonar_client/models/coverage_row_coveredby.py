from enum import StrEnum

class CoverageRowCoveredby(StrEnum):
    BOTH = "both"
    CV = "cv"
    INTERVIEW = "interview"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
