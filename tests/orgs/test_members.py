"""Organisation members: add by email, change roles, remove; effects are immediate."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import member_of, register_user

MEMBERS = "/api/v1/organization/members"


async def test_add_member_gives_access_with_that_role(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    viewer = await member_of(client, user, "viewer")
    assert viewer["user"]["role"] == "viewer"
    assert viewer["user"]["organization"]["id"] == user["user"]["organization"]["id"]
    listed = await client.get(MEMBERS, headers=viewer["headers"])
    assert listed.status_code == 200
    roles = {m["email"]: m["role"] for m in listed.json()["data"]}
    assert roles == {user["user"]["email"]: "owner", viewer["user"]["email"]: "viewer"}


async def test_add_unknown_email_is_404_and_duplicate_is_409(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    missing = await client.post(
        MEMBERS, json={"email": "nobody@example.com", "role": "viewer"}, headers=user["headers"]
    )
    assert missing.status_code == 404
    again = await client.post(
        MEMBERS, json={"email": user["user"]["email"], "role": "viewer"}, headers=user["headers"]
    )
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "already_member"


async def test_role_change_takes_effect_immediately(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    member = await member_of(client, user, "recruiter")
    key_body = {"name": "ci", "role": "viewer"}
    refused = await client.post("/api/v1/organization/api-keys", json=key_body,
                                headers=member["headers"])
    assert refused.status_code == 403
    promoted = await client.patch(f"{MEMBERS}/{member['user']['id']}", json={"role": "admin"},
                                  headers=user["headers"])
    assert promoted.status_code == 200, promoted.text
    assert promoted.json()["data"]["role"] == "admin"
    # Same access token, new role: the cached principal was invalidated on commit.
    allowed = await client.post("/api/v1/organization/api-keys", json=key_body,
                                headers=member["headers"])
    assert allowed.status_code == 201, allowed.text
    demoted = await client.patch(f"{MEMBERS}/{member['user']['id']}", json={"role": "viewer"},
                                 headers=user["headers"])
    assert demoted.status_code == 200
    me = await client.get("/api/v1/auth/me", headers=member["headers"])
    assert me.json()["data"]["role"] == "viewer"
    write = await client.post(MEMBERS, json={"email": "x@example.com"}, headers=member["headers"])
    assert write.status_code == 403


async def test_last_owner_cannot_be_demoted_or_removed(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    own_id = user["user"]["id"]
    demote = await client.patch(f"{MEMBERS}/{own_id}", json={"role": "admin"},
                                headers=user["headers"])
    assert demote.status_code == 409
    assert demote.json()["error"]["code"] == "last_owner"
    remove = await client.delete(f"{MEMBERS}/{own_id}", headers=user["headers"])
    assert remove.status_code == 409
    second = await member_of(client, user, "owner")
    demote_now = await client.patch(f"{MEMBERS}/{own_id}", json={"role": "admin"},
                                    headers=second["headers"])
    assert demote_now.status_code == 200, demote_now.text


async def test_admin_cannot_grant_owner_or_touch_owner(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    admin = await member_of(client, user, "admin")
    outsider = await register_user(client)
    grant = await client.post(MEMBERS, json={"email": outsider["user"]["email"], "role": "owner"},
                              headers=admin["headers"])
    assert grant.status_code == 403
    touch = await client.patch(f"{MEMBERS}/{user['user']['id']}", json={"role": "viewer"},
                               headers=admin["headers"])
    assert touch.status_code == 403


async def test_removed_member_loses_access_at_once_and_can_be_re_added(
    client: httpx.AsyncClient, user: dict[str, Any]
) -> None:
    member = await member_of(client, user, "recruiter")
    before = await client.get("/api/v1/organization", headers=member["headers"])
    assert before.status_code == 200
    removed = await client.delete(f"{MEMBERS}/{member['user']['id']}", headers=user["headers"])
    assert removed.status_code == 200, removed.text
    after = await client.get("/api/v1/organization", headers=member["headers"])
    assert after.status_code == 401
    refresh = await client.post("/api/v1/auth/refresh",
                                json={"refreshToken": member["refreshToken"]})
    assert refresh.status_code == 401
    gone = await client.delete(f"{MEMBERS}/{member['user']['id']}", headers=user["headers"])
    assert gone.status_code == 404
    back = await client.post(MEMBERS, json={"email": member["user"]["email"], "role": "viewer"},
                             headers=user["headers"])
    assert back.status_code == 201
    assert back.json()["data"]["role"] == "viewer"


async def test_other_org_member_is_404(
    client: httpx.AsyncClient, user: dict[str, Any], other_user: dict[str, Any]
) -> None:
    r = await client.patch(f"{MEMBERS}/{other_user['user']['id']}", json={"role": "viewer"},
                           headers=user["headers"])
    assert r.status_code == 404
    r = await client.delete(f"{MEMBERS}/{other_user['user']['id']}", headers=user["headers"])
    assert r.status_code == 404
