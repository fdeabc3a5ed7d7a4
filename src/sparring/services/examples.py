"""The example cases shipped inside the package (the demo and the golden tests use them)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

EXAMPLE_NAMES = ("raise", "promotion", "job_offer", "deal", "flexibility", "resources")


def examples_dir() -> Path:
    return Path(str(resources.files("sparring").joinpath("examples")))


def example_path(name: str) -> Path:
    """Path of the example called ``name`` (e.g. ``raise``)."""
    from sparring.model.errors import SparringError

    if name not in EXAMPLE_NAMES:
        raise SparringError(
            f"no example called {name!r}", hint=f"Examples: {', '.join(EXAMPLE_NAMES)}.", kind="not_found"
        )
    return examples_dir() / f"{name}.yaml"


def schema_path() -> Path:
    """The JSON Schema file next to the examples, for the editors' ``$schema`` comment."""
    return examples_dir() / "case.schema.json"
