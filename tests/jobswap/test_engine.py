"""The swap engine on small hand-made rosters: what qualifies, the score's parts, and the
prefiltered generation equal to the exhaustive one."""

from __future__ import annotations

import numpy as np

from talentsonar.jobswap import engine

WEST, EAST = (47.46, 18.96), (47.48, 19.14)  # Budaörs and Kőbánya, 14 km apart
ROLE = np.eye(384, dtype=np.float32)


def person(
    pid: str,
    home: tuple[float, float],
    work: tuple[float, float],
    *,
    kind: int = 0,
    band: tuple[float, float] | None = (50_000, 60_000),
    title: str = "Backend Engineer",
    skills: tuple[str, ...] = ("Python", "SQL"),
) -> engine.Person:
    return engine.Person(
        pid,
        "c",
        home,
        work,
        "driving",
        band[0] if band else None,
        band[1] if band else None,
        list(skills),
        title,
        ROLE[kind],
        ROLE[kind],
    )


def test_a_swap_that_shortens_both_commutes_qualifies_both_ways() -> None:
    roster = engine.Roster([person("a", WEST, EAST), person("b", EAST, WEST)])
    [swap] = engine.matches_of(roster, 0)
    assert swap.b == 1
    assert swap.after_a < swap.before_a
    assert swap.after_b < swap.before_b
    assert swap.score == 100  # same job, both commutes to zero, bands equal
    assert swap.breakdown["youCanDoTheirJob"]["skillOverlap"] == 1.0
    [back] = engine.matches_of(roster, 1)
    assert back.b == 0
    assert back.score == swap.score


def test_no_swap_when_one_commute_gets_longer() -> None:
    # b lives next to their work already: moving to a's job only lengthens b's commute
    roster = engine.Roster([person("a", WEST, EAST), person("b", EAST, (47.481, 19.141))])
    assert engine.matches_of(roster, 0) == []
    assert engine.exhaustive(roster, 0) == []


def test_no_swap_between_incompatible_salary_bands_or_jobs() -> None:
    far_band = engine.Roster(
        [person("a", WEST, EAST), person("b", EAST, WEST, band=(90_000, 120_000))]
    )
    assert engine.matches_of(far_band, 0) == []
    other_job = engine.Roster(
        [
            person("a", WEST, EAST),
            person("b", EAST, WEST, kind=7, title="Nurse", skills=("Patient Care",)),
        ]
    )
    assert engine.matches_of(other_job, 0) == []
    unknown_band = engine.Roster([person("a", WEST, EAST), person("b", EAST, WEST, band=None)])
    [swap] = engine.matches_of(unknown_band, 0)
    assert not swap.salary_compatible
    assert swap.breakdown["salary"] == 0.0


def test_prefiltered_generation_equals_the_exhaustive_one() -> None:
    rng = np.random.default_rng(7)
    people = []
    for i in range(300):
        centre = np.array(WEST if i % 2 else (51.5, -0.12))  # two cities
        home, work = centre + rng.normal(0, 0.1, 2), centre + rng.normal(0, 0.1, 2)
        low = float(rng.integers(40, 60)) * 1000
        people.append(
            person(
                str(i),
                tuple(home),
                tuple(work),
                kind=i % 3,
                band=(low, low + 15_000),
                title=["Backend Engineer", "Data Analyst", "Accountant"][i % 3],
            )
        )
    roster = engine.Roster(people)
    generated = engine.generate(roster, count=10)
    assert sum(map(len, generated)) > 100
    for i in range(len(roster)):
        assert [(s.b, s.score) for s in generated[i]] == [
            (s.b, s.score) for s in engine.exhaustive(roster, i, count=10)
        ]
