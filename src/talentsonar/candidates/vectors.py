"""What a candidate's vector is made from (see ``embeddings.base.VectorRecipe``)."""

from __future__ import annotations

from talentsonar.candidates.profile import CANDIDATE_EMBEDDING_VERSION, candidate_embedding_text
from talentsonar.embeddings.base import VectorRecipe
from talentsonar.models.candidate import Candidate

RECIPE = VectorRecipe(
    "candidates", CANDIDATE_EMBEDDING_VERSION, Candidate, candidate_embedding_text
)
