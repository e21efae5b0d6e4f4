"""The JobSwap demo: a network of its own ("JobSwap Demo Network", a separate organisation
from the recruiting demo) in Budapest. Two companies with offices on opposite sides of the
Danube, one HR user each, and twelve employees, most living across the river from their
office; eight of them have the demo CVs as resumes (parsed through the CV ingestion).
Matches are generated during seeding. Every account's password is ``DEMO_PASSWORD``."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

from talentsonar.auth.principal import Principal
from talentsonar.auth.service import create_user_with_org, user_by_email
from talentsonar.core.audit import SYSTEM
from talentsonar.core.runtime import Runtime
from talentsonar.jobswap import matching
from talentsonar.jobswap.network import NetworkAdmin, add_member
from talentsonar.jobswap.schemas import ProfileCreate
from talentsonar.jobswap.service import Member, ProfileService
from talentsonar.models.membership import Role

NETWORK_NAME = "JobSwap Demo Network"
ADMIN_EMAIL = "jobswap-admin@example.com"
DEMO_CVS = Path(__file__).parents[1] / "candidates" / "demo_cvs"
COMPANIES = {
    "Buda Software Kft.": ("hr@budasoftware.example.com", "Hanna Buda (HR)"),
    "Pest Data Zrt.": ("hr@pestdata.example.com", "Gábor Pest (HR)"),
}
BUDA_OFFICE = "Budaörsi út 45, Budapest XI. kerület, Budapest, Hungary"
PEST_OFFICE = "Kőbányai út 31, Kőbánya, Budapest, Hungary"
# name, email, company, title, band, home, office, skills, demo CV
EMPLOYEES: list[tuple[str, str, str, str, str, str, str, list[str], str | None]] = [
    (
        "Amira Haddad",
        "amira.haddad@example.com",
        "Buda Software Kft.",
        "Senior Backend Engineer",
        "60k-80k",
        "Kispest, Budapest",
        BUDA_OFFICE,
        ["Python", "PostgreSQL", "FastAPI", "Docker"],
        "amira-haddad.txt",
    ),
    (
        "Tom Becker",
        "tom.becker@example.com",
        "Pest Data Zrt.",
        "Software Engineer",
        "55k-75k",
        "Kelenföld, Budapest",
        PEST_OFFICE,
        ["Python", "JavaScript", "PostgreSQL", "React"],
        "tom-becker.txt",
    ),
    (
        "Lena Novak",
        "lena.novak@example.com",
        "Buda Software Kft.",
        "Platform Engineer",
        "60k-80k",
        "Budapest XVII. kerület, Budapest",
        BUDA_OFFICE,
        ["AWS", "Terraform", "Kubernetes", "Python"],
        "lena-novak.txt",
    ),
    (
        "Bence Varga",
        "bence.varga@example.com",
        "Pest Data Zrt.",
        "DevOps Engineer",
        "58k-78k",
        "Budaörs, Hungary",
        PEST_OFFICE,
        ["AWS", "Terraform", "Kubernetes", "Linux"],
        None,
    ),
    (
        "Sofia Marin",
        "sofia.marin@example.com",
        "Buda Software Kft.",
        "Data Analyst",
        "40k-55k",
        "Újpalota, Budapest",
        BUDA_OFFICE,
        ["SQL", "Python", "Tableau", "Excel"],
        "sofia-marin.txt",
    ),
    (
        "Priya Sharma",
        "priya.sharma@example.com",
        "Pest Data Zrt.",
        "Financial Analyst",
        "42k-58k",
        "Budafok, Budapest",
        PEST_OFFICE,
        ["Excel", "SQL", "Financial Modelling"],
        "priya-sharma.txt",
    ),
    (
        "Oliver Grant",
        "oliver.grant@example.com",
        "Buda Software Kft.",
        "Accountant",
        "38k-50k",
        "Pestlőrinc, Budapest",
        BUDA_OFFICE,
        ["Accounting", "Excel", "IFRS"],
        "oliver-grant.txt",
    ),
    (
        "Réka Tóth",
        "reka.toth@example.com",
        "Pest Data Zrt.",
        "Accountant",
        "38k-50k",
        "Budapest XII. kerület, Budapest",
        PEST_OFFICE,
        ["Accounting", "Excel", "IFRS", "Payroll"],
        None,
    ),
    (
        "Grace Okafor",
        "grace.okafor@example.com",
        "Buda Software Kft.",
        "Occupational Health Nurse",
        "35k-45k",
        "Mátyásföld, Budapest",
        BUDA_OFFICE,
        ["Patient Care", "First Aid", "Health Assessment"],
        "grace-okafor.txt",
    ),
    (
        "Daniel Reyes",
        "daniel.reyes@example.com",
        "Pest Data Zrt.",
        "Occupational Health Nurse",
        "35k-45k",
        "Naphegy, Budapest",
        PEST_OFFICE,
        ["Patient Care", "First Aid", "Health Assessment"],
        "daniel-reyes.txt",
    ),
    (
        "Péter Nagy",
        "peter.nagy@example.com",
        "Buda Software Kft.",
        "Backend Developer",
        "50k-70k",
        "Zugló, Budapest",
        BUDA_OFFICE,
        ["Python", "Django", "PostgreSQL", "Redis"],
        None,
    ),
    (
        "Eszter Kiss",
        "eszter.kiss@example.com",
        "Pest Data Zrt.",
        "Python Developer",
        "50k-70k",
        "Budapest XXII. kerület, Budapest",
        PEST_OFFICE,
        ["Python", "Django", "PostgreSQL", "Celery"],
        None,
    ),
]


async def seed(runtime: Runtime, org_id: uuid.UUID) -> int:
    """Create the demo network once; returns how many profiles were created."""
    settings = runtime.settings
    password = settings.demo_password
    async with runtime.db.session() as session:
        if await user_by_email(session, ADMIN_EMAIL) is not None:
            return 0
        admin, network = await create_user_with_org(
            session,
            email=ADMIN_EMAIL,
            full_name="JobSwap Admin",
            password=password,
            org_name=NETWORK_NAME,
            settings=settings,
        )
        owner = Member(Principal(admin.id, network.id, Role.owner), None, None)
        for name, (hr_email, hr_name) in COMPANIES.items():
            added = await NetworkAdmin(session, owner, SYSTEM).add_company(name)
            hr = await add_member(
                session, network.id, hr_email, hr_name, password, Role.hr, settings
            )
            await NetworkAdmin(session, owner, SYSTEM).add_hr_user(hr, added.id)
        employees = []
        for name, email, company, title, band, home, work, skills, cv in EMPLOYEES:
            user_id = await add_member(
                session, network.id, email, name, password, Role.employee, settings
            )
            who = Member(Principal(user_id, network.id, Role.employee), None, None)
            profile = await ProfileService(runtime, session, who, SYSTEM).create(
                ProfileCreate(
                    name=name,
                    email=email,
                    company=company,
                    job_title=title,
                    salary_band=band,
                    home_address=home,
                    work_address=work,
                    commute_mode="transit",
                    skills=skills,
                )
            )
            employees.append((Member(who.principal, profile, None), profile.id, cv))

    async def attach(who: Member, profile_id: uuid.UUID, cv: str) -> None:
        async with runtime.db.session() as session:
            await ProfileService(runtime, session, who, SYSTEM).attach_resume(
                profile_id, cv, (DEMO_CVS / cv).read_bytes()
            )

    # resumes through the CV ingestion, a few at a time (extraction runs in subprocesses)
    await asyncio.gather(*(attach(w, p, cv) for w, p, cv in employees if cv is not None))
    async with runtime.db.session() as session:
        await matching.generate_network(runtime, session, network.id)
    return len(employees)
