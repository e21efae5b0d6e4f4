"""GitHub evidence: skills read from a candidate's public repositories (docs/GITHUB.md)."""
