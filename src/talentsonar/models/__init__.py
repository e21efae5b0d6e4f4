"""ORM models, one file per table. Every module here is imported when the package is, so
the metadata is complete (:func:`talentsonar.discovery.import_models`)."""

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
