"""Field-level quality of the built-in CV parser on the public resume sets, and the quality
of the text it sits on.

    .venv/bin/python bench/parse_quality.py [DATA_DIR] [--pdfs N]   (default ../shared/data)

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

Names, phones and headlines (issue 15): the categorised PDFs go through the product's text
extraction and parser, and each CV gets the name its candidate record would be given. The set
is anonymised, so a name given there is invented (a heading, a job title, digits, the file
name) unless the text shows it is its author's (a page footer or an e-mail address repeats
it: a real name the scrub missed). ``--pdfs N`` reads only the first N PDFs.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the hiding corpus in tests/

from talentsonar.candidates.profile import UNNAMED_CANDIDATE, apply_profile, settle_name
from talentsonar.cvs.errors import DocumentRejected
from talentsonar.cvs.extract import extract_document
from talentsonar.cvs.parsing import parse_profile
from talentsonar.cvs.parsing.patterns import ROLE_WORDS
from talentsonar.cvs.schemas import ParsedProfile
from talentsonar.cvs.sections import Line, classify_heading
from talentsonar.cvs.types import FLAG_HIDDEN_TEXT
from talentsonar.models.candidate import Candidate
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


# --- names, phones and headlines (issue 15) ---------------------------------------------

#: words of a CV's section headings; a "name" made of them is a heading ("Core Qualifications")
HEADING_WORDS = re.compile(
    r"(summary|qualifications?|focus|highlights|accomplishments|overview|objective|profile|"
    r"experience|education|skills?|interests|references|achievements|competenc\w*|expertise)$",
    re.I,
)
#: a headline that reads as a piece of a sentence: a dangling function word at the end, a
#: first-person word, more than ten words (full stops are checked in ``is_fragment``)
FRAGMENT = re.compile(
    r"\b(?:of|the|and|to|with|for|in|a|an|or|as|by|from|at|on)$|"
    r"\b(?:[Mm]y|me|[Ww]e|[Oo]ur)\b|\bI\s+[a-z]|^(?:\S+\s+){10,}\S"
)
FULL_STOP = re.compile(r"(\w*)\.(?:\s|$)")
ABBREVIATIONS = {"sr", "jr", "dr", "mr", "mrs", "ms", "co", "ltd", "pvt", "inc", "corp", "st"}
#: a contact line is not a headline either
CONTACT_LINE = re.compile(r"@|indeed\.com|https?://|www\.|linkedin\.com", re.I)


def stored_name(profile: ParsedProfile) -> str | None:
    """The name a candidate record gets from this CV, as ingestion gives it (apply_profile,
    then settle_name); ``None`` when it is the "no name found" placeholder."""
    draft = Candidate(profile={}, skills=[], metadata_={}, name="", flags=[])
    apply_profile(draft, profile.model_dump(mode="json", by_alias=True))
    settle_name(draft)
    return None if draft.name == UNNAMED_CANDIDATE else draft.name


def shown_as_author(name: str, text: str) -> bool:
    """The text shows the name is its author's: a page footer names them ("Jane Doe Page 2")
    or an e-mail address next to it is made of it (the upstream scrub missed both)."""
    words = re.findall(r"[A-Za-z]{3,}", name)
    for word in words:
        for found in re.finditer(re.escape(word), text):
            window = text[max(0, found.start() - 80) : found.end() + 120]
            if re.search(r"\bpage\s*\d", window, re.I):
                return True
            locals_ = [m.group(1).lower() for m in re.finditer(r"([\w.+-]+)@[\w-]+\.", window)]
            if any(w.lower() in local for w in words for local in locals_):
                return True
    return False


def invented_kind(name: str, filename: str) -> str:
    """Why a name given on the anonymised set is not a person's name (or "other")."""
    if name == filename.rsplit(".", 1)[0]:
        return "file name"
    if any(c.isdigit() for c in name):
        return "digits"
    tokens = name.split()
    if classify_heading(Line(0, len(name), name)) or any(HEADING_WORDS.search(t) for t in tokens):
        return "heading"
    # role words, also at the end of a token glued by the PDF conversion ("DEVELOPMENTMANAGER")
    if ROLE_WORDS.search(name) or any(
        ROLE_WORDS.fullmatch(t[k:]) for t in tokens for k in range(len(t))
    ):
        return "job title"
    return "other"


