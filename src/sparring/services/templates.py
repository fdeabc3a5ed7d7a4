"""Commented starting points for each kind of case (`sparring new`), and their sample values,
which the checker never counts as the user's (see sparring.engines.check.samples)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

from sparring.model.case import CASE_KINDS, Case
from sparring.model.errors import SparringError


def template_text(kind: str, schema_ref: str) -> str:
    """The commented template for ``kind``, pointing editors at ``schema_ref`` for validation."""
    if kind not in CASE_KINDS:
        raise SparringError(f"unknown kind {kind!r}", hint=f"Use one of: {', '.join(CASE_KINDS)}.")
    text = resources.files("sparring.services").joinpath("templates", f"{kind}.yaml").read_text(encoding="utf-8")
    return text.replace("{schema}", schema_ref)


@functools.cache
def template_cases() -> Mapping[str, Case]:
    """Each kind's template as a case: the checker's reference for values still the template's."""
    from sparring.store.casefile import load_case_text

    return MappingProxyType(
        {kind: load_case_text(template_text(kind, ""), f"{kind} template").case for kind in CASE_KINDS}
    )
