from enum import StrEnum

class BulkItemStatus(StrEnum):
    MOVED = "moved"
    QUEUED = "queued"
    SKIPPED = "skipped"
    UNCHANGED = "unchanged"

    def __str__(self) -> str:
        return str(self.value)
