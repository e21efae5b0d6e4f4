"""GitHub evidence's pure part: manifests, package names onto the taxonomy, the username
in a CV link, and the recency and volume weighting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from talentsonar.github.analysis import (
    Repository,
    analyse,
    dependency_skill,
    manifest_dependencies,
    recency,
)
from talentsonar.github.service import username_from_link
from talentsonar.skills.taxonomy import get_taxonomy

NOW = datetime(2026, 12, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("filename", "text", "expected"),
    [
        (
            "requirements.txt",
            "# app\nDjango>=4.2  # web\n-r base.txt\nnumpy==1.26\n\n"
            "requests[socks] ; python_version>'3.8'\n",
            ["Django", "numpy", "requests"],
        ),
        (
            "pyproject.toml",
            '[project]\ndependencies = ["fastapi>=0.1", "pydantic"]\n'
            '[project.optional-dependencies]\ndev = ["pytest"]\n'
            '[tool.poetry.dependencies]\npython = "^3.11"\nflask = "*"\n',
            ["fastapi", "pydantic", "pytest", "flask"],
        ),
        (
            "package.json",
            '{"dependencies": {"express": "4"}, "devDependencies": {"jest": "1"}}',
            ["express", "jest"],
        ),
        (
            "pom.xml",
            "<project><parent><groupId>org.springframework.boot</groupId>"
            "<artifactId>spring-boot-starter-parent</artifactId></parent><dependencies>"
            "<dependency><groupId>junit</groupId><artifactId>junit</artifactId></dependency>"
            "</dependencies></project>",
            ["org.springframework.boot:spring-boot-starter-parent", "junit:junit"],
        ),
        (
            "go.mod",
            "module x\n\nrequire github.com/gin-gonic/gin v1.9.1\nrequire (\n"
            "\tgorm.io/gorm v1.25.0 // indirect\n)\n",
            ["github.com/gin-gonic/gin", "gorm.io/gorm"],
        ),
        (
            "Cargo.toml",
            '[package]\nname = "x"\n[dependencies]\ntokio = { version = "1" }\n'
            'serde = "1"\n[dev-dependencies]\ncriterion = "0.5"\n',
            ["tokio", "serde", "criterion"],
        ),
    ],
)
def test_each_manifest_gives_its_dependencies(
    filename: str, text: str, expected: list[str]
) -> None:
    assert manifest_dependencies(filename, text) == expected


@pytest.mark.parametrize("filename", ["pyproject.toml", "package.json", "pom.xml", "Cargo.toml"])
def test_a_broken_or_hostile_manifest_declares_nothing(filename: str) -> None:
    assert manifest_dependencies(filename, "{[<<not valid") == []
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>'
        "<project><dependencies><dependency><artifactId>&lol;</artifactId>"
        "</dependency></dependencies></project>"
    )
    assert manifest_dependencies("pom.xml", bomb) == []


def test_package_names_map_onto_the_taxonomy() -> None:
    taxonomy = get_taxonomy()
    found = {
        dep: (skill.name if (skill := dependency_skill(taxonomy, dep)) else None)
        for dep in (
            "@angular/core",
            "org.springframework.boot:spring-boot-starter-web",
            "github.com/gin-gonic/gin",
            "react-dom",
            "scikit-learn",
            "left-pad",
            "torch",
        )
    }
    assert found == {
        "@angular/core": "Angular",
        "org.springframework.boot:spring-boot-starter-web": "Spring Boot",
        "github.com/gin-gonic/gin": "Gin",
        "react-dom": "React",
        "scikit-learn": "scikit-learn",
        "left-pad": None,
        "torch": "PyTorch",
    }


@pytest.mark.parametrize(
    ("link", "username"),
    [
        ("https://github.com/octo-cat", "octo-cat"),
        ("github.com/octo/some-repo", "octo"),
        ("http://www.github.com/Octo/", "Octo"),
        ("@octo", "octo"),
        ("https://github.com/orgs/acme", None),
        ("https://github.com/", None),
        ("https://github.com/-bad-", None),
        (None, None),
    ],
)
def test_the_username_in_a_cv_link(link: str | None, username: str | None) -> None:
    assert username_from_link(link) == username


def test_recent_and_larger_code_weighs_more() -> None:
    assert recency(NOW, NOW) == 1.0
    assert recency(NOW - timedelta(days=730), NOW) == pytest.approx(0.5)
    taxonomy = get_taxonomy()

    def level(days: int, size: int, repos: int = 1) -> tuple[float, float]:
        repositories = [
            Repository(
                f"u/r{i}",
                f"https://github.com/u/r{i}",
                NOW - timedelta(days=days),
                {"Python": size},
            )
            for i in range(repos)
        ]
        [finding] = analyse("u", repositories, taxonomy, NOW)
        assert finding.evidence["repositoryCount"] == repos
        return finding.proficiency, finding.confidence

    assert level(10, 100_000) > level(3000, 100_000)  # recency
    assert level(10, 1_000_000) > level(10, 100_000)  # volume
    assert level(10, 100_000, repos=5) > level(10, 100_000)  # breadth
    top = level(0, 50_000_000, repos=40)
    assert top[0] == 10.0
    assert top[1] <= 0.85  # public code shows use, not mastery
    assert analyse("u", [Repository("u/a", "", NOW, {"Python": 50})], taxonomy, NOW) == []
