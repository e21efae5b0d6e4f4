"""From a user's public repositories to skills: languages (bytes per language) and the
dependencies their manifests declare, mapped onto the taxonomy, weighted by volume and by
recency. Pure functions; the network is in ``client``.

The model (docs/GITHUB.md): a repository pushed ``d`` days ago weighs ``0.5 ** (d / 730)``
(a two-year half-life). For each skill, ``volume`` is the recency-weighted bytes of code
in it (a dependency counts half of its repository's code, at most 100 kB), and ``repos``
the recency-weighted number of repositories that use it substantially (20 kB of code, or
2 kB that are at least 10% of the repository's code, or a declared dependency). Then

    proficiency = min(10, 1.5 * log10(1 + volume / 1 kB) + 1.5 * log2(1 + repos))
    confidence  = min(0.85, 0.25 + 0.15 * log2(1 + repos) + 0.05 * log10(1 + volume / 1 kB))

so 100 kB of recent Python in one repository reads about 4.5, a megabyte across five
repositories about 8.4; public code shows a skill is used, never how well, hence the cap
on confidence.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime

from talentsonar.skills.taxonomy import Skill, Taxonomy

MANIFESTS = (
    "requirements.txt",
    "pyproject.toml",
    "package.json",
    "pom.xml",
    "go.mod",
    "Cargo.toml",
)
HALF_LIFE_DAYS = 730.0
DEPENDENCY_SHARE = 0.5
DEPENDENCY_MAX_BYTES = 100_000
SUBSTANTIAL_SHARE = 0.10
SUBSTANTIAL_BYTES = 20_000
SUBSTANTIAL_MIN_BYTES = 2_000
MIN_PROFICIENCY = 1.0
EVIDENCE_REPOSITORIES = 5

_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True, slots=True)
class Repository:
    name: str
    url: str
    pushed_at: datetime | None
    languages: dict[str, int]
    dependencies: tuple[str, ...] = ()


@dataclass
class _Signal:
    volume: float = 0.0
    repos: float = 0.0
    raw_bytes: int = 0
    via: set[str] = field(default_factory=set)
    contributions: dict[str, tuple[float, Repository]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SkillFinding:
    skill: str
    proficiency: float
    confidence: float
    evidence: dict[str, object]


def recency(pushed_at: datetime | None, now: datetime) -> float:
    if pushed_at is None:
        return 0.25
    days = max(0.0, (now - pushed_at).total_seconds() / 86400)
    return float(0.5 ** (days / HALF_LIFE_DAYS))


def parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _pep508_name(requirement: str) -> str | None:
    match = _REQUIREMENT.match(requirement)
    return match.group(1) if match else None


def manifest_dependencies(filename: str, text: str) -> list[str]:
    """The package names a manifest declares (unparseable text declares none)."""
    try:
        if filename == "requirements.txt":
            names = []
            for line in text.splitlines():
                line = line.split("#", 1)[0].strip()
                if line and not line.startswith("-"):
                    name = _pep508_name(line)
                    if name:
                        names.append(name)
            return names
        if filename == "pyproject.toml":
            return _pyproject(tomllib.loads(text))
        if filename == "package.json":
            data = json.loads(text)
            if not isinstance(data, dict):
                return []
            return [
                str(name)
                for key in ("dependencies", "devDependencies", "peerDependencies")
                if isinstance(data.get(key), dict)
                for name in data[key]
            ]
        if filename == "pom.xml":
            return _pom(text)
        if filename == "go.mod":
            return _go_mod(text)
        if filename == "Cargo.toml":
            data = tomllib.loads(text)
            return [
                str(name)
                for key in ("dependencies", "dev-dependencies", "build-dependencies")
                if isinstance(data.get(key), dict)
                for name in data[key]
            ]
    except (ValueError, ET.ParseError, tomllib.TOMLDecodeError, RecursionError):
        return []
    return []


def _pyproject(data: dict[str, object]) -> list[str]:
    names: list[str] = []
    project = data.get("project")
    if isinstance(project, dict):
        for requirement in project.get("dependencies") or []:
            name = _pep508_name(str(requirement))
            if name:
                names.append(name)
        optional = project.get("optional-dependencies")
        if isinstance(optional, dict):
            for group in optional.values():
                for requirement in group if isinstance(group, list) else []:
                    name = _pep508_name(str(requirement))
                    if name:
                        names.append(name)
    tool = data.get("tool")
    poetry = tool.get("poetry") if isinstance(tool, dict) else None
    if isinstance(poetry, dict):
        for key in ("dependencies", "dev-dependencies"):
            if isinstance(poetry.get(key), dict):
                names += [str(n) for n in poetry[key] if str(n).lower() != "python"]
    return names


def _pom(text: str) -> list[str]:
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        return []  # no entity expansion from a stranger's XML
    root = ET.fromstring(text)
    names = []
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag in ("dependency", "parent", "plugin"):
            group = artifact = ""
            for child in element:
                child_tag = child.tag.rsplit("}", 1)[-1]
                if child_tag == "groupId":
                    group = (child.text or "").strip()
                elif child_tag == "artifactId":
                    artifact = (child.text or "").strip()
            if artifact:
                names.append(f"{group}:{artifact}" if group else artifact)
    return names


def _go_mod(text: str) -> list[str]:
    names = []
    in_block = False
    for raw in text.splitlines():
        line = raw.split("//", 1)[0].strip()
        if line.startswith("require ("):
            in_block = True
            continue
        if in_block and line == ")":
            in_block = False
            continue
        if line.startswith("require "):
            line = line[len("require ") :].strip()
        elif not in_block:
            continue
        if line:
            names.append(line.split()[0])
    return names


def _variants(dependency: str) -> list[str]:
    """Names a package might be known by: itself, its last path part (Go modules, Maven
    artifacts, npm scopes), then shorter hyphenated prefixes ("spring-boot-starter-web"
    -> "spring-boot")."""
    name = dependency.strip().lower()
    bases = [name]
    if name.startswith("@") and "/" in name:  # @angular/core -> angular, core
        scope, _, package = name[1:].partition("/")
        bases += [scope, package]
    parts = [p for p in re.split(r"[/:]", name) if p and not re.fullmatch(r"v\d+", p)]
    if parts:
        bases.append(parts[-1])
    out: list[str] = []
    for base in bases:
        out.append(base)
        pieces = base.split("-")
        for cut in range(len(pieces) - 1, 0, -1):
            prefix = "-".join(pieces[:cut])
            if len(prefix) >= 3:
                out.append(prefix)
    return list(dict.fromkeys(out))


def dependency_skill(taxonomy: Taxonomy, dependency: str) -> Skill | None:
    for variant in _variants(dependency):
        skill = taxonomy.normalize(variant)
        if skill is not None:
            return skill
    return None


def analyse(
    username: str, repositories: list[Repository], taxonomy: Taxonomy, now: datetime
) -> list[SkillFinding]:
    signals: dict[str, _Signal] = {}
    for repo in repositories:
        weight = recency(repo.pushed_at, now)
        total = sum(repo.languages.values())
        seen: set[str] = set()
        for language, size in repo.languages.items():
            skill = taxonomy.normalize(language)
            if skill is None:
                continue
            signal = signals.setdefault(skill.name, _Signal())
            signal.volume += size * weight
            signal.raw_bytes += size
            signal.via.add("languages")
            substantial = size >= SUBSTANTIAL_BYTES or (
                size >= SUBSTANTIAL_MIN_BYTES and size / total >= SUBSTANTIAL_SHARE
            )
            if substantial and skill.name not in seen:
                seen.add(skill.name)
                signal.repos += weight
            _contribute(signal, repo, size * weight)
        share = min(total, DEPENDENCY_MAX_BYTES) * DEPENDENCY_SHARE
        for dependency in repo.dependencies:
            skill = dependency_skill(taxonomy, dependency)
            if skill is None:
                continue
            signal = signals.setdefault(skill.name, _Signal())
            signal.via.add("manifests")
            if skill.name in seen:
                continue
            seen.add(skill.name)
            signal.volume += share * weight
            signal.repos += weight
            _contribute(signal, repo, max(share * weight, 1.0))
    findings = []
    for name, signal in signals.items():
        kb = signal.volume / 1000
        proficiency = min(10.0, 1.5 * math.log10(1 + kb) + 1.5 * math.log2(1 + signal.repos))
        if proficiency < MIN_PROFICIENCY:
            continue
        confidence = min(
            0.85, 0.25 + 0.15 * math.log2(1 + signal.repos) + 0.05 * math.log10(1 + kb)
        )
        top = sorted(signal.contributions.values(), key=lambda item: -item[0])
        findings.append(
            SkillFinding(
                skill=name,
                proficiency=round(proficiency, 1),
                confidence=round(confidence, 2),
                evidence={
                    "username": username,
                    "repositories": [
                        {
                            "name": repo.name,
                            "url": repo.url,
                            "pushedAt": repo.pushed_at.isoformat() if repo.pushed_at else None,
                        }
                        for _, repo in top[:EVIDENCE_REPOSITORIES]
                    ],
                    "repositoryCount": len(signal.contributions),
                    "bytes": signal.raw_bytes,
                    "via": sorted(signal.via),
                },
            )
        )
    return sorted(findings, key=lambda f: (-f.proficiency, f.skill))


def _contribute(signal: _Signal, repo: Repository, amount: float) -> None:
    previous = signal.contributions.get(repo.name)
    signal.contributions[repo.name] = ((previous[0] if previous else 0.0) + amount, repo)
