"""Background task status as the owning organisation sees it (``/api/v1/tasks``)."""
