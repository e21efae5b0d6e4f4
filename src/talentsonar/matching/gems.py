"""What a *hidden gem* is: the one definition the match list, the hidden-gems list and the
AI fit analysis all use.

A hidden gem is a candidate the **basic score rates low** (below a "Good match", 60) whom a
**deeper analysis rates high** (at least 60, and at least 10 points above the basic score),
and who is **not the job's top-ranked candidate** (a candidate already ranked first is not
hidden).

The deeper analysis is, at scoring time, the *evidence score*: the mean of the semantic,
experience and title features (what the CV shows beyond keyword coverage), and, once a pair
has an AI fit analysis, that analysis's ``matchScore``, which then decides.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

#: Below a "Good match": what the basic score calls low.
BASIC_BELOW = 60.0
#: What a deeper analysis must reach to call a candidate strong.
DEEPER_FROM = 60.0
#: How far the deeper analysis must exceed the basic score.
MARGIN = 10.0
#: The features that make up the evidence score (at scoring time).
EVIDENCE_FEATURES = ("semantic", "experience", "title")


def is_hidden_gem(basic: float, deeper: float, *, top_ranked: bool) -> bool:
    """The definition (see the module docstring)."""
    return (
        not top_ranked
        and basic < BASIC_BELOW
        and deeper >= DEEPER_FROM
        and deeper - basic >= MARGIN
    )


def evidence_score(features: Mapping[str, float], applicable: Mapping[str, bool]) -> float:
    """0-100: the mean of the applicable evidence features (0 when none applies)."""
    values = [float(features.get(n, 0.0)) for n in EVIDENCE_FEATURES if applicable.get(n)]
    return round(100.0 * sum(values) / len(values), 2) if values else 0.0


def hidden_gem_mask(
    scores: npt.NDArray[np.float64],
    features: npt.NDArray[np.float64],
    applicable: npt.NDArray[np.bool_],
    columns: Mapping[str, int],
) -> npt.NDArray[np.bool_]:
    """:func:`is_hidden_gem` over a scored pool with the evidence score as the deeper
    analysis. Rank is not known inside a pool (a score never depends on the other
    candidates): the job's top-ranked candidate is excluded where lists are read."""
    cols = [columns[n] for n in EVIDENCE_FEATURES if applicable[columns[n]]]
    if not cols:
        return np.zeros(scores.shape[0], dtype=bool)
    deeper = 100.0 * features[:, cols].mean(axis=1)
    mask: npt.NDArray[np.bool_] = (
        (scores < BASIC_BELOW) & (deeper >= DEEPER_FROM) & (deeper - scores >= MARGIN)
    )
    return mask
