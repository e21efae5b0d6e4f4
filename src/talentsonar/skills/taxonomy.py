"""The skills taxonomy: canonical skills, aliases, implied parents and categories.

Data: ``skills/data/skills.txt`` (ours; see its header for the format), read once with
importlib.resources. Mentions are found with one trie-shaped regular expression over every
alias (case-insensitive, on the original text so offsets stay exact), with boundaries that
keep "C++", "C#", ".NET" and "Node.js" whole. Ambiguous aliases (marked ``~``: "Go", "R",
"C", "Excel"…) only count where the text reads like a list of skills.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from importlib import resources

from talentsonar.skills import context

_LOOSE_DROP = re.compile(r"[\s.\-_'\u2019]+")


@dataclass(frozen=True, slots=True)
class Skill:
    name: str
    category: str
    aliases: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SkillMention:
    skill: Skill
    start: int
    end: int
    surface: str
    #: what defends the mention: "name" (a distinctive name), "section", "list" or "tool"
    #: (see ``talentsonar.skills.context``)
    support: str = "name"


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _loose_key(text: str) -> str:
    return _LOOSE_DROP.sub("", text.lower())


@dataclass(slots=True)
class _Alias:
    skill: Skill
    ambiguous: bool


class Taxonomy:
    def __init__(self, skills: Iterable[Skill], ambiguous: Iterable[str] = ()) -> None:
        self.skills: dict[str, Skill] = {}
        self._by_alias: dict[str, _Alias] = {}
        self._by_loose: dict[str, Skill] = {}
        ambiguous_keys = {_key(a) for a in ambiguous}
        for skill in skills:
            if skill.name in self.skills:
                raise ValueError(f"duplicate skill {skill.name!r}")
            self.skills[skill.name] = skill
        for skill in self.skills.values():
            for surface in (skill.name, *skill.aliases):
                key = _key(surface)
                if key in self._by_alias and self._by_alias[key].skill is not skill:
                    raise ValueError(
                        f"alias {surface!r} of {skill.name!r} already names "
                        f"{self._by_alias[key].skill.name!r}"
                    )
                self._by_alias[key] = _Alias(skill, key in ambiguous_keys)
                self._by_loose.setdefault(_loose_key(surface), skill)
        for skill in self.skills.values():
            for parent in skill.parents:
                if parent not in self.skills:
                    raise ValueError(f"{skill.name!r} implies unknown skill {parent!r}")
        self._prefix_index = sorted(
            (_key(surface), skill.name)
            for skill in self.skills.values()
            for surface in (skill.name, *skill.aliases)
        )
        self._pattern = re.compile(_trie_pattern(self._by_alias), re.IGNORECASE)

    def __len__(self) -> int:
        return len(self.skills)

    def get(self, name: str) -> Skill | None:
        return self.skills.get(name)

    def normalize(self, name: str) -> Skill | None:
        """The canonical skill a free-text name stands for ("k8s" → Kubernetes), if any."""
        key = _key(name).strip(" .,;:")
        if not key:
            return None
        alias = self._by_alias.get(key)
        if alias is not None:
            return alias.skill
        return self._by_loose.get(_loose_key(key))

    def extract(
        self,
        text: str,
        *,
        ambiguous: bool = True,
        skill_sections: Sequence[tuple[int, int]] = (),
    ) -> list[SkillMention]:
        """Every skill mention in ``text`` that the text defends, left to right,
        non-overlapping, longest first. Weak names (one letter, acronyms, ordinary words)
        need supporting context (``talentsonar.skills.context``); ``skill_sections`` are
        character ranges of skills lists (a CV's "Skills" section). With
        ``ambiguous=False`` names that are also ordinary words ("~" in the data) count only
        inside a tool phrase ("using Excel", "speak English"), never in lists: for running
        prose, where "hospital, or hotel" is not a list of skills."""
        opaque = context.opaque_spans(text)
        zones = context.name_zones(text)
        raw: list[tuple[_Alias, int, int, str, context.Kind]] = []
        for match in self._pattern.finditer(text):
            surface = match.group(1)
            alias = self._by_alias.get(_key(surface))
            if alias is None:
                continue
            start, end = match.start(1), match.end(1)
            if (
                context.inside(opaque, start, end)
                or context.is_initial(text, start, end)
                or context.in_organisation_name(text, start, end)
                or context.in_name_zone(zones, text, start)
            ):
                continue
            kind = context.mention_kind(surface, _key(surface), alias.skill.name, alias.ambiguous)
            raw.append((alias, start, end, surface, kind))
        sections = [
            next((i for i, (s, e) in enumerate(skill_sections) if s <= start and end <= e), -1)
            for _, start, end, _, _ in raw
        ]
        # runs of mentions that read as one list ("Python, PostgreSQL, Kubernetes, Go")
        runs: list[int] = []
        for index, (_, start, _, _, _) in enumerate(raw):
            joined = index > 0 and context.adjacent(text, raw[index - 1][2], start)
            runs.append(runs[-1] if joined else index)
        run_sizes = Counter(runs)  # mentions per run (a list has more than one)
        mentions: list[SkillMention] = []
        for index, (alias, start, end, surface, kind) in enumerate(raw):
            skill = alias.skill
            if kind == "word" and not ambiguous:
                if context.tool_context(text, start, end) and not surface.islower():
                    mentions.append(SkillMention(skill, start, end, surface, "tool"))
                continue

            def related_where(scope: list[int], skill: Skill = skill, me: int = index) -> bool:
                # a related skill, not an ordinary word, in the same list or section
                return any(
                    other != me
                    and item[4] != "word"
                    and scope[other] == scope[me]
                    and item[0].skill is not skill
                    and self.related(skill, item[0].skill)
                    for other, item in enumerate(raw)
                )

            support = context.supported(
                kind,
                text=text,
                start=start,
                end=end,
                in_section=sections[index] >= 0,
                in_list=run_sizes[runs[index]] > 1,
                related_in_list=partial(related_where, runs),
                related_in_section=partial(related_where, sections),
                names_its_skill=kind == "word"
                and _key(surface) == _key(skill.name)
                and skill.category != "Programming Languages",
            )
            if support is not None:
                mentions.append(SkillMention(skill, start, end, surface, support))
        return mentions

    def related(self, a: Skill, b: Skill) -> bool:
        """Same skill or category, one implies the other, or they share a parent."""
        if a is b or a.category == b.category:
            return True
        if b.name in self._ancestors(a.name) or a.name in self._ancestors(b.name):
            return True
        return bool(set(a.parents) & set(b.parents))

    def skills_in(self, text: str, *, ambiguous: bool = True) -> list[Skill]:
        """Distinct skills mentioned in ``text``, in order of first mention."""
        seen: dict[str, Skill] = {}
        for mention in self.extract(text, ambiguous=ambiguous):
            seen.setdefault(mention.skill.name, mention.skill)
        return list(seen.values())

    def implied(self, skill: Skill | str) -> set[str]:
        """Every ancestor skill name (React → JavaScript; Django → Python, Web Development…)."""
        start = self.skills.get(skill) if isinstance(skill, str) else skill
        if start is None:
            return set()
        return set(self._ancestors(start.name))

    @lru_cache(maxsize=4096)  # noqa: B019 - the taxonomy lives as long as the process
    def _ancestors(self, name: str) -> frozenset[str]:
        start = self.skills[name]
        found: set[str] = set()
        stack = list(start.parents)
        while stack:
            name = stack.pop()
            if name not in found:
                found.add(name)
                stack.extend(self.skills[name].parents)
        return frozenset(found)

    def category(self, skill: Skill | str) -> str | None:
        found = self.skills.get(skill) if isinstance(skill, str) else skill
        return found.category if found is not None else None

    def categories(self) -> list[str]:
        return sorted({s.category for s in self.skills.values()})

    def suggest(self, prefix: str, limit: int = 10) -> list[Skill]:
        """Autocomplete: skills whose name or an alias starts with ``prefix`` (then word starts)."""
        key = _key(prefix)
        if not key or limit <= 0:
            return []
        ranked: dict[str, tuple[int, int, str]] = {}
        index = bisect.bisect_left(self._prefix_index, (key, ""))
        while index < len(self._prefix_index) and self._prefix_index[index][0].startswith(key):
            surface, name = self._prefix_index[index]
            rank = 0 if surface == key else 1 if surface == _key(name) else 2
            best = ranked.get(name)
            candidate = (rank, len(name), name)
            if best is None or candidate < best:
                ranked[name] = candidate
            index += 1
        if len(ranked) < limit:
            for skill in self.skills.values():
                if skill.name not in ranked and any(
                    w.startswith(key) for w in _key(skill.name).split()[1:]
                ):
                    ranked[skill.name] = (3, len(skill.name), skill.name)
        ordered = sorted(ranked.values())[:limit]
        return [self.skills[name] for _, _, name in ordered]


def _trie_pattern(aliases: dict[str, _Alias]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for alias in aliases:
        node = trie
        for char in alias:
            node = node.setdefault(char, {})
        node[""] = {}
    body = _node_pattern(trie)
    # Not glued to a word (or an e-mail/handle) on either side; "C++", ".NET" keep their symbols.
    return rf"(?<![\w@#+])({body})(?![\w+#]|\.\w)"


def _node_pattern(node: dict) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _node_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{inner})?"
    return inner


@dataclass(slots=True)
class _Builder:
    skills: list[Skill] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)


def parse_taxonomy_text(
    text: str, extra_aliases: dict[str, tuple[str, ...]] | None = None
) -> Taxonomy:
    """Parse the skills.txt format (see the data file's header); ``extra_aliases`` (labels
    adopted from ESCO, see ``talentsonar.skills.standards``) are added where no other
    skill already claims them."""
    builder = _parse(text)
    if extra_aliases:
        claimed = {_key(a) for s in builder.skills for a in (s.name, *s.aliases)}
        for index, skill in enumerate(builder.skills):
            added = [a for a in extra_aliases.get(skill.name, ()) if _key(a) not in claimed]
            claimed.update(_key(a) for a in added)
            if added:
                builder.skills[index] = Skill(
                    skill.name, skill.category, (*skill.aliases, *added), skill.parents
                )
    return Taxonomy(builder.skills, builder.ambiguous)


def _parse(text: str) -> _Builder:
    builder = _Builder()
    category = "Other"
    for number, raw_line in enumerate(text.splitlines(), 1):
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            category = line[1:].strip()
            continue
        head, _, parent_part = line.partition(">")
        name_part, _, alias_part = head.partition("|")
        name = name_part.strip()
        if name.startswith("~"):
            name = name[1:].strip()
            builder.ambiguous.append(name)
        if not name:
            raise ValueError(f"skills.txt line {number}: no skill name")
        aliases: list[str] = []
        for alias in alias_part.split(","):
            alias = alias.strip()
            if alias.startswith("~"):
                alias = alias[1:].strip()
                builder.ambiguous.append(alias)
            if alias:
                aliases.append(alias)
        parents = tuple(p.strip() for p in parent_part.split(",") if p.strip())
        builder.skills.append(Skill(name, category, tuple(aliases), parents))
    return builder


@lru_cache(maxsize=1)
def get_taxonomy() -> Taxonomy:
    from talentsonar.skills.standards import standards

    text = resources.files("talentsonar.skills").joinpath("data/skills.txt").read_text("utf-8")
    return parse_taxonomy_text(text, {name: ids.aliases for name, ids in standards().items()})
