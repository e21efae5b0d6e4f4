"""Every hiding technique of the corpus is cut out of the text and flagged; every look-alike
that a reader does see is kept and not flagged (issue 13: 11 of 20 techniques went through)."""

from __future__ import annotations

import pytest

from talentsonar.cvs.extract import extract_document
from talentsonar.cvs.types import FLAG_HIDDEN_TEXT
from tests.cvs.builders import VISIBLE_LINES
from tests.cvs.hiding_corpus import CONTROLS, TECHNIQUES, Case


@pytest.mark.parametrize("case", TECHNIQUES, ids=[case.name for case in TECHNIQUES])
def test_hidden_text_is_cut_out_and_flagged(case: Case) -> None:
    document = extract_document(case.data())
    assert case.word not in document.text
    assert FLAG_HIDDEN_TEXT in document.flags
    assert any(case.word in span.text for span in document.hidden_text)
    if "layer" not in case.name:  # that PDF is hand-written around one other line
        assert all(line in document.text for line in VISIBLE_LINES)


@pytest.mark.parametrize("case", CONTROLS, ids=[case.name for case in CONTROLS])
def test_visible_look_alikes_are_kept(case: Case) -> None:
    document = extract_document(case.data())
    assert case.word in document.text
    assert document.flags == []
    assert document.hidden_text == []
    assert all(line in document.text for line in VISIBLE_LINES)
