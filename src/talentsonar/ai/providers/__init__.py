"""AI providers behind one small interface (:class:`~talentsonar.ai.providers.base.AIProvider`)."""
