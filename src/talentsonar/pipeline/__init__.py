"""The hiring pipeline: applications of candidates to jobs, moved through an
organisation's ordered stages, with history, rejection reasons, notes and bulk actions."""
