"""The rule-based CV parser, one module per part of a profile (see ``profile.py``)."""

from talentsonar.cvs.parsing.profile import parse_profile

__all__ = ["parse_profile"]
