"""Demo data: an organisation and a login, so a fresh install can be tried at once.

A domain with demo content has a ``demo.py`` with ``async def seed(runtime, org_id)``
that returns how many things it created; every seeder must be idempotent.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from talentsonar.auth.service import create_user_with_org, memberships_of, user_by_email
from talentsonar.core.runtime import Runtime
from talentsonar.discovery import domain_modules, load_domains

DEMO_ORG_NAME = "Demo Recruiting Ltd"


@dataclass(frozen=True, slots=True)
class DemoLogin:
    email: str
    password: str
    org_id: uuid.UUID
    created: bool
    seeded: dict[str, int] = field(default_factory=dict)  # domain -> items created


async def seed_demo(runtime: Runtime) -> DemoLogin:
    # The command line seeds before any app exists: the event subscribers (the sign-up
    # credit grant, scoring on job.changed) must be registered before anything is created.
    load_domains()
    email, password = runtime.settings.demo_email, runtime.settings.demo_password
    async with runtime.db.session() as session:
        user = await user_by_email(session, email)
        created = user is None
        if user is None:
            user, org = await create_user_with_org(
                session, email=email, full_name="Demo Recruiter", password=password,
                org_name=DEMO_ORG_NAME, settings=runtime.settings,
            )
            org_id = org.id
        else:
            org_id = (await memberships_of(session, user.id))[0][1].id
    seeded = {module.__name__.split(".")[1]: await module.seed(runtime, org_id)
              for module in domain_modules("demo")}
    return DemoLogin(email, password, org_id, created, seeded)
