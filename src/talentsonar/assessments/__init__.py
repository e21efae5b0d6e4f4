"""Assessments: templates drawn from our question banks, invitations with a single-use link,
timed attempts, grading (choices, short answers by the AI layer, code by the sandbox in a
worker) and the results recorded on the candidate's skill profile."""