def phone_validates(phone: str) -> bool:
    """The phone is a valid number (its own country code, else a US number)."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(phone, "US"))
    except phonenumbers.NumberParseException:
        return False


def is_fragment(headline: str) -> bool:
    """Not a title: a piece of a sentence (also a lower-case start without a role word), a
    heading or a contact line."""
    text = headline.strip()
    return (
        bool(FRAGMENT.search(text) or CONTACT_LINE.search(text))
        or any(m.group(1).lower() not in ABBREVIATIONS for m in FULL_STOP.finditer(text))
        or (text[:1].islower() and not ROLE_WORDS.search(text))
        or classify_heading(Line(0, len(text), text)) is not None
    )


def categorised_names(data_dir: Path, limit: int | None) -> None:
    """Names, phones and headlines on the anonymised categorised PDFs (contacts scrubbed)."""
    pdfs = sorted((data_dir / "resumes_categorised" / "pdf").rglob("*.pdf"))[:limit]
    kinds: dict[str, int] = {}
    parsed = phones = valid_phones = headlines = fragments = authors = 0
    started = time.perf_counter()
    for path in pdfs:
        try:
            text = extract_document(path.read_bytes(), filename=path.name).text
        except DocumentRejected:
            continue
        parsed += 1
        profile = parse_profile(text)
        name = stored_name(profile)
        if name is not None and shown_as_author(name, text):
            authors += 1
        elif name is not None:
            kind = invented_kind(name, path.name)
            kinds[kind] = kinds.get(kind, 0) + 1
        if profile.phone:
            phones += 1
            valid_phones += phone_validates(profile.phone)
        if profile.headline:
            headlines += 1
            fragments += is_fragment(profile.headline)
    elapsed = time.perf_counter() - started
    invented = sum(kinds.values())
    detail = ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items(), key=lambda kv: -kv[1]))
    print(
        f"categorised PDFs ({parsed} read, extraction + parse {elapsed / max(parsed, 1) * 1000:.0f}"
        " ms/CV; anonymised, contacts scrubbed)"
    )
    print(
        f"  names given: {invented + authors}; invented: {invented}  target 0  "
        f"({detail or 'none'}); the author's, shown by a page footer or an e-mail address "
        f"made of it (real names the scrub missed): {authors}"
    )
    print(f"  phones given: {phones} ({valid_phones} validate)  target ~0")
    print(
        f"  headlines: {headlines}, not a title (a sentence fragment, a heading or a contact "
        f"line): {fragments}"
    )


def dataturks_phones_and_headlines(data_dir: Path) -> None:
    """Phones found (and how many validate) and headline fragments on the annotated resumes."""
    phones = valid_phones = headlines = fragments = total = 0
    for line in (data_dir / "resumes_ner_dataturks.jsonl").open():
        profile = parse_profile(json.loads(line)["text"])
        total += 1
        if profile.phone:
            phones += 1
            valid_phones += phone_validates(profile.phone)
        if profile.headline:
            headlines += 1
            fragments += is_fragment(profile.headline)
    print(f"dataturks resumes ({total}): phones found {phones} ({valid_phones} validate); "
          f"headlines {headlines}, not a title (a sentence fragment, a heading or a contact line): "
          f"{fragments}")


# --- skills: per-skill precision / recall on resumes_ner_corpus, weak names --------------

_WEAK_SURFACE = re.compile(r"^(?:[A-Za-z]|[A-Za-z]{2,5})$")


def _weak_name(surface: str, canonical: str) -> bool:
    """One letter, or an abbreviation (2-5 letters, not the canonical name written as a
    word: "SQL", "sla", "CA" are; "Java", "JAVA", "Ruby" are not)."""
    if not _WEAK_SURFACE.match(surface):
        return False
    if len(surface) == 1:
        return True
    as_word = surface.lower() == canonical.lower() and not canonical.isupper()
    return not as_word or (len(surface) <= 3 and surface.islower())


def _words_of(text: str) -> set[str]:
    return set(re.findall(r"[\w+#.]+", text.lower()))


def _gold_skill_names(gold_spans: list[str]) -> set[str]:
    """Taxonomy skills the annotated spans name (each span is a skill annotation, so it is
    read as a skills list: weak names count there)."""
    taxonomy = get_taxonomy()
    names: set[str] = set()
    for span in gold_spans:
        whole = taxonomy.normalize(span)
        if whole is not None:
            names.add(whole.name)
        try:
            mentions = taxonomy.extract(span, skill_sections=[(0, len(span))])
        except TypeError:  # a parser from before skills sections (before/after runs)
            mentions = taxonomy.extract(span)
        names.update(m.skill.name for m in mentions)
    return names


def _supported_by_gold(skill: str, gold_spans: list[str], gold_names: set[str]) -> bool:
    """A predicted skill the annotators marked: its name among the gold spans' skills, a
    fuzzy match of a span, or one of its names written inside a span ("Windows" in the
    span "RHEL Windows Server All Versions")."""
    if skill in gold_names or any(fuzzy(skill, g) for g in gold_spans):
        return True
    entry = get_taxonomy().get(skill)
    surfaces = [skill, *(entry.aliases if entry is not None else ())]
    for span in gold_spans:
        lowered = " " + " ".join(re.findall(r"[\w+#.]+", span.lower())) + " "
        if any(f" {norm(s)} " in lowered for s in surfaces if len(s) > 1):
            return True
    return False


def skill_measures(data_dir: Path, false_skills: int = 0) -> None:
    """Skill precision / recall against the one-by-one annotations of resumes_ner_corpus
    (annotations are incomplete: precision is a lower bound), and the weak names (one
    letter, acronym, ordinary word) among the evidenced skills with the support each has.
    ``false_skills``: also print that many of the predicted skills the annotations do not
    show, most frequent first, with the written forms and supports that produced them."""
    pred = tp = gold_total = gold_hit = span_total = span_hit = 0
    support: dict[str, int] = {}
    weak_unsupported = 0
    unannotated: Counter[str] = Counter()
    produced_by: dict[str, Counter[str]] = {}
    for line in (data_dir / "resumes_ner_corpus.jsonl").open():
        row = json.loads(line)
        spans = [
            e["text"].strip()
            for e in row["entities"]
            if e["label"] in ("technical_skills", "soft-skills") and e["text"].strip()
        ]
        gold_names = _gold_skill_names(spans)
        profile = parse_profile(row["text"])
        predicted = set(profile.skills)
        pred += len(predicted)
        tp += sum(_supported_by_gold(s, spans, gold_names) for s in predicted)
        if false_skills:
            by_name = {item.name: item for item in getattr(profile, "skill_evidence", [])}
            for skill in predicted:
                if not _supported_by_gold(skill, spans, gold_names):
                    unannotated[skill] += 1
                    item = by_name.get(skill)
                    how = f"{item.text!r} ({item.support})" if item is not None else "?"
                    produced_by.setdefault(skill, Counter())[how] += 1
        gold_total += len(gold_names)
        gold_hit += len(gold_names & predicted)
        for span in unique(spans):
            span_total += 1
            span_hit += skill_found(span, predicted)
        # profiles of parsers before evidence-with-support (for before/after runs) count
        # their weak names as unsupported
        evidence = getattr(profile, "skill_evidence", None)
        if evidence is None:
            taxonomy = get_taxonomy()
            for span in profile.evidence.get("skills", []):
                skill = taxonomy.normalize(span.text)
                weak_unsupported += skill is not None and _weak_name(span.text, skill.name)
            continue
        for item in evidence:
            support[item.support] = support.get(item.support, 0) + 1
            if item.support == "name" and _weak_name(item.text, item.name):
                weak_unsupported += 1
    print("skills on resumes_ner_corpus (one-by-one annotations; precision is a lower bound)")
    print(f"  {'precision':<40}{tp / max(pred, 1):7.3f}  ({tp}/{pred})  >= 0.85")
    print(
        f"  {'recall of annotated taxonomy skills':<40}{gold_hit / max(gold_total, 1):7.3f}"
        f"  ({gold_hit}/{gold_total})  >= 0.70"
    )
    print(
        f"  {'recall of annotated spans (any wording)':<40}{span_hit / max(span_total, 1):7.3f}"
        f"  ({span_hit}/{span_total})"
    )
    print(f"  evidence by support: {dict(sorted(support.items()))}")
    print(f"  one-letter / acronym skills without supporting context: {weak_unsupported}")
    if false_skills:
        print(f"  predicted skills the annotations do not show (top {false_skills}):")
        for skill, n in unannotated.most_common(false_skills):
            forms = ", ".join(f"{how} x{k}" for how, k in produced_by[skill].most_common(3))
            print(f"    {n:4d}  {skill:<32} {forms}")


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
    arguments = argparse.ArgumentParser(description="CV parser quality on the public sets")
    arguments.add_argument("data_dir", nargs="?", default="../shared/data", type=Path)
    arguments.add_argument("--pdfs", type=int, default=None, help="read only the first N PDFs")
    arguments.add_argument(
        "--false-skills", type=int, default=0, metavar="N",
        help="print the N most frequent predicted skills the annotations do not show",
    )
    options = arguments.parse_args()
    main(options.data_dir)
    dataturks_phones_and_headlines(options.data_dir)
    skill_measures(options.data_dir, options.false_skills)
    categorised_names(options.data_dir, options.pdfs)
    hidden_text_corpus()
    pdf_text_quality(options.data_dir)
