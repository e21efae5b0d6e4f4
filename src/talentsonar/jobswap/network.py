"""The network's companies and HR users (organisation administrators), and accounts that
are members of the network (demo and tests)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from talentsonar.core import audit
from talentsonar.core.audit import Actor
from talentsonar.core.errors import Conflict, Forbidden, UnprocessableEntity
from talentsonar.jobswap.repository import CompanyRepository, HrUserRepository
from talentsonar.jobswap.service import Member
from talentsonar.models.jobswap import JobSwapCompany, JobSwapHrUser
from talentsonar.models.membership import Role


class NetworkAdmin:
    """Companies and HR users of the network (organisation admins)."""

    def __init__(self, session: AsyncSession, who: Member, actor: Actor) -> None:
        if not who.is_admin:
            raise Forbidden("Only the network's administrators manage companies and HR users")
        self.session, self.who, self.actor = session, who, actor
        self.org_id = who.principal.org_id

    async def add_company(self, name: str) -> JobSwapCompany:
        companies = CompanyRepository(self.session, self.org_id)
        if await companies.by_name(name) is not None:
            raise Conflict(
                "A company of that name is already in the network", code="company_exists"
            )
        company = await companies.create(JobSwapCompany(id=uuid.uuid4(), name=name))
        await audit.record(
            self.session,
            self.actor,
            "jobswap.company.created",
            org_id=self.org_id,
            target_type="jobswap_company",
            target_id=company.id,
            after={"name": name},
        )
        return company

    async def add_hr_user(self, user_id: uuid.UUID, company_id: uuid.UUID) -> JobSwapHrUser:
        from talentsonar.orgs.service import members

        if await CompanyRepository(self.session, self.org_id).get(company_id) is None:
            raise UnprocessableEntity("That company is not in the network", code="unknown_company")
        roles = {m.user_id: m.role for m, _ in await members(self.session, self.org_id)}
        if roles.get(user_id) is not Role.hr:
            raise UnprocessableEntity(
                "HR users are members of the network with the hr role (invite them first)",
                code="not_hr_member",
            )
        hr_users = HrUserRepository(self.session, self.org_id)
        row = await hr_users.by_user(user_id)
        if row is None:
            row = await hr_users.create(
                JobSwapHrUser(id=uuid.uuid4(), user_id=user_id, company_id=company_id)
            )
        else:
            row.company_id, row.deleted_at = company_id, None
            await self.session.flush()
        await audit.record(
            self.session,
            self.actor,
            "jobswap.hr_user.assigned",
            org_id=self.org_id,
            target_type="user",
            target_id=user_id,
            after={"companyId": str(company_id)},
        )
        return row


async def add_member(
    session: AsyncSession,
    org_id: uuid.UUID,
    email: str,
    full_name: str,
    password: str | None,
    role: Role,
    settings: Any,
) -> uuid.UUID:
    """A new account that is a member of the network with ``role`` (demo and tests; people
    normally join by invitation, ``/api/v1/organization/invitations``)."""
    from talentsonar.core.security import hash_password
    from talentsonar.models.membership import Membership
    from talentsonar.models.user import User

    user = User(
        email=email.lower(),
        full_name=full_name,
        password_hash=hash_password(password, settings) if password else None,
    )
    session.add(user)
    await session.flush()
    session.add(Membership(user_id=user.id, org_id=org_id, role=role))
    await session.flush()
    return user.id
