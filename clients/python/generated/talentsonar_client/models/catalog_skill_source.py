from enum import StrEnum

class CatalogSkillSource(StrEnum):
    ORGANIZATION = "organization"
    TAXONOMY = "taxonomy"

    def __str__(self) -> str:
        return str(self.value)
