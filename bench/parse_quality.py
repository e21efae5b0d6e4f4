"""Field-level quality of the built-in CV parser on the public resume sets, and the quality
of the text it sits on.

    .venv/bin/python bench/parse_quality.py [DATA_DIR]   (default ../shared/data)

Text extraction (printed after the parser's figures):
- hidden text: the generated corpus of hiding techniques and visible look-alikes
  (tests/cvs/hiding_corpus.py): techniques caught (cut out and flagged) and look-alikes
  wrongly flagged; and how many of the real PDFs of DATA_DIR/resumes_categorised/pdf are
  flagged (target 0);
- PDF word recall against pdfminer.six: the share of pdfminer's words of 4+ letters
  (DATA_DIR/resumes_categorised/resumes.csv holds pdfminer's text of the same PDFs) found
  as whole words in ours, counted with repetition over every PDF (target >= 0.98).

Protocol (DATA_DIR/README.md): lower-case and collapse whitespace; email exact; name exact or
token-set; company / designation / degree / college fuzzy >= 0.85 (best of difflib ratio and
token-set ratio); skills: gold blocks split on commas, bullets and newlines, recall of gold
skills found in the output; skills precision on the one-by-one skills of resumes_ner_corpus.
Prints metrics only (no personal data).
"""

from __future__ import annotations

import csv
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the hiding corpus in tests/

from talentsonar.cvs.errors import DocumentRejected
from talentsonar.cvs.extract import extract_document
from talentsonar.cvs.parser import parse_profile
from talentsonar.cvs.schemas import ParsedProfile
from talentsonar.cvs.types import FLAG_HIDDEN_TEXT
from talentsonar.skills.taxonomy import get_taxonomy

FUZZY = 0.85


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def token_set_ratio(a: str, b: str) -> float:
    ta, tb = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", b))
    if not ta or not tb:
        return 0.0
    inter = " ".join(sorted(ta & tb))
    sa = " ".join(sorted(ta - tb))
    sb = " ".join(sorted(tb - ta))
    first, second = f"{inter} {sa}".strip(), f"{inter} {sb}".strip()
    return max(
        SequenceMatcher(None, inter, first).ratio() if inter else 0.0,
        SequenceMatcher(None, inter, second).ratio() if inter else 0.0,
        SequenceMatcher(None, first, second).ratio(),
    )


