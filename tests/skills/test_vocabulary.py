"""One vocabulary: the question bank keys off the skills taxonomy and has no aliases of its
own (it used to map "architecture" to System Design, "presentation" to Communication
and "ci" to CI/CD)."""

from __future__ import annotations

import json

from talentsonar.ai.knowledge import DATA_FILE, extract_skills, knowledge, normalize_skill
from talentsonar.skills.taxonomy import get_taxonomy


def test_every_bank_skill_is_a_taxonomy_skill_without_aliases_of_its_own() -> None:
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    # questions only: no top-level alias, category or implication tables either
    assert set(raw) == {"version", "levels", "_note", "skills", "behavioural"}
    taxonomy = get_taxonomy()
    for name, entry in raw["skills"].items():
        assert taxonomy.get(name) is not None, name
        assert not {"aliases", "implies", "category"} & set(entry), name
    for name, entry in knowledge().skills.items():
        assert entry.category == taxonomy.category(name)


def test_the_analyst_reads_skills_through_the_taxonomy() -> None:
    text = "We reviewed the architecture of the new presentation hall with the CI group."
    assert extract_skills(text) == []
    assert normalize_skill("k8s") == "Kubernetes"
    assert normalize_skill("Excel") == "Microsoft Excel"
    text = "Deployed React and Node.js services on Kubernetes."
    assert extract_skills(text) == [s.name for s in get_taxonomy().skills_in(text)]
