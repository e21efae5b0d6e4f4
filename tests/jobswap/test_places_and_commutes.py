"""Offline geocoding from the packaged gazetteer, the commute model, salary bands, and the
hosted providers (OpenRouteService's geocoder and matrix, OSRM's table) against a fake
server on 127.0.0.1, with the commute-pair cache."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from talentsonar.core.errors import UnprocessableEntity
from talentsonar.core.runtime import Runtime
from talentsonar.jobswap.commute import estimate, km_within, offline_minutes
from talentsonar.jobswap.matching import CommuteCache
from talentsonar.jobswap.places import AddressNotFound, gazetteer, haversine_km
from talentsonar.jobswap.service import geocoder, parse_salary_band
from tests.fakes.routing_server import FakeRouting

BUDAORS, KOBANYA = (47.46181, 18.95845), (47.48427, 19.13913)


@pytest.fixture(scope="module")
def routing() -> Iterator[FakeRouting]:
    server = FakeRouting(places={"Andrássy út 1, Budapest": (47.5025, 19.0570, "Andrássy út 1")})
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_addresses_are_found_offline_most_specific_part_first() -> None:
    places = gazetteer()
    district = places.geocode("Váci út 1, Budapest XIII. kerület, Budapest, Hungary")
    assert district.area == "Budapest XIII. kerület, HU"
    assert places.geocode("Kispest, Budapest").area == "Kispest, HU"
    assert places.geocode("Springfield, USA").area == "Springfield, US"  # the largest one
    assert places.geocode("Paris, France").area == "Paris, FR"
    point = places.geocode("47.50, 19.05")
    assert (point.lat, point.lon) == (47.5, 19.05)
    assert point.area.endswith(", HU")  # the coarse area of a point: the nearest place


def test_an_unknown_place_suggests_close_names() -> None:
    with pytest.raises(AddressNotFound) as caught:
        gazetteer().geocode("Budapst")
    assert "Budapest, HU" in caught.value.details["suggestions"]
    with pytest.raises(AddressNotFound):
        gazetteer().geocode("91.0, 10.0")


def test_the_offline_commute_model() -> None:
    km = haversine_km(*BUDAORS, *KOBANYA)
    assert 13 < km < 15
    assert estimate(BUDAORS, KOBANYA, "driving") == pytest.approx(km * 1.3 / 30 * 60)
    assert estimate(BUDAORS, KOBANYA, "transit") == pytest.approx(km * 1.4 / 20 * 60 + 5)
    assert estimate(BUDAORS, BUDAORS, "walking") == 0
    for mode in ("driving", "transit", "cycling", "walking"):
        assert km_within(offline_minutes(7.5, mode), mode) == pytest.approx(7.5)


@pytest.mark.parametrize(
    ("band", "expected"),
    [
        ("60000-75000", (60000, 75000)),
        ("60k-75k", (60000, 75000)),
        ("60,000 to 75,000", (60000, 75000)),
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_salary_bands(band: str | None, expected: tuple[int | None, int | None]) -> None:
    assert parse_salary_band(band) == expected


@pytest.mark.parametrize("band", ["lots", "75k-60k", "1-2-3"])
def test_bad_salary_bands(band: str) -> None:
    with pytest.raises(UnprocessableEntity):
        parse_salary_band(band)


async def test_openrouteservice_geocoder(runtime: Runtime, routing: FakeRouting) -> None:
    runtime.settings.jobswap_geocoder = "openrouteservice"
    runtime.settings.jobswap_geocoder_url = routing.url
    from pydantic import SecretStr

    runtime.settings.jobswap_provider_api_key = SecretStr(routing.api_key)
    place = await geocoder(runtime).geocode("Andrássy út 1, Budapest")
    assert (place.lat, place.lon, place.label) == (47.5025, 19.0570, "Andrássy út 1")
    assert place.area.endswith(", HU")
    with pytest.raises(AddressNotFound) as caught:
        await geocoder(runtime).geocode("Budapst")
    assert "Budapest, HU" in caught.value.details["suggestions"]


@pytest.mark.parametrize("provider", ["osrm", "openrouteservice"])
async def test_hosted_matrix_answers_are_cached(
    runtime: Runtime, routing: FakeRouting, provider: str
) -> None:
    from pydantic import SecretStr

    runtime.settings.jobswap_distance_provider = provider  # type: ignore[assignment]
    runtime.settings.jobswap_distance_url = routing.url
    runtime.settings.jobswap_provider_api_key = SecretStr(routing.api_key)
    kind = "table" if provider == "osrm" else "matrix"
    pairs = [(BUDAORS, KOBANYA, "driving"), (KOBANYA, BUDAORS, "cycling")]
    async with runtime.db.session() as session:
        cache = CommuteCache(runtime, session)
        assert cache.hosted
        before = sum(1 for k, _ in routing.requests if k == kind)
        minutes = await cache.minutes(pairs)
        expected = haversine_km(*BUDAORS, *KOBANYA) / routing.kmh * 60
        assert minutes == pytest.approx([expected, expected], rel=1e-3)
        assert sum(1 for k, _ in routing.requests if k == kind) == before + 2
    async with runtime.db.session() as session:
        again = await CommuteCache(runtime, session).minutes(pairs)
    assert again == pytest.approx(minutes)
    assert sum(1 for k, _ in routing.requests if k == kind) == before + 2  # from the cache
