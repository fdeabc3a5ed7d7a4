"""The example cases shipped inside the package (the demo and the golden tests use them)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sparring.store.repository import CaseStore

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


DEMO_NOTE = "demo example"
"""The note of version 1 of each example `sparring serve --demo` imports (slug: the name, dashed)."""
EXAMPLE_NOTE = "a shipped example, to rehearse at once"


def stored_example(store: CaseStore, name: str) -> str:
    """The slug of a stored copy of example ``name``, importing it as ``example-NAME`` on first use.

    A rehearsal needs a stored case version. The demo store's own copy is used where there is
    one (found by its first version's note, so a user's own case of that slug is never taken);
    elsewhere the example is imported once, under a name no template or import chooses.
    """
    from sparring.model.errors import SparringError
    from sparring.store.casefile import load_case_file

    path = example_path(name)
    dashed = name.replace("_", "-")
    if store.exists(dashed) and store.history(dashed)[0].note == DEMO_NOTE:
        return dashed
    slug = f"example-{dashed}"
    if not store.exists(slug):
        try:
            loaded = load_case_file(str(path))
            store.save(slug, loaded.case, yaml_text=loaded.text, note=EXAMPLE_NOTE, new=True)
        except SparringError as exc:
            if exc.kind != "conflict":  # another request imported it first: use theirs
                raise
    return slug
