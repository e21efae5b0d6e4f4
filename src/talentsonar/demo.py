"""Demo data: an organisation and a login, so a fresh install can be tried at once.

Domains that have demo content add an ``async def seed(session, org_id)`` to
:data:`DEMO_SEEDERS`; every seeder must be idempotent.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.auth.repository import MembershipRepository, UserRepository
from talentsonar.auth.service import create_user_with_org
from talentsonar.core.runtime import Runtime

DEMO_ORG_NAME = "Demo Recruiting Ltd"
DemoSeeder = Callable[[AsyncSession, uuid.UUID], Awaitable[None]]
DEMO_SEEDERS: list[DemoSeeder] = []


@dataclass(frozen=True, slots=True)
class DemoLogin:
    email: str
    password: str
    org_id: uuid.UUID
    created: bool


async def seed_demo(runtime: Runtime) -> DemoLogin:
    email, password = runtime.settings.demo_email, runtime.settings.demo_password
    async with runtime.db.session() as session:
        user = await UserRepository(session).by_email(email)
        created = user is None
        if user is None:
            user, org = await create_user_with_org(
                session, email=email, full_name="Demo Recruiter", password=password,
                org_name=DEMO_ORG_NAME,
            )
            org_id = org.id
        else:
            org_id = (await MembershipRepository(session).memberships_of(user.id))[0][1].id
        for seeder in DEMO_SEEDERS:
            await seeder(session, org_id)
    return DemoLogin(email, password, org_id, created)
