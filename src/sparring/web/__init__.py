"""The web interface: a FastAPI app with server-rendered pages (Jinja2 + htmx) and a JSON API.

Like the CLI it only parses input, calls :mod:`sparring.services` and renders; it is the one
place (beside the CLI) that chooses the store URL and turns errors into HTTP statuses.
Everything it serves is inside the package, so it works offline.
"""
