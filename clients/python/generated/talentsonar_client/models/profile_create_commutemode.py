from enum import StrEnum

class ProfileCreateCommutemode(StrEnum):
    CYCLING = "cycling"
    DRIVING = "driving"
    TRANSIT = "transit"
    WALKING = "walking"

    def __str__(self) -> str:
        return str(self.value)
