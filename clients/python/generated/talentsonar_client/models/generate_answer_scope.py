from enum import StrEnum

class GenerateAnswerScope(StrEnum):
    NETWORK = "network"
    PROFILE = "profile"

    def __str__(self) -> str:
        return str(self.value)
