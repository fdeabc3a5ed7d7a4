"""Commented starting points for each kind of case (`sparring new`)."""

from __future__ import annotations

from importlib import resources

from sparring.model.case import CASE_KINDS
from sparring.model.errors import SparringError


def template_text(kind: str, schema_ref: str) -> str:
    """The commented template for ``kind``, pointing editors at ``schema_ref`` for validation."""
    if kind not in CASE_KINDS:
        raise SparringError(f"unknown kind {kind!r}", hint=f"Use one of: {', '.join(CASE_KINDS)}.")
    text = resources.files("sparring.services").joinpath("templates", f"{kind}.yaml").read_text(encoding="utf-8")
    return text.replace("{schema}", schema_ref)
