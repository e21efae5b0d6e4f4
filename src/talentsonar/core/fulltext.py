"""What a search box's text becomes before PostgreSQL's ``websearch_to_tsquery``.

``websearch_to_tsquery`` reads ``"a phrase"``, ``or`` and ``-word`` (not) as operators,
and its tokens are meant to be those of ``to_tsvector``. Two things people type (or
paste from a CV) break that:

- a dash standing alone as punctuation ("oil - gas", "Sales -- Retail") is read as
  *not*: "many sectors - oil" finds only the CVs that do **not** say "oil";
- a ``~`` starting a word ("~11 years", "~python") stays in the query's token
  (``'~11'``) while ``to_tsvector`` drops it (``'11'``), so the query matches nothing.

:func:`websearch_text` turns both into spaces and leaves every operator a user can mean
("-java", quoted phrases, ``or``) as it is.
"""

from __future__ import annotations

import re

__all__ = ["websearch_text"]

#: a run of dashes with whitespace (or the end) after it and whitespace (or the start)
#: before it: punctuation, not "not" (a dash that starts a word, "-java", stays)
_LONE_DASHES = re.compile(r"(?<!\S)-+(?!\S)")
#: a tilde that starts a word ("~11"); inside a word ("a~b") both parsers split alike
_LEADING_TILDES = re.compile(r"(?<!\w)~+")


def websearch_text(q: str) -> str:
    """``q`` for ``websearch_to_tsquery``: lone dashes and word-leading tildes blanked."""
    return _LEADING_TILDES.sub(" ", _LONE_DASHES.sub(" ", q))
