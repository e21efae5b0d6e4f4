from enum import StrEnum

class Role(StrEnum):
    ADMIN = "admin"
    EMPLOYEE = "employee"
    HR = "hr"
    OWNER = "owner"
    RECRUITER = "recruiter"
    VIEWER = "viewer"

    def __str__(self) -> str:
        return str(self.value)
