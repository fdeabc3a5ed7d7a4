"""The navigation: pages register themselves here, so the menu lists only pages that exist.

A later page (rehearsal, sessions, coach) adds one :func:`register` call in its own module;
nothing else changes. ``site`` links are always shown; ``case`` links are the tabs of one case.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Scope = Literal["site", "case"]


@dataclass(frozen=True)
class NavLink:
    label: str
    route: str
    scope: Scope
    order: int


_LINKS: dict[str, NavLink] = {}


def register(label: str, route: str, scope: Scope, order: int) -> None:
    """Add a menu entry for the route named ``route`` (idempotent, so re-imports are harmless)."""
    _LINKS[route] = NavLink(label, route, scope, order)


def links(scope: Scope) -> list[NavLink]:
    return sorted((link for link in _LINKS.values() if link.scope == scope), key=lambda link: link.order)
