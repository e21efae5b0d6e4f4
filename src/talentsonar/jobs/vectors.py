"""What a job's vector is made from (see ``embeddings.base.VectorRecipe``)."""

from __future__ import annotations

from talentsonar.embeddings.base import VectorRecipe
from talentsonar.jobs.service import JOB_EMBEDDING_VERSION, ensure_requirements, job_embedding_text
from talentsonar.models.job import Job

RECIPE = VectorRecipe(
    "jobs", JOB_EMBEDDING_VERSION, Job, job_embedding_text, prepare=ensure_requirements
)
