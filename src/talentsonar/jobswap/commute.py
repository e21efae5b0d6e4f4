"""Commute times: the offline estimate, hosted distance matrices, and the pair cache.

**Offline model** (the default, no network): ``minutes = great-circle km x DETOUR[mode]
/ SPEED_KMH[mode] x 60 + FIXED_MINUTES[mode]``. The detour factor turns the straight line
into a street route (urban networks measure 1.2-1.4 x the crow's flight); the speed is a
door-to-door average for the mode in a city; the fixed minutes are the wait and walk to a
stop for transit. For one mode the estimate grows with distance only, so "the swap
shortens both commutes" is decided by distances and the spatial prefilter is exact.

**Hosted**: ``JOBSWAP_DISTANCE_PROVIDER=osrm`` (``GET /table/v1/{profile}/{lon,lat;…}``) or
``openrouteservice`` (``POST /v2/matrix/{profile}``) replaces the estimate for the pairs
that pass the prefilter; their answers are cached per rounded point pair in
``jobswap_commutes`` (``JOBSWAP_COMMUTE_CACHE_DAYS``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, Protocol

import numpy as np

from talentsonar.jobswap.places import EARTH_RADIUS_KM, haversine_km

Mode = Literal["driving", "transit", "cycling", "walking"]
MODES: tuple[Mode, ...] = ("driving", "transit", "cycling", "walking")
DETOUR: dict[str, float] = {"driving": 1.3, "transit": 1.4, "cycling": 1.25, "walking": 1.2}
SPEED_KMH: dict[str, float] = {"driving": 30.0, "transit": 20.0, "cycling": 15.0, "walking": 4.8}
FIXED_MINUTES: dict[str, float] = {"driving": 0.0, "transit": 5.0, "cycling": 0.0, "walking": 0.0}
#: Points are cached to 4 decimals (about 11 m).
CACHE_DECIMALS = 4
OSRM_PROFILES = {"driving": "driving", "transit": "driving", "cycling": "bike", "walking": "foot"}
ORS_PROFILES = {
    "driving": "driving-car",
    "transit": "driving-car",
    "cycling": "cycling-regular",
    "walking": "foot-walking",
}

Point = tuple[float, float]


def offline_minutes(km: float, mode: str) -> float:
    return km * DETOUR[mode] / SPEED_KMH[mode] * 60.0 + FIXED_MINUTES[mode]


def estimate(origin: Point, destination: Point, mode: str) -> float:
    return offline_minutes(haversine_km(*origin, *destination), mode)


def km_within(minutes: float, mode: str) -> float:
    """The great-circle distance the offline model covers in ``minutes`` (the inverse)."""
    return max(0.0, minutes - FIXED_MINUTES[mode]) * SPEED_KMH[mode] / 60.0 / DETOUR[mode]


def haversine_many(
    lat: float | np.ndarray, lon: float | np.ndarray, lats: np.ndarray, lons: np.ndarray
) -> np.ndarray:
    """Great-circle km from one point to many (degrees in, km out); arrays broadcast
    (rows of points against columns of points: a matrix)."""
    p, lam = np.radians(lat), np.radians(lon)
    p2, lam2 = np.radians(lats), np.radians(lons)
    a = np.sin((p2 - p) / 2) ** 2 + np.cos(p) * np.cos(p2) * np.sin((lam2 - lam) / 2) ** 2
    result: np.ndarray = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
    return result


def cache_key(provider: str, mode: str, origin: Point, destination: Point) -> str:
    def fmt(point: Point) -> str:
        return f"{point[0]:.{CACHE_DECIMALS}f},{point[1]:.{CACHE_DECIMALS}f}"

    return f"{provider}:{mode}:{fmt(origin)}:{fmt(destination)}"


class DistanceMatrix(Protocol):
    """Minutes from each origin to the destination of the same index."""

    name: str

    async def minutes(self, pairs: Sequence[tuple[Point, Point]], mode: str) -> list[float]: ...


class OfflineMatrix:
    name = "offline"

    async def minutes(self, pairs: Sequence[tuple[Point, Point]], mode: str) -> list[float]:
        return [estimate(o, d, mode) for o, d in pairs]


class OsrmMatrix:
    """OSRM's table service: one request per pair list, sources and destinations indexed."""

    name = "osrm"

    def __init__(self, client: Any) -> None:
        self.client = client

    async def minutes(self, pairs: Sequence[tuple[Point, Point]], mode: str) -> list[float]:
        out: list[float] = []
        for origin, destination in pairs:
            coords = f"{origin[1]},{origin[0]};{destination[1]},{destination[0]}"
            response = await self.client.request(
                "GET",
                f"/table/v1/{OSRM_PROFILES[mode]}/{coords}",
                params={"sources": "0", "destinations": "1", "annotations": "duration"},
            )
            response.raise_for_status()
            body = response.json()
            if body.get("code") != "Ok" or body["durations"][0][0] is None:
                out.append(estimate(origin, destination, mode))  # no route: the estimate
            else:
                out.append(float(body["durations"][0][0]) / 60.0)
        return out


class OpenRouteServiceMatrix:
    """OpenRouteService's matrix: ``POST /v2/matrix/{profile}`` with ``locations``."""

    name = "openrouteservice"

    def __init__(self, client: Any, api_key: str) -> None:
        self.client, self.api_key = client, api_key

    async def minutes(self, pairs: Sequence[tuple[Point, Point]], mode: str) -> list[float]:
        out: list[float] = []
        for origin, destination in pairs:
            response = await self.client.request(
                "POST",
                f"/v2/matrix/{ORS_PROFILES[mode]}",
                headers={"Authorization": self.api_key},
                json={
                    "locations": [[origin[1], origin[0]], [destination[1], destination[0]]],
                    "sources": [0],
                    "destinations": [1],
                    "metrics": ["duration"],
                },
            )
            response.raise_for_status()
            value = response.json()["durations"][0][0]
            out.append(estimate(origin, destination, mode) if value is None else value / 60.0)
        return out
