"""Requirements inferred from real job postings, with their evidence (issue 15).

    .venv/bin/python bench/job_requirements.py [DATA_DIR] [--sample N] [--seed S]
    (default ../shared/data)

Reads ``job_postings_dice.csv`` (658 US tech postings: title, description) and infers each
posting's requirements the way the product does when a job is created from a pasted
description (``talentsonar.jobs.requirements.infer_requirements``). Prints:

- coverage: postings with at least one required skill, with nice-to-have skills, with a
  seniority, with a minimum of years; skills per posting; milliseconds per posting;
- the same coverage of the previous behaviour beside it (``before``: the scorer inferred
  up to 15 skills from the prose at scoring time, shown nowhere, with no seniority or
  years);
- invented-skill checks: how often the names issue 15 found invented in a Windows
  sysadmin posting ("History", "Instructional Design", "Work Ethic") are inferred, over the
  Windows administrator postings and over every posting;
- evidence integrity: every evidence sentence is the text at its offsets and contains the
  words it quotes;
- a sample of postings (``--sample``, default 10) with each requirement and the sentence
  that supports it.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import time
from pathlib import Path

from talentsonar.jobs.requirements import Evidence, InferredRequirements, infer_requirements
from talentsonar.matching.profiles import inferred_job_skills

INVENTED = ("History", "Instructional Design", "Work Ethic")


def _clip(text: str, limit: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _evidence_ok(title: str, description: str, evidence: Evidence) -> bool:
    source = title if evidence.source == "title" else description
    return source[evidence.start : evidence.end] == evidence.text and evidence.quote in (
        evidence.text
    )


def _all_evidence(found: InferredRequirements) -> list[Evidence]:
    items = [*found.required_skills, *found.nice_to_have_skills]
    items += [e for e in (found.seniority, found.min_years_experience) if e is not None]
    return items


def main(data_dir: Path, sample: int, seed: int) -> None:
    path = data_dir / "job_postings_dice.csv"
    rows = [(r["jobtitle"], r["jobdescription"]) for r in csv.DictReader(path.open())]
    n = len(rows)
    started = time.perf_counter()
    inferred = [infer_requirements(title, text) for title, text in rows]
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    before = [inferred_job_skills(text) for _, text in rows]
    before_seconds = time.perf_counter() - started

    def share(count: int) -> str:
        return f"{count:4d}/{n} ({count / n:.1%})"

    required = [len(f.required_skills) for f in inferred]
    nice = [len(f.nice_to_have_skills) for f in inferred]
    print(f"job postings: {n} ({path.name})")
    print(f"{'':34s}{'now':>22s}{'before':>22s}")
    print(
        f"{'>= 1 required skill':34s}{share(sum(1 for x in required if x)):>22s}"
        f"{share(sum(1 for b in before if b)):>22s}"
    )
    print(f"{'>= 1 nice-to-have skill':34s}{share(sum(1 for x in nice if x)):>22s}{'(none)':>22s}")
    print(
        f"{'a seniority':34s}{share(sum(1 for f in inferred if f.seniority)):>22s}{'(none)':>22s}"
    )
    seniority_from_title = sum(
        1 for f in inferred if f.seniority is not None and f.seniority.source == "title"
    )
    print(f"{'  of which from the title':34s}{share(seniority_from_title):>22s}")
    print(
        f"{'a minimum of years':34s}"
        f"{share(sum(1 for f in inferred if f.min_years_experience)):>22s}{'(none)':>22s}"
    )
    print(
        f"{'required skills / posting (mean)':34s}{statistics.mean(required):>22.2f}"
        f"{statistics.mean(len(b) for b in before):>22.2f}"
    )
    print(f"{'nice skills / posting (mean)':34s}{statistics.mean(nice):>22.2f}")
    print(f"{'ms / posting':34s}{1000 * seconds / n:>22.1f}{1000 * before_seconds / n:>22.1f}")
    evidence = [
        (title, text, e)
        for (title, text), f in zip(rows, inferred, strict=True)
        for e in _all_evidence(f)
    ]
    broken = sum(1 for title, text, e in evidence if not _evidence_ok(title, text, e))
    print(f"evidence items: {len(evidence)}; not the text at their offsets: {broken}")

    windows = [
        i
        for i, (title, _) in enumerate(rows)
        if "windows" in title.lower() and "admin" in title.lower()
    ]
    print(f"\ninvented-skill checks ({len(windows)} Windows administrator postings / all {n}):")
    for name in INVENTED:
        now_w = sum(
            1
            for i in windows
            if name in inferred[i].value("required_skills")  # type: ignore[operator]
            or name in inferred[i].value("nice_to_have_skills")
        )  # type: ignore[operator]
        now_all = sum(
            1
            for f in inferred
            if name in [e.value for e in f.required_skills + f.nice_to_have_skills]
        )
        before_all = sum(1 for b in before if name in b)
        print(
            f"  {name:22s} windows admin: {now_w}/{len(windows)}   all postings: "
            f"{now_all}/{n} (before: {before_all}/{n})"
        )

    print(f"\nsample of {sample} postings (seed {seed}):")
    for i in random.Random(seed).sample(range(n), min(sample, n)):
        title, _ = rows[i]
        found = inferred[i]
        print(f"\n## {title}")
        for label, items in (
            ("required", found.required_skills),
            ("nice", found.nice_to_have_skills),
        ):
            for e in items[:6]:
                print(f"  {label:9s}{e.value:28s} “{_clip(e.text)}”")
            if len(items) > 6:
                print(f"  {label:9s}… and {len(items) - 6} more")
        for label, item in (
            ("seniority", found.seniority),
            ("min years", found.min_years_experience),
        ):
            if item is not None:
                print(f"  {label:9s}{item.value:28s} “{_clip(item.text)}” ({item.source})")


if __name__ == "__main__":
    arguments = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    arguments.add_argument("data_dir", nargs="?", default="../shared/data", type=Path)
    arguments.add_argument("--sample", type=int, default=10)
    arguments.add_argument("--seed", type=int, default=15)
    options = arguments.parse_args()
    if not (options.data_dir / "job_postings_dice.csv").exists():
        sys.exit(f"no job_postings_dice.csv in {options.data_dir}")
    main(options.data_dir, options.sample, options.seed)
