"""Kept for imports written before the parser became a package: see ``cvs/parsing/``."""

from talentsonar.cvs.parsing import parse_profile

__all__ = ["parse_profile"]
