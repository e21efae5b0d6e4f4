"""The shipped skills taxonomy: aliases, implied parents, categories, extraction, autocomplete."""

from __future__ import annotations

import pytest

from talentsonar.skills.taxonomy import Skill, Taxonomy, get_taxonomy, parse_taxonomy_text


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return get_taxonomy()


def test_size_and_breadth(taxonomy: Taxonomy) -> None:
    assert len(taxonomy) >= 1500
    categories = set(taxonomy.categories())
    for expected in [
        "Accounting",
        "Finance & Banking",
        "Healthcare",
        "Education & Teaching",
        "Hospitality & Culinary",
        "Aviation",
        "Construction",
        "Agriculture",
        "Apparel & Retail",
        "Design & Creative",
        "Automotive",
        "BPO & Customer Support",
        "Sales",
        "Human Resources",
        "Legal",
        "Public Relations & Communications",
        "Fitness & Wellness",
        "Engineering",
        "Digital Media & Marketing",
        "Business & Management",
        "Cloud & DevOps",
    ]:
        assert expected in categories


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("k8s", "Kubernetes"),
        ("Postgres", "PostgreSQL"),
        ("postgresql", "PostgreSQL"),
        ("JS", "JavaScript"),
        ("ReactJS", "React"),
        ("react.js", "React"),
        ("ML", "Machine Learning"),
        ("golang", "Go"),
        ("C Sharp", "C#"),
        ("dot net", ".NET"),
        ("Node JS", "Node.js"),
        ("nodejs", "Node.js"),
        ("HACCP", "Food Safety"),
        ("Tally ERP 9", "Tally"),
        ("ICD-10", "Medical Coding"),
        ("A&P", "Aircraft Maintenance"),
        ("lesson plans", "Lesson Planning"),
    ],
)
def test_normalize_aliases(taxonomy: Taxonomy, alias: str, canonical: str) -> None:
    skill = taxonomy.normalize(alias)
    assert skill is not None
    assert skill.name == canonical


def test_normalize_unknown(taxonomy: Taxonomy) -> None:
    assert taxonomy.normalize("underwater basket weaving") is None
    assert taxonomy.normalize("   ") is None


def test_implied_parents_are_transitive(taxonomy: Taxonomy) -> None:
    assert "JavaScript" in taxonomy.implied("React")
    assert {"Python", "Backend Development", "Web Development"} <= taxonomy.implied("Django")
    assert "Containers" in taxonomy.implied("Kubernetes")
    assert "Containers" in taxonomy.implied("Amazon EKS")
    assert taxonomy.implied("no such skill") == set()


def test_category(taxonomy: Taxonomy) -> None:
    assert taxonomy.category("Kubernetes") == "Cloud & DevOps"
    assert taxonomy.category("Bookkeeping") == "Accounting"
    assert taxonomy.category("nope") is None


def test_extract_keeps_symbols_and_offsets(taxonomy: Taxonomy) -> None:
    text = "Built APIs in C++, C# and ASP.NET; deployed Node.js on k8s with PostgreSQL."
    mentions = taxonomy.extract(text)
    names = [m.skill.name for m in mentions]
    assert names == [
        "API Development",
        "C++",
        "C#",
        "ASP.NET",
        "Node.js",
        "Kubernetes",
        "PostgreSQL",
    ]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.surface


def test_ambiguous_short_names_only_in_lists(taxonomy: Taxonomy) -> None:
    listed = [m.skill.name for m in taxonomy.extract("Languages: C, Go, R, Python")]
    assert listed == ["C", "Go", "R", "Python"]
    prose = [
        m.skill.name for m in taxonomy.extract("I go to work and excel at it, see section C above")
    ]
    assert prose == []


def test_no_match_inside_words_or_emails(taxonomy: Taxonomy) -> None:
    assert taxonomy.extract("javascripting reactive jane@java.com") == []


def test_suggest_prefix(taxonomy: Taxonomy) -> None:
    names = [s.name for s in taxonomy.suggest("kub", 5)]
    assert names[0] == "Kubernetes"
    assert taxonomy.suggest("postg", 3)[0].name == "PostgreSQL"
    assert taxonomy.suggest("", 5) == []
    assert len(taxonomy.suggest("a", 7)) == 7


def test_skills_in_deduplicates(taxonomy: Taxonomy) -> None:
    skills = taxonomy.skills_in("React, ReactJS and react.js")
    assert [s.name for s in skills] == ["React"]


def test_data_format_validation() -> None:
    parsed = parse_taxonomy_text("@ Cat\nParent\nChild | kid, ~tot > Parent\n")
    assert parsed.normalize("kid") == Skill("Child", "Cat", ("kid", "tot"), ("Parent",))
    with pytest.raises(ValueError, match="unknown skill"):
        parse_taxonomy_text("A > Missing\n")
    with pytest.raises(ValueError, match="already names"):
        parse_taxonomy_text("A | x\nB | x\n")
