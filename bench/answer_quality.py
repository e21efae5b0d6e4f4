"""Quality of the built-in AI answers on real public CVs and job postings (issue 15), beside
the analyst of the base commit (``BASELINE``) on the same inputs.

    .venv/bin/python bench/answer_quality.py [DATA_DIR] [--cvs-per-category 2] [--jobs 8]

CVs: DATA_DIR/resumes_categorised/pdf/<CATEGORY>/*.pdf through the product's text extraction
and parser (what a candidate's profile would hold). Jobs: DATA_DIR/job_postings_dice.csv.
Each job is scored against every CV with matching's pure scorer (no embeddings), giving each
pair its facts and rank, as the fit analysis of a stored pair reads them.

Figures (before = the base commit's analyst, after = this one):
- contradictions: the analysis's years differ from the profile's (by 0.5+); the job's
  top-ranked CV called a hidden gem; the analysis score 15+ points from the basic score with
  no reason given;
- strengths that quote a line of the CV (verbatim, with its section); template strengths
  ("Evidence of X", "Proven X"); answers flagged as thin evidence;
- key responsibilities: how many, and the share of them that are about requirements,
  benefits or the company (a fixed list of cue words, not the analyst's own filter);
- enrichment: inferred skills outside the CV's own skill categories.
Prints figures and, with --examples, a few answers (no names: the CVs are anonymised).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from talentsonar.ai import analyst  # noqa: E402
from talentsonar.ai.evidence import cv_facts  # noqa: E402
from talentsonar.cvs.extract import extract_document  # noqa: E402
from talentsonar.cvs.parsing.profile import parse_profile  # noqa: E402
from talentsonar.matching.pair_facts import level_name  # noqa: E402
from talentsonar.matching.profiles import candidate_input, job_input  # noqa: E402
from talentsonar.matching.scoring import (  # noqa: E402
    FEATURES,
    CandidatePool,
    feature_breakdown,
    score_pool,
)
from talentsonar.skills.taxonomy import get_taxonomy  # noqa: E402

BASELINE = "db9c8b5"
#: Cue words of sentences that are not duties (independent of the analyst's own filter).
NOT_DUTY = re.compile(
    r"\b(years of experience|degree|bachelor|benefits|salary|equal opportunity|we are|"
    r"our client|apply|must have|required|qualifications?)\b",
    re.I,
)
TEMPLATE = re.compile(r"^(Evidence of|Proven) ")


def baseline_analyst() -> ModuleType | None:
    try:
        source = subprocess.run(
            ["git", "show", f"{BASELINE}:src/talentsonar/ai/analyst.py"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    path = Path(tempfile.mkdtemp()) / "baseline_analyst.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("baseline_analyst", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Row:
    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)


def load_cvs(data: Path, per_category: int) -> list[tuple[str, str, Any]]:
    out = []
    for folder in sorted((data / "resumes_categorised" / "pdf").iterdir()):
        for pdf in sorted(folder.glob("*.pdf"))[:per_category]:
            text = extract_document(pdf.read_bytes(), filename=pdf.name).text
            out.append((folder.name, text, parse_profile(text)))
    return out


def load_jobs(data: Path, count: int) -> list[tuple[str, str]]:
    with (data / "job_postings_dice.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    step = max(1, len(rows) // count)
    return [(r["jobtitle"].strip(), r["jobdescription"]) for r in rows[::step][:count]]


def job_text(title: str, description: str) -> str:
    return f"{title}\n{description}"


def pair_facts(job: Any, pool: CandidatePool, cvs: list[Any]) -> list[dict[str, Any]]:
    result = score_pool(job, pool)
    order = sorted(range(len(cvs)), key=lambda i: -float(result.scores[i]))
    rank = {i: r + 1 for r, i in enumerate(order)}
    out = []
    for i, cand in enumerate(pool.inputs):
        breakdown = {b["feature"]: b for b in feature_breakdown(result, i)}
        required = list(job.required)
        out.append(
            {
                "matchScore": float(result.scores[i]),
                "rank": rank[i],
                "topRanked": rank[i] == 1,
                "features": {n: float(result.features[i, k]) for k, n in enumerate(FEATURES)},
                "applicable": {n: bool(breakdown[n]["applicable"]) for n in FEATURES},
                "weights": {n: float(breakdown[n]["weight"]) for n in FEATURES},
                "jobTitle": job.title,
                "requiredSkills": required,
                "niceToHaveSkills": list(job.nice),
                "skillsInferred": job.skills_inferred,
                "matchedSkills": [
                    s for j, s in enumerate(required) if result.required_direct[i, j]
                ],
                "impliedSkills": [
                    s
                    for j, s in enumerate(required)
                    if result.required_implied[i, j] and not result.required_direct[i, j]
                ],
                "missingSkills": [
                    s
                    for j, s in enumerate(required)
                    if not result.required_direct[i, j] and not result.required_implied[i, j]
                ],
                "jobMinYears": job.min_years,
                "jobSeniority": level_name(job.seniority),
                "candidateYears": cand.years,
                "candidateSeniority": level_name(cand.seniority),
                "candidateSkills": sorted(cand.skills),
                "candidateTitles": [t for t in [cvs[i][2].current_title, cvs[i][2].headline] if t],
            }
        )
    return out


def interview_example(old: ModuleType | None, jobs: list[tuple[str, str]], cvs: list[Any]) -> None:
    """Issue 15's interview: answers rated 4, 2, 1 and 4, competencies 4, 5 and 2, one
    question left unanswered, against a real posting and CV."""
    title, description = jobs[0]
    text = job_text(title, description)
    cv = next((c for cat, c, _ in cvs if cat == "INFORMATION-TECHNOLOGY"), cvs[0][1])
    required, _ = analyst.split_requirements(text)
    skills = [*required, "Java", "SQL", "Linux", "Python"][:4]
    interview = {
        "answers": [
            {"question": f"Q{i}", "skill": k, "answer": "An answer.", "rating": r}
            for i, (k, r) in enumerate(zip(skills, (4, 2, 1, 4), strict=True))
        ]
        + [{"question": "Q5", "skill": "Communication", "answer": "", "rating": None}],
        "ratings": {"Communication": 4, "Teamwork": 5, "Leadership": 2},
    }
    after = analyst.interview_analysis(text, cv, interview)
    recorded = {row.requirement for row in after.coverage_matrix if row.interview_evidence}
    line = (
        f"interview (ratings 4,2,1,4; competencies 4,5,2; one unanswered): after "
        f"{after.overall_score}/100 {after.recommendation}, "
        f"not assessed {len(after.not_assessed)}, "
        f"answered skills covered {len(set(skills) & recorded)} of {len(skills)}"
    )
    if old is not None:
        before = old.interview_analysis(text, cv, interview)
        covered = {r.requirement for r in before.coverage_matrix if r.covered_by != "none"}
        answered = [k for k in skills if k in {r.requirement for r in before.coverage_matrix}]
        line += (
            f"; before {before.overall_score}/100 {before.recommendation}, answered requirements "
            f"shown as 'none' {sum(k not in covered for k in answered)} of {len(answered)}"
        )
    print(line)


def squash(text: str) -> str:
    return " ".join(text.split()).lower()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--cvs-per-category", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=8)
    parser.add_argument("--examples", action="store_true")
    args = parser.parse_args()
    data = Path(args.data)
    old = baseline_analyst()
    started = time.perf_counter()
    cvs = load_cvs(data, args.cvs_per_category)
    jobs = load_jobs(data, args.jobs)
    print(
        f"inputs: {len(cvs)} CVs ({len({c for c, _, _ in cvs})} categories), {len(jobs)} "
        f"job postings; baseline analyst: {BASELINE if old else 'unavailable'}"
    )
    rows = [
        Row(
            id=str(i),
            skills=p.skills,
            profile={},
            headline=p.headline or p.current_title,
            total_years_experience=p.total_years_experience,
            embedding=None,
            location=None,
        )
        for i, (_, _, p) in enumerate(cvs)
    ]
    pool = CandidatePool.build([candidate_input(r) for r in rows])
    counts = {k: [0, 0] for k in ("years", "top_gem", "unexplained", "pairs")}
    strengths = {"old": [0, 0, 0], "new": [0, 0, 0]}  # total, quoted verbatim, template
    thin = 0
    analysis_time = 0.0
    example_pairs: list[tuple[str, Any, Any, dict[str, Any]]] = []
    for title, description in jobs:
        text = job_text(title, description)
        job_row = Row(
            title=title,
            required_skills=[],
            nice_to_have_skills=[],
            description=description,
            embedding=None,
            min_years_experience=None,
            seniority=None,
            education_level=None,
            location=None,
            remote=None,
        )
        job = job_input(job_row)
        all_facts = pair_facts(job, pool, cvs)
        for i, (category, cv, profile) in enumerate(cvs):
            facts = all_facts[i]
            t0 = time.perf_counter()
            new = analyst.fit_analysis(cv, text, facts)
            analysis_time += time.perf_counter() - t0
            before = old.fit_analysis(cv, text) if old else None
            counts["pairs"][0] += 1
            counts["pairs"][1] += 1
            truth = profile.total_years_experience
            for slot, years, gem, score, reasons in (
                (
                    0,
                    old._fit_numbers(cv, text)["years"] if old else None,
                    before.is_hidden_gem if before else False,
                    before.match_score if before else None,
                    [],
                ),
                (
                    1,
                    new.years_of_experience,
                    new.is_hidden_gem,
                    new.match_score,
                    new.score_differences[1:],
                ),
            ):
                if slot == 0 and old is None:
                    continue
                if (years is None) != (truth is None) or (
                    years is not None and truth is not None and abs(years - truth) >= 0.5
                ):
                    counts["years"][slot] += 1
                if gem and facts["topRanked"]:
                    counts["top_gem"][slot] += 1
                if score is not None and abs(score - facts["matchScore"]) >= 15 and not reasons:
                    counts["unexplained"][slot] += 1
            for key, answer in (("old", before), ("new", new)):
                if answer is None:
                    continue
                cv_text = squash(cv)
                for line in answer.strengths:
                    strengths[key][0] += 1
                    strengths[key][2] += bool(TEMPLATE.match(line))
                    found = re.search(r'"(.+?)"( \(\w[\w ]* section\))', line)
                    quote = found.group(1).strip("…") if found else ""
                    strengths[key][1] += bool(quote) and all(
                        part.strip() and squash(part) in cv_text for part in quote.split("…")
                    )
            thin += new.confidence == "low"
            if facts["topRanked"] and len(example_pairs) < 3:
                example_pairs.append((category, before, new, facts))
    n = counts["pairs"][1]
    print(
        f"\npairs analysed: {n} (fit analysis of a scored pair, builtin; "
        f"mean {1000 * analysis_time / max(1, n):.1f} ms per analysis, CV parse cached)"
    )
    print("contradictions with matching's facts             before   after")
    for key, label in (
        ("years", "years differ from the profile's (>= 0.5)"),
        ("top_gem", "top-ranked CV called a hidden gem"),
        ("unexplained", "score 15+ from basic with no reason"),
    ):
        print(f"  {label:<45}  {counts[key][0]:6d}  {counts[key][1]:6d}")
    for key in ("old", "new"):
        total, quoted, template = strengths[key]
        label = "before" if key == "old" else "after "
        print(
            f"strengths {label}: {total} total, {quoted} quote a CV line verbatim with its section "
            f"({100 * quoted / max(1, total):.1f} %), {template} templates ('Evidence of'/'Proven')"
        )
    print(f"answers flagged as thin evidence (confidence low): {thin} of {n}")

    duties_old = duties_new = bad_old = bad_new = 0
    for title, description in jobs:
        text = job_text(title, description)
        after = analyst.job_analysis(text).key_responsibilities
        duties_new += len(after)
        bad_new += sum(bool(NOT_DUTY.search(d)) for d in after)
        if old:
            before_list = old.job_analysis(text).key_responsibilities
            duties_old += len(before_list)
            bad_old += sum(bool(NOT_DUTY.search(d)) for d in before_list)
    print(
        f"key responsibilities over {len(jobs)} postings: before {duties_old} "
        f"({bad_old} about requirements/benefits/company), after {duties_new} ({bad_new})"
    )

    taxonomy = get_taxonomy()
    outside = {"old": [0, 0], "new": [0, 0]}
    for _, cv, _ in cvs:
        own = {taxonomy.category(k) for k in cv_facts(cv).skills}
        for key, module in (("old", old), ("new", analyst)):
            if module is None:
                continue
            inferred = module.enrichment(cv).inferred_skills
            outside[key][0] += len(inferred)
            outside[key][1] += sum(taxonomy.category(k) not in own for k in inferred)
    print(
        "enrichment inferred skills outside the CV's own skill categories: before "
        f"{outside['old'][1]} of {outside['old'][0]}, "
        f"after {outside['new'][1]} of {outside['new'][0]}"
    )
    it = [(cv, p) for c, cv, p in cvs if c == "INFORMATION-TECHNOLOGY"]
    for cv, profile in it[:3]:
        before_role = old.enrichment(cv).suggested_role_title if old else "-"
        print(
            f"  IT CV (parser title {profile.current_title!r}): role before {before_role!r}, "
            f"after {analyst.enrichment(cv).suggested_role_title!r}"
        )
    interview_example(old, jobs, cvs)
    print(f"\nwall time {time.perf_counter() - started:.1f} s")

    if args.examples:
        for category, before, new, facts in example_pairs:
            print(
                f"\n--- top-ranked {category} CV for {facts['jobTitle']!r}: basic "
                f"{facts['matchScore']:.1f}"
            )
            if before is not None:
                print(
                    f"before: score {before.match_score}, gem {before.is_hidden_gem}, "
                    f"strengths {before.strengths[:3]}"
                )
            print(
                f"after: score {new.match_score}, gem {new.is_hidden_gem}, years "
                f"{new.years_of_experience}, confidence {new.confidence}"
            )
            for line in new.strengths[:3] + new.gaps[:2] + new.score_differences[:3]:
                print(f"  {line[:220]}")
        title, description = jobs[0]
        print(f"\n--- key responsibilities of {title!r}")
        if old:
            print(
                "before:", old.job_analysis(job_text(title, description)).key_responsibilities[:4]
            )
        print("after:", analyst.job_analysis(job_text(title, description)).key_responsibilities[:4])


if __name__ == "__main__":
    main()
