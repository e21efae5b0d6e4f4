from __future__ import annotations

import zlib
from typing import Any

import httpx
import pytest

from talentsonar.core.runtime import Runtime
from tests.candidates.conftest import row_counts, stored_files
from tests.conftest import run_queued_tasks
from tests.cvs.builders import add_hidden_runs, make_docx, make_pdf, rewrite_docx

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XXE_XML = (
    b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
)


def cv_lines(name: str, email: str, title: str, skills: str) -> list[str]:
    """A CV's lines; its phone is fixed by its e-mail and never the builders' default
    (+44 20 7946 0000): a shared phone makes two uploads one person. (It came from
    ``hash()``, which differs per process: 1 run in 1,000 merged two test candidates.)"""
    number = 1 + zlib.crc32(email.encode()) % 999
    return [name, f"{email} | +44 20 7946 0{number:03d}", title, f"Skills: {skills}"]


async def upload(client: httpx.AsyncClient, headers: dict[str, str],
                 *files: tuple[str, bytes, str], field: str = "files",
                 **form: str) -> httpx.Response:
    return await client.post(
        "/api/v1/candidates/upload", headers=headers, data=form,
        files=[(field, f) for f in files],
    )


async def test_single_pdf_upload_is_parsed_inline(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    h = user["headers"]
    response = await upload(client, h, ("jane.pdf", make_pdf(), PDF), field="file",
                            metadata='{"source": "careers page"}')
    assert response.status_code == 202, response.text
    [item] = response.json()["data"]["files"]
    assert item["filename"] == "jane.pdf"
    assert item["status"] == "succeeded"
    assert item["statusUrl"] == f"/api/v1/tasks/{item['taskId']}"
    task = (await client.get(item["statusUrl"], headers=h)).json()["data"]
    assert task["status"] == "succeeded"
    assert task["progress"] == 100
    assert task["result"]["candidateId"] == item["candidateId"]

    candidate = (await client.get(f"/api/v1/candidates/{item['candidateId']}",
                                  headers=h)).json()["data"]
    assert candidate["type"] == "uploaded"
    assert candidate["metadata"]["source"] == "careers page"
    assert candidate["cvDownloadPath"] == f"/api/v1/candidates/{item['candidateId']}/cv"
    assert "/api/v1/files/" in candidate["cvFileUrl"]  # signed: tests/storage
    assert candidate["embeddingModel"]
    [document] = candidate["documents"]
    assert document["version"] == 1
    assert document["isCurrent"]
    assert document["kind"] == "pdf"

    cv = await client.get(candidate["cvDownloadPath"], headers=h)
    assert cv.status_code == 200
    assert cv.content == make_pdf()
    assert cv.headers["content-type"] == PDF
    assert len(stored_files(runtime)) == 1


async def test_many_files_are_queued_then_parsed(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    h = user["headers"]
    docx = make_docx(lines=cv_lines("Omar Field", "omar@example.net", "Nurse", "Patient Care"))
    pdf = make_pdf(cv_lines("Lena Stone", "lena@example.net", "Accountant", "Excel"))
    response = await upload(client, h, ("omar.docx", docx, DOCX), ("lena.pdf", pdf, PDF))
    assert response.status_code == 202, response.text
    items = response.json()["data"]["files"]
    assert [i["status"] for i in items] == ["queued", "queued"]
    assert all(i["candidateId"] is None for i in items)
    await run_queued_tasks(runtime)
    ids = set()
    for item in items:
        task = (await client.get(item["statusUrl"], headers=h)).json()["data"]
        assert task["status"] == "succeeded", task
        ids.add(task["result"]["candidateId"])
    listed = (await client.get("/api/v1/candidates", headers=h)).json()
    assert {c["id"] for c in listed["data"]} == ids
    assert len(ids) == 2
    assert all(c["type"] == "uploaded" for c in listed["data"])


async def test_reupload_does_not_duplicate_and_keeps_versions(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    h = user["headers"]
    first = (await upload(client, h, ("jane.pdf", make_pdf(), PDF))).json()["data"]["files"][0]
    again = (await upload(client, h, ("jane-copy.pdf", make_pdf(), PDF))).json()
    assert again["data"]["files"][0]["candidateId"] == first["candidateId"]
    task = (await client.get(again["data"]["files"][0]["statusUrl"], headers=h)).json()["data"]
    assert task["result"]["duplicate"] == "same_file"
    counts = await row_counts(runtime)
    assert counts["candidates"] == 1
    assert counts["cv_documents"] == 1

    # The same CV as a Word file: other bytes, same text -> a new version of the same person.
    word = make_docx()
    docx = await upload(client, h, ("jane.docx", word, DOCX))
    third = docx.json()["data"]["files"][0]
    assert third["candidateId"] == first["candidateId"]
    candidate = (await client.get(f"/api/v1/candidates/{first['candidateId']}",
                                  headers=h)).json()["data"]
    versions = [(d["version"], d["kind"], d["isCurrent"]) for d in candidate["documents"]]
    assert versions == [(2, "docx", True), (1, "pdf", False)]
    old = await client.get(f"/api/v1/candidates/{first['candidateId']}/cv",
                           params={"version": 1}, headers=h)
    assert old.content == make_pdf()
    current = await client.get(f"/api/v1/candidates/{first['candidateId']}/cv", headers=h)
    assert current.content == word
    assert (await row_counts(runtime))["candidates"] == 1


async def test_same_email_updates_the_existing_candidate(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    h = user["headers"]
    old = cv_lines("Jane Example", "jane.example@example.org", "Data Engineer", "Python")
    new = [*old[:3], "Skills: Python, Kubernetes, Terraform", "Led the platform team"]
    first = (await upload(client, h, ("a.pdf", make_pdf(old), PDF))).json()["data"]["files"][0]
    second = (await upload(client, h, ("b.pdf", make_pdf(new), PDF))).json()["data"]["files"][0]
    assert second["candidateId"] == first["candidateId"]
    task = (await client.get(second["statusUrl"], headers=h)).json()["data"]
    assert task["result"]["duplicate"] in ("same_email", "same_phone", "similar_text")
    assert (await row_counts(runtime))["cv_documents"] == 2


BAD_FILES = {
    "empty": (b"", 422, "empty_file"),
    "png_renamed": (b"\x89PNG\r\n\x1a\n" + b"\0" * 200, 415, "unsupported_type"),
    "encrypted": (make_pdf(encrypt="secret"), 422, "encrypted_document"),
    "truncated": (make_pdf()[: len(make_pdf()) // 2], 422, "corrupt_document"),
    "zip_bomb": (rewrite_docx(make_docx(), {}, {"word/media/x.bin": b"\0" * (60 << 20)}),
                 422, "zip_bomb"),
    "xxe": (rewrite_docx(make_docx(), {"word/document.xml": XXE_XML}), 422, "unsafe_document"),
    "oversized": (b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024), 413, "file_too_large"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
async def test_bad_files_are_refused_with_nothing_written(
    kind: str, client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    data, status, code = BAD_FILES[kind]
    h = user["headers"]
    response = await upload(client, h, (f"{kind}.pdf", data, PDF))
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    assert await row_counts(runtime) == {"candidates": 0, "cv_documents": 0, "tasks": 0,
                                         "jobs_queued": 0}
    assert stored_files(runtime) == []
    # The service is still up and still takes good files.
    good = await upload(client, h, ("ok.pdf", make_pdf(), PDF))
    assert good.status_code == 202


async def test_mixed_batch_accepts_the_good_and_lists_the_bad(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    response = await upload(client, user["headers"], ("good.pdf", make_pdf(), PDF),
                            ("bad.pdf", b"", PDF))
    assert response.status_code == 202
    body = response.json()["data"]
    assert [f["filename"] for f in body["files"]] == ["good.pdf"]
    assert body["rejected"] == [{"filename": "bad.pdf", "code": "empty_file",
                                 "message": "The file is empty."}]
    all_bad = await upload(client, user["headers"], ("a.pdf", b"", PDF),
                           ("b.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 50, PDF))
    assert all_bad.status_code == 422
    assert {f["code"] for f in all_bad.json()["error"]["details"]["files"]} == {
        "empty_file", "unsupported_type"}
    assert (await row_counts(runtime))["cv_documents"] == 1


async def test_upload_input_errors(client: httpx.AsyncClient, user: dict[str, Any],
                                   other_user: dict[str, Any], runtime: Runtime) -> None:
    h = user["headers"]
    pdf = ("cv.pdf", make_pdf(), PDF)
    assert (await upload(client, h, pdf, metadata="{not json")).status_code == 422
    assert (await upload(client, h, pdf, metadata="[1, 2]")).status_code == 422
    assert (await upload(client, h, pdf, type="alien")).status_code == 422
    none = await client.post("/api/v1/candidates/upload", headers=h, data={"type": "past"})
    assert none.status_code == 422
    other_job = await client.post("/api/v1/jobs", json={"title": "Theirs"},
                                  headers=other_user["headers"])
    foreign = await upload(client, h, pdf, jobId=other_job.json()["data"]["id"])
    assert foreign.status_code == 404
    assert (await row_counts(runtime))["cv_documents"] == 0


async def test_hidden_text_is_excluded_and_flagged(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    h = user["headers"]
    docx = make_docx(add_hidden_runs)
    item = (await upload(client, h, ("hidden.docx", docx, DOCX))).json()["data"]["files"][0]
    cid = item["candidateId"]
    candidate = (await client.get(f"/api/v1/candidates/{cid}", headers=h)).json()["data"]
    assert "hidden_text" in candidate["flags"]
    assert "WHITEKEYWORD" not in str(candidate["profile"]) + str(candidate["skills"])
    search = await client.get("/api/v1/candidates/search", params={"q": "WHITEKEYWORD"},
                              headers=h)
    assert all(not any(r["method"] in ("fulltext", "fuzzy") for r in hit["matchedBy"])
               for hit in search.json()["data"])
    export = (await client.get(f"/api/v1/candidates/{cid}/export", headers=h)).json()
    [doc] = export["cvDocuments"]
    assert "WHITEKEYWORD" not in doc["extractedText"]
    assert any("WHITEKEYWORD" in span["text"] for span in doc["hiddenText"])


async def test_files_and_tasks_are_invisible_to_other_organisations(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    item = (await upload(client, user["headers"], ("jane.pdf", make_pdf(), PDF))
            ).json()["data"]["files"][0]
    other = other_user["headers"]
    assert (await client.get(item["statusUrl"], headers=other)).status_code == 404
    cid = item["candidateId"]
    assert (await client.get(f"/api/v1/candidates/{cid}/cv", headers=other)).status_code == 404
    assert (await client.get(f"/api/v1/candidates/{cid}/cv", params={"version": 1},
                             headers=other)).status_code == 404
    # The same file uploaded by the other org is its own candidate, not a duplicate.
    theirs = (await upload(client, other, ("jane.pdf", make_pdf(), PDF))
              ).json()["data"]["files"][0]
    assert theirs["candidateId"] != cid


async def test_erase_removes_everything(
    client: httpx.AsyncClient, user: dict[str, Any], runtime: Runtime
) -> None:
    h = user["headers"]
    first = (await upload(client, h, ("jane.pdf", make_pdf(), PDF))).json()["data"]["files"][0]
    await upload(client, h, ("jane.docx", make_docx(), DOCX))
    other = (await upload(client, h, ("lena.pdf", make_pdf(
        cv_lines("Lena Stone", "lena@example.net", "Accountant", "Excel")), PDF))
    ).json()["data"]["files"][0]
    assert len(stored_files(runtime)) == 3
    cid = first["candidateId"]
    await client.delete(f"/api/v1/candidates/{cid}", headers=h)  # soft delete first
    erased = await client.delete(f"/api/v1/candidates/{cid}/erase", headers=h)
    assert erased.status_code == 200, erased.text
    assert erased.json()["data"] == {"documents": 2, "files": 2}
    assert (await client.get(f"/api/v1/candidates/{cid}/export", headers=h)).status_code == 404
    assert (await client.get(first["statusUrl"], headers=h)).status_code == 404
    counts = await row_counts(runtime)
    assert counts["candidates"] == 1
    assert counts["cv_documents"] == 1
    assert len(stored_files(runtime)) == 1
    remaining = (await client.get(f"/api/v1/candidates/{other['candidateId']}/cv", headers=h))
    assert remaining.status_code == 200
    assert (await client.delete(f"/api/v1/candidates/{cid}/erase",
                                headers=h)).status_code == 404


CLASSIC_CV = """Maria Gonzalez
Senior Backend Engineer
Madrid, Spain | maria.gonzalez@example.com | +34 612 345 678
linkedin.com/in/maria-gonzalez-dev | github.com/mgonzalez | https://mariagonzalez.dev

SUMMARY
Backend engineer with nine years of experience building payment platforms in Python and Go.

WORK EXPERIENCE
Senior Backend Engineer at Finlytics Solutions
Jan 2019 - Present
- Designed event-driven services on Kubernetes and PostgreSQL.

Software Engineer - Acme Technologies Ltd
03/2015 - 12/2018
- Built REST APIs with Django.

EDUCATION
Master of Science in Computer Science
Universidad Politecnica de Madrid, 2014

SKILLS
Python, Go, Django, k8s, Postgres, Docker, Terraform

CERTIFICATIONS
Certified Kubernetes Administrator (CKA)

LANGUAGES
Spanish (native), English (fluent)
"""


@pytest.mark.parametrize("kind", ["pdf", "docx"])
async def test_uploaded_cv_gives_a_complete_profile(
    kind: str, client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    lines = CLASSIC_CV.splitlines()
    data = make_pdf(lines) if kind == "pdf" else make_docx(lines=lines)
    h = user["headers"]
    item = (await upload(client, h, (f"maria.{kind}", data, PDF if kind == "pdf" else DOCX))
            ).json()["data"]["files"][0]
    c = (await client.get(f"/api/v1/candidates/{item['candidateId']}", headers=h)
         ).json()["data"]
    assert c["profileStatus"] == "parsed"
    assert (c["name"], c["email"], c["phone"], c["location"], c["headline"]) == (
        "Maria Gonzalez", "maria.gonzalez@example.com", "+34 612 34 56 78", "Madrid, Spain",
        "Senior Backend Engineer")
    assert {"Python", "Go", "Django", "Kubernetes", "PostgreSQL", "Docker", "Terraform"} <= set(
        c["skills"])
    profile = c["profile"]
    assert profile["links"]["github"] == "github.com/mgonzalez"
    assert [(w["title"], w["company"]) for w in profile["workHistory"]] == [
        ("Senior Backend Engineer", "Finlytics Solutions"),
        ("Software Engineer", "Acme Technologies Ltd")]
    assert profile["education"][0]["year"] == 2014
    assert profile["certifications"] == ["Certified Kubernetes Administrator (CKA)"]
    assert profile["languages"] == ["Spanish", "English"]
    assert c["totalYearsExperience"]
    assert c["totalYearsExperience"] > 9
    assert profile["evidence"]["email"][0]["text"] == "maria.gonzalez@example.com"
    # Searchable at once, by a misspelled skill and by meaning.
    fuzzy = await client.get("/api/v1/candidates/search", params={"q": "kubernets"}, headers=h)
    assert fuzzy.json()["data"][0]["candidate"]["id"] == c["id"]
