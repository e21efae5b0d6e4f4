from enum import StrEnum

class JobUpdateInferRequirementsType0Item(StrEnum):
    MINYEARSEXPERIENCE = "minYearsExperience"
    NICETOHAVESKILLS = "niceToHaveSkills"
    REQUIREDSKILLS = "requiredSkills"
    SENIORITY = "seniority"

    def __str__(self) -> str:
        return str(self.value)
