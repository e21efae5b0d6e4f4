"""The web app: server-rendered pages (Jinja2 + htmx) at ``/``, served by the API's
process. Page handlers call the ``/api/v1`` API in-process with the signed-in browser
session's credentials, so the API stays the one contract (see ``docs/WEB.md``)."""
