"""A fake routing service on 127.0.0.1 speaking OpenRouteService's geocoder
(``GET /geocode/search``) and matrix (``POST /v2/matrix/{profile}``) and OSRM's table
service (``GET /table/v1/{profile}/{lon,lat;lon,lat}``). Durations are the straight line
at ``kmh`` (so a test knows the answer); ``places`` are what the geocoder finds."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.fakes.threaded_server import ThreadedServer


def _km(a: list[float], b: list[float]) -> float:
    (lon1, lat1), (lon2, lat2) = a, b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


@dataclass
class FakeRouting:
    api_key: str = "ors-test-key"
    kmh: float = 36.0
    places: dict[str, tuple[float, float, str]] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)
    server: ThreadedServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return self.server.url

    def start(self) -> FakeRouting:
        self.server = ThreadedServer(self.app()).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.stop()

    def seconds(self, a: list[float], b: list[float]) -> float:
        return _km(a, b) / self.kmh * 3600

    def app(self) -> Starlette:
        async def geocode(request: Request) -> Response:
            self.requests.append(("geocode", request.url.query))
            if request.query_params.get("api_key") != self.api_key:
                return JSONResponse({"error": "Access to this API has been disallowed"}, 403)
            found = self.places.get(request.query_params.get("text", ""))
            features = (
                []
                if found is None
                else [
                    {
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": [found[1], found[0]]},
                        "properties": {"label": found[2], "confidence": 1},
                    }
                ]
            )
            return JSONResponse({"type": "FeatureCollection", "features": features})

        async def matrix(request: Request) -> Response:
            self.requests.append(("matrix", request.path_params["profile"]))
            if request.headers.get("authorization") != self.api_key:
                return JSONResponse({"error": "Access to this API has been disallowed"}, 403)
            body: dict[str, Any] = await request.json()
            locations = body["locations"]
            durations = [
                [
                    self.seconds(locations[s], locations[d])
                    for d in body.get("destinations", range(len(locations)))
                ]
                for s in body.get("sources", range(len(locations)))
            ]
            return JSONResponse({"durations": durations, "metadata": {"service": "matrix"}})

        async def table(request: Request) -> Response:
            self.requests.append(("table", request.path_params["profile"]))
            points = [
                [float(x) for x in p.split(",")] for p in request.path_params["coords"].split(";")
            ]
            sources = [int(i) for i in request.query_params.get("sources", "0").split(";")]
            targets = [int(i) for i in request.query_params.get("destinations", "1").split(";")]
            durations = [[self.seconds(points[s], points[d]) for d in targets] for s in sources]
            return JSONResponse({"code": "Ok", "durations": durations})

        return Starlette(
            routes=[
                Route("/geocode/search", geocode),
                Route("/v2/matrix/{profile}", matrix, methods=["POST"]),
                Route("/table/v1/{profile}/{coords}", table),
            ]
        )
