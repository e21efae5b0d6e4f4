from tests.matching.conftest import make_candidate, make_job

__all__ = ["make_candidate", "make_job"]
