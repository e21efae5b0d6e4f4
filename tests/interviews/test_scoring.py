"""The interview assessment is monotonic and honest (issue 15): the scale maps r/5 to 20*r,
unanswered questions are "not assessed" (never a zero), every recorded answer covers its
requirement, and raising any rating never lowers the overall score."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from talentsonar.ai import analyst
from talentsonar.ai import interview_scoring as scoring

CV = "Skills: Python, PostgreSQL\n2015 - present: Backend engineer. Built Python services.\n"


def _assess(interview: dict[str, Any], requirements: list[str] | None = None) -> Any:
    return analyst.interview_assessment("", CV, {**interview, "requirements": requirements or []})


def test_the_issue_example_is_not_a_no_hire() -> None:
    """Ratings 4, 2, 1, 4 and competencies 4, 5, 2 gave 8/100 and no_hire."""
    answers = [
        {"question": f"Q{i}", "skill": skill, "answer": "An answer.", "rating": rating}
        for i, (skill, rating) in enumerate(
            [("Python", 4), ("Go", 2), ("Kubernetes", 1), ("SQL", 4)]
        )
    ]
    ratings = {"Communication": 4, "Teamwork": 5, "Leadership": 2}
    result = analyst.interview_result(
        _assess({"answers": answers, "ratings": ratings}, ["Python", "Go"])
    )
    # 80, 40, 20, 80 and 80, 100, 40: the mean is 62.9
    assert result.overall_score == 63
    assert result.recommendation == "lean_no"
    scores = {c.competency: c.score for c in result.competency_scores}
    assert scores["Communication"] == 80  # 4/5 is 80/100, not 40
    assert not any(c.startswith("Communication") for c in result.concerns)
    assert any(c.startswith("Kubernetes: 20/100") for c in result.concerns)


def test_unanswered_questions_are_not_assessed_not_zero() -> None:
    answered = [{"question": "Q1", "skill": "Python", "answer": "Yes.", "rating": 4}]
    blank = {"question": "Tell us about Go", "skill": "Go", "answer": "", "rating": None}
    base = analyst.interview_result(_assess({"answers": answered}, ["Python", "Go"]))
    more = analyst.interview_result(_assess({"answers": [*answered, blank]}, ["Python", "Go"]))
    assert more.overall_score == base.overall_score == 80
    assert more.not_assessed == ["Tell us about Go"]
    assert "Go" not in {c.competency for c in more.competency_scores}
    assert any("not assessed" in c for c in more.concerns)
    nothing = analyst.interview_result(_assess({"answers": [blank]}, ["Go"]))
    assert nothing.overall_score is None
    assert nothing.recommendation == "not_assessed"


def test_every_recorded_answer_covers_its_requirement() -> None:
    answers = [
        {"question": "Q1", "skill": "Go", "answer": "I have not used it.", "rating": 1},
        {"question": "Q2", "skill": "Kubernetes", "answer": "Requests and limits.", "rating": None},
        {"question": "Q3", "skill": "Terraform", "answer": "Modules.", "rating": 3},
    ]
    result = analyst.interview_result(
        _assess({"answers": answers}, ["Python", "Go", "Kubernetes", "Java"])
    )
    matrix = {row.requirement: row for row in result.coverage_matrix}
    assert matrix["Python"].covered_by == "cv"
    assert matrix["Go"].covered_by == "interview"  # rated 1/5: a concern, but covered
    assert "rated 1/5" in (matrix["Go"].interview_evidence or "")
    assert matrix["Kubernetes"].covered_by == "interview"  # answered, unrated: evidence
    assert matrix["Java"].covered_by == "none"
    assert matrix["Terraform"].covered_by == "interview"  # not a requirement, still shown


def test_rating_scale() -> None:
    assert [scoring.rating_score(r) for r in (1, 2, 3, 4, 5)] == [20, 40, 60, 80, 100]


SKILLS = ["Python", "Go", "Kubernetes", "SQL", "Communication"]
answer_strategy = st.fixed_dictionaries(
    {
        "question": st.sampled_from(["Q1", "Q2", "Q3"]),
        "skill": st.sampled_from(SKILLS),
        "answer": st.sampled_from(["", "context and trade-offs", "I used Python and SQL."]),
        "expectedPoints": st.sampled_from([[], ["context", "trade-offs", "result"]]),
        "rating": st.one_of(st.none(), st.integers(1, 5)),
    }
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    answers=st.lists(answer_strategy, max_size=6),
    ratings=st.dictionaries(st.sampled_from(SKILLS), st.integers(1, 5), max_size=4),
    which=st.integers(0, 20),
    step=st.integers(1, 4),
)
def test_raising_any_rating_never_lowers_the_overall_score(
    answers: list[dict[str, Any]], ratings: dict[str, int], which: int, step: int
) -> None:
    before = _assess({"answers": answers, "ratings": ratings}, SKILLS[:3])
    rated = [i for i, a in enumerate(answers) if a["rating"] is not None]
    targets = [("answer", i) for i in rated] + [("competency", k) for k in ratings]
    if not targets:
        return
    kind, key = targets[which % len(targets)]
    raised_answers = [dict(a) for a in answers]
    raised_ratings = dict(ratings)
    if kind == "answer":
        assert isinstance(key, int)
        raised_answers[key]["rating"] = min(5, raised_answers[key]["rating"] + step)
    else:
        assert isinstance(key, str)
        raised_ratings[key] = min(5, raised_ratings[key] + step)
    after = _assess({"answers": raised_answers, "ratings": raised_ratings}, SKILLS[:3])
    assert before.overall is not None
    assert after.overall is not None
    assert after.overall >= before.overall
    # no competency drops either, and the recommendation never gets worse
    old = {c.name: c.score for c in before.competencies}
    assert all(c.score >= old[c.name] for c in after.competencies)
    order = ["no_hire", "lean_no", "hire", "strong_hire"]
    assert order.index(after.recommendation) >= order.index(before.recommendation)
