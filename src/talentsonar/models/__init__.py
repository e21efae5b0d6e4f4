"""ORM models, one file per table. Every module here is imported (see
:func:`talentsonar.discovery.import_models`) so the metadata is complete."""

from talentsonar.discovery import import_models

import_models()
