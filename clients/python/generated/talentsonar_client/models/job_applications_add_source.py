from enum import StrEnum

class JobApplicationsAddSource(StrEnum):
    API = "api"
    DEMO = "demo"
    MANUAL = "manual"
    SHORTLIST = "shortlist"
    TALENT_SEARCH = "talent_search"
    UPLOAD = "upload"

    def __str__(self) -> str:
        return str(self.value)
