"""``python bench/graphql.py``: the GraphQL-against-REST benchmark under the name issue 19
gives it; the benchmark itself is bench/graphql_vs_rest.py (same arguments).

Python puts a script's folder first on ``sys.path``, so for every script run from bench/
``import graphql`` finds this file before graphql-core. So this module does two things:

- run as a script, it takes its folder off ``sys.path`` before importing anything else and
  runs bench/graphql_vs_rest.py;
- imported under the name ``graphql`` (by Strawberry, in any other benchmark that builds
  the app), it hands over to the real package: it leaves ``sys.modules``, imports
  graphql-core with its own folder off ``sys.path``, and puts graphql-core where it was, so
  the importer gets the library (Python's import returns what ``sys.modules`` holds once
  the module ran). Nothing else of this file runs then.
"""

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _without_this_folder(paths: list[str]) -> list[str]:
    return [p for p in paths if Path(p or ".").resolve() != _HERE]


if __name__ == "__main__":
    import runpy

    sys.path[:] = _without_this_folder(sys.path)
    runpy.run_path(str(_HERE / "graphql_vs_rest.py"), run_name="__main__")
else:
    import importlib

    _saved = sys.path[:]
    del sys.modules[__name__]
    sys.path[:] = _without_this_folder(_saved)
    try:
        _library = importlib.import_module(__name__)
    finally:
        sys.path[:] = _saved
    sys.modules[__name__] = _library