def fuzzy(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    return SequenceMatcher(None, a, b).ratio() >= FUZZY or token_set_ratio(a, b) >= FUZZY


def exact(a: str, b: str) -> bool:
    """Exact after normalisation; links broken over lines by the PDF conversion compare unbroken."""
    return norm(a) == norm(b) or "".join(a.lower().split()) == "".join(b.lower().split())


def name_match(a: str, b: str) -> bool:
    return norm(a) == norm(b) or set(norm(a).split()) == set(norm(b).split())


def count(
    gold: list[str], pred: list[str], same: Callable[[str, str], bool]
) -> tuple[int, int, int]:
    """(true positives, predicted, gold) with one-to-one matching."""
    gold_left = [g for g in gold if g.strip()]
    tp = 0
    for p in pred:
        for i, g in enumerate(gold_left):
            if same(p, g):
                tp += 1
                del gold_left[i]
                break
    return tp, len([p for p in pred if p.strip()]), len([g for g in gold if g.strip()])


def split_skill_block(block: str) -> list[str]:
    items = re.split(r"[,\n•·▪●◦○■□➢►‣;|]+", block)
    out = []
    for item in items:
        item = re.sub(r"\((?:less than )?[\d+ ]*(?:years?|yrs?|months?)\)", "", item, flags=re.I)
        item = re.sub(r"^[^:]{1,40}:\s*", "", item).strip(" .-*")
        if item and len(item) <= 60:
            out.append(item)
    return out


def skill_found(gold_item: str, predicted: set[str]) -> bool:
    taxonomy = get_taxonomy()
    lowered = {norm(p) for p in predicted}
    if norm(gold_item) in lowered or any(fuzzy(gold_item, p) for p in predicted):
        return True
    skill = taxonomy.normalize(gold_item)
    if skill is not None and skill.name in predicted:
        return True
    return any(m.skill.name in predicted for m in taxonomy.extract(gold_item))


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def unique(values: list[str]) -> list[str]:
    """Gold fields are sets of values per resume: compare sets (one role title counts once)."""
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(norm(value), value)
    return list(seen.values())


def email_channels(profile: ParsedProfile) -> list[str]:
    """The e-mail, else the "Email me on Indeed" link (what the dataturks gold labels e-mail)."""
    if profile.email:
        return [profile.email]
    return [link for link in profile.links.other if "indeed.com/r/" in link.lower()][:1]


#: A contact the dataturks gold would label "Email Address": an e-mail or an Indeed profile link.
CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|indeed\.com/r/", re.I)


def fields_of(profile: ParsedProfile) -> dict[str, list[str]]:
    return {
        "Name": [profile.name] if profile.name else [],
        "Email Address": email_channels(profile),
        "Designation": [t for t in [profile.current_title] if t]
        + [w.title for w in profile.work_history if w.title],
        "Companies worked at": [c for c in [profile.current_company] if c]
        + [w.company for w in profile.work_history if w.company],
        "Degree": [e.degree for e in profile.education if e.degree],
        "College Name": [e.institution for e in profile.education if e.institution],
        "Location": [profile.location] if profile.location else [],
    }


MATCHERS: dict[str, Callable[[str, str], bool]] = {
    "Name": name_match,
    "Email Address": exact,
    "Designation": fuzzy,
    "Companies worked at": fuzzy,
    "Degree": fuzzy,
    "College Name": fuzzy,
    "Location": fuzzy,
}
TARGETS = {
    "Email Address": 0.98,
    "Name": 0.90,
    "Designation": 0.70,
    "Companies worked at": 0.70,
    "Degree": 0.70,
    "College Name": 0.70,
}


def main(data_dir: Path) -> None:
    texts = {}
    for line in (data_dir / "resumes_ner_dataturks.jsonl").open():
        row = json.loads(line)
        texts[row["id"]] = row["text"]
    golds = [json.loads(line) for line in (data_dir / "resumes_ner_dataturks_fields.jsonl").open()]
    totals = {field: [0, 0, 0] for field in MATCHERS}
    # the same counts over the resumes whose gold has the field at all (annotation gaps aside)
    annotated = {field: [0, 0, 0] for field in MATCHERS}
    skill_hits = skill_gold = 0
    unlabelled_contacts = 0  # resumes that carry a contact the gold does not label
    gold_addresses = 0  # gold "Email Address" values that are e-mail addresses at all
    parse_seconds = 0.0
    parsed = 0
    for gold in golds:
        text = texts.get(gold["id"])
        if text is None:
            continue
        started = time.perf_counter()
        profile = parse_profile(text)
        parse_seconds += time.perf_counter() - started
        parsed += 1
        predicted = fields_of(profile)
        gold_emails = [g for g in gold["fields"].get("Email Address", []) if g.strip()]
        gold_addresses += sum("@" in g for g in unique(gold_emails))
        if not gold_emails:
            unlabelled_contacts += bool(CONTACT.search(text))
        for field, same in MATCHERS.items():
            gold_values = [g for g in gold["fields"].get(field, []) if g.strip()]
            tp, n_pred, n_gold = count(unique(gold_values), unique(predicted[field]), same)
            totals[field][0] += tp
            totals[field][1] += n_pred
            totals[field][2] += n_gold
            if gold_values:
                annotated[field][0] += tp
                annotated[field][1] += n_pred
                annotated[field][2] += n_gold
        skills = set(profile.skills)
        for block in gold["fields"].get("Skills", []):
            for item in split_skill_block(block):
                skill_gold += 1
                skill_hits += skill_found(item, skills)

    corpus_tp = corpus_pred = 0
    taxonomy = get_taxonomy()
    for line in (data_dir / "resumes_ner_corpus.jsonl").open():
        row = json.loads(line)
        gold_skills = [
            e["text"] for e in row["entities"] if e["label"] in ("technical_skills", "soft-skills")
        ]
        gold_canonical = set()
        for g in gold_skills:
            s = taxonomy.normalize(g)
            if s:
                gold_canonical.add(s.name)
            gold_canonical.update(m.skill.name for m in taxonomy.extract(g))
        profile = parse_profile(row["text"])
        for skill in profile.skills:
            corpus_pred += 1
            corpus_tp += skill in gold_canonical or any(fuzzy(skill, g) for g in gold_skills)

    print(
        f"parse_quality on {parsed} dataturks resumes "
        f"(parse {parse_seconds / max(parsed, 1) * 1000:.1f} ms/CV)"
    )
    print(
        f"{'field':<22}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}{'P*':>7}{'F1*':>7}  target"
    )
    micro = [0, 0, 0]
    for field, (tp, n_pred, n_gold) in totals.items():
        p, r, f = prf(tp, n_pred, n_gold)
        micro = [micro[0] + tp, micro[1] + n_pred, micro[2] + n_gold]
        target = TARGETS.get(field)
        mark = "" if target is None else (f">= {target:.2f} " + ("ok" if f >= target else "MISS"))
        pa, _, fa = prf(*annotated[field])
        print(
            f"{field:<22}{p:7.3f}{r:7.3f}{f:7.3f}{n_gold:7d}{n_pred:7d}{pa:7.3f}{fa:7.3f}  {mark}"
        )
    p, r, f = prf(*micro)
    annotated_micro = [sum(v[i] for v in annotated.values()) for i in range(3)]
    pa, _, fa = prf(*annotated_micro)
    print(
        f"{'micro-average':<22}{p:7.3f}{r:7.3f}{f:7.3f}{micro[2]:7d}{micro[1]:7d}{pa:7.3f}{fa:7.3f}"
    )
    # The best any parser can do on this gold: answer exactly the gold value where there is
    # one, and still answer something on the resumes that carry an unlabelled contact.
    n_gold = totals["Email Address"][2]
    _, _, ceiling = prf(n_gold, n_gold + unlabelled_contacts, n_gold)
    print(
        f"{'email ceiling':<22}{'':>21}{ceiling:7.3f}  (gold exactly where it exists; "
        f"{unlabelled_contacts} resumes carry an e-mail or Indeed contact the gold leaves out; "
        f"{gold_addresses} of the {n_gold} gold values are e-mail addresses, the rest Indeed links)"
    )
    recall = skill_hits / skill_gold if skill_gold else 0.0
    print(
        f"{'skills recall':<22}{'':>7}{recall:7.3f}{'':>7}{skill_gold:7d}{'':>7}  >= 0.70 "
        + ("ok" if recall >= 0.70 else "MISS")
    )
    precision = corpus_tp / corpus_pred if corpus_pred else 0.0
    print(
        f"{'skills precision':<22}{precision:7.3f}{'':>14}{'':>7}{corpus_pred:7d}  "
        "(resumes_ner_corpus, lower bound)"
    )


_PDF_WORD = re.compile(r"[^\W\d_]{4,}")
_TOKEN = re.compile(r"[^\W\d_]+")


def hidden_text_corpus() -> None:
    from tests.cvs.hiding_corpus import CONTROLS, TECHNIQUES

    missed = []
    for case in TECHNIQUES:
        document = extract_document(case.data())
        if case.word in document.text or FLAG_HIDDEN_TEXT not in document.flags:
            missed.append(case.name)
    flagged = []
    for case in CONTROLS:
        document = extract_document(case.data())
        if case.word not in document.text or document.flags:
            flagged.append(case.name)
    caught = len(TECHNIQUES) - len(missed)
    print(
        f"{'hidden-text corpus':<22}{caught}/{len(TECHNIQUES)} techniques caught "
        f"({caught / len(TECHNIQUES):.1%}), {len(flagged)}/{len(CONTROLS)} visible look-alikes "
        "flagged or lost  target 100 % and 0 " + ("ok" if not missed and not flagged else "MISS")
    )
    for name in missed:
        print(f"  missed: {name}")
    for name in flagged:
        print(f"  flagged: {name}")


def pdf_text_quality(data_dir: Path) -> None:
    """Hidden-text flags on the real PDFs, and word recall against pdfminer's text of them."""
    folder = data_dir / "resumes_categorised"
    csv.field_size_limit(1 << 30)
    with (folder / "resumes.csv").open(encoding="utf-8", newline="") as handle:
        reference = {row["ID"]: row["Resume_str"] for row in csv.DictReader(handle)}
    paths = sorted((folder / "pdf").glob("*/*.pdf"))
    flagged: list[str] = []
    reasons: Counter[str] = Counter()
    found = total = rejected = 0
    started = time.perf_counter()
    for path in paths:
        try:
            document = extract_document(path.read_bytes())
        except DocumentRejected:
            rejected += 1
            continue
        if FLAG_HIDDEN_TEXT in document.flags:
            flagged.append(path.stem)
            reasons.update(s.reason for s in document.hidden_text if not s.incidental)
        ours = {token.lower() for token in _TOKEN.findall(document.text)}
        words = [word.lower() for word in _PDF_WORD.findall(reference.get(path.stem, ""))]
        found += sum(word in ours for word in words)
        total += len(words)
    elapsed = time.perf_counter() - started
    print(
        f"{'real PDFs flagged':<22}{len(flagged)} of {len(paths)}  target 0 "
        + ("ok" if not flagged else "MISS")
        + (f"  ({', '.join(flagged[:10])}; reasons {dict(reasons)})" if flagged else "")
        + (f"; {rejected} rejected" if rejected else "")
    )
    recall = found / total if total else 0.0
    print(
        f"{'PDF word recall':<22}{recall:7.3f}  ({found}/{total} of pdfminer's 4+ letter words "
        f"as whole words; {elapsed / max(len(paths), 1) * 1000:.0f} ms/PDF)  >= 0.98 "
        + ("ok" if recall >= 0.98 else "MISS")
    )


if __name__ == "__main__":
    data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
    main(data)
    hidden_text_corpus()
    pdf_text_quality(data)
