"""Interviews: scheduling, question kits, results and their analysis."""
