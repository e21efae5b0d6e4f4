"""Skill recall on job postings: SkillSpan dev spans against the taxonomy's extraction.

    .venv/bin/python bench/skillspan_recall.py [DATA_DIR]   (default ../shared/data)

SkillSpan (Zhang et al., NAACL 2022, MIT) tags skill and knowledge spans in job-posting
sentences (BIO tags, ``skillspan/dev.json``). A posting is its sentences joined by newlines.
A gold span is *found* when an extracted mention overlaps it by at least one token.
Printed beside each other:

- ``talentsonar (postings)``: ``Taxonomy.extract`` as a job's description is read
  (``ambiguous=False``: ordinary words never count; weak names need context);
- ``talentsonar (lists too)``: the same with ordinary words allowed in lists
  (``ambiguous=True``, as a CV is read);
- ``gazetteer (exact)``: the baseline, every name and alias of the taxonomy matched as
  whole words, case-insensitive, with no context rule at all.

For each: recall of skill spans, of knowledge spans, of both, and the share of mentions
that overlap a gold span (a precision proxy: SkillSpan leaves many tools untagged in
places, and tags long "skill" phrases no gazetteer names).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from talentsonar.skills.taxonomy import get_taxonomy

Span = tuple[int, int]


def postings(path: Path) -> list[tuple[str, list[tuple[str, Span]]]]:
    """(text, gold spans as (kind, char range)) per posting."""
    grouped: dict[int, list[dict]] = {}  # type: ignore[type-arg]
    for line in path.open(encoding="utf-8"):
        if line.strip():
            row = json.loads(line)
            grouped.setdefault(row["idx"], []).append(row)
    out = []
    for rows in grouped.values():
        text = ""
        gold: list[tuple[str, Span]] = []
        for row in rows:
            offsets = []
            for token in row["tokens"]:
                if text and not text.endswith("\n"):
                    text += " "
                offsets.append((len(text), len(text) + len(token)))
                text += token
            text += "\n"
            for kind in ("skill", "knowledge"):
                gold += [(kind, s) for s in _bio_spans(row[f"tags_{kind}"], offsets)]
        out.append((text, gold))
    return out


def _bio_spans(tags: list[str], offsets: list[Span]) -> Iterable[Span]:
    start = None
    for index, tag in enumerate([*tags, "O"]):
        if start is not None and not tag.startswith("I"):
            yield (offsets[start][0], offsets[index - 1][1])
            start = None
        if tag.startswith("B"):
            start = index


def gazetteer() -> Callable[[str], list[Span]]:
    taxonomy = get_taxonomy()
    surfaces = sorted(
        {a.lower() for s in taxonomy.skills.values() for a in (s.name, *s.aliases)},
        key=len,
        reverse=True,
    )
    pattern = re.compile(
        r"(?<![\w+#.])(?:" + "|".join(re.escape(s) for s in surfaces) + r")(?![\w+#])", re.I
    )
    return lambda text: [m.span() for m in pattern.finditer(text)]


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def measure(
    name: str, docs: list[tuple[str, list[tuple[str, Span]]]], find: Callable[[str], list[Span]]
) -> None:
    found = {"skill": [0, 0], "knowledge": [0, 0]}
    mentions = hits = 0
    for text, gold in docs:
        spans = find(text)
        mentions += len(spans)
        hits += sum(any(overlaps(s, g) for _, g in gold) for s in spans)
        for kind, g in gold:
            found[kind][1] += 1
            found[kind][0] += any(overlaps(s, g) for s in spans)
    total = [found["skill"][i] + found["knowledge"][i] for i in range(2)]
    print(
        f"{name:<26}{found['skill'][0] / max(found['skill'][1], 1):8.3f}"
        f"{found['knowledge'][0] / max(found['knowledge'][1], 1):11.3f}"
        f"{total[0] / max(total[1], 1):8.3f}{hits / max(mentions, 1):12.3f}{mentions:10d}"
    )


def main(data_dir: Path) -> None:
    docs = postings(data_dir / "skillspan" / "dev.json")
    taxonomy = get_taxonomy()
    counts = {
        k: sum(1 for _, g in docs for kind, _ in g if kind == k) for k in ("skill", "knowledge")
    }
    print(
        f"SkillSpan dev: {len(docs)} postings, {counts['skill']} skill spans, "
        f"{counts['knowledge']} knowledge spans"
    )
    print(f"{'extractor':<26}{'skill R':>8}{'knowledge R':>11}{'all R':>8}"
          f"{'on a span':>12}{'mentions':>10}")
    measure("talentsonar (postings)", docs, lambda t: [
        (m.start, m.end) for m in taxonomy.extract(t, ambiguous=False)])
    measure("talentsonar (lists too)", docs, lambda t: [
        (m.start, m.end) for m in taxonomy.extract(t)])
    measure("gazetteer (exact)", docs, gazetteer())


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
