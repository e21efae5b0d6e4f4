from enum import StrEnum

class BodyUploadCvsType(StrEnum):
    INTERNAL = "internal"
    PAST = "past"
    SOURCED = "sourced"
    UPLOADED = "uploaded"

    def __str__(self) -> str:
        return str(self.value)
