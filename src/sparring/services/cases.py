"""Use cases around case documents: validate, import, export, show, history.

A case reference (``CASE`` on the command line) is either a path to a case file or the
slug of a case in the store; files win when both exist.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sparring.model.case import Case
from sparring.model.diff import Change, diff_cases
from sparring.model.errors import CaseInvalid, SparringError
from sparring.store.casefile import LoadedCase, dump_case, load_case_file

if TYPE_CHECKING:
    from sparring.store.repository import CaseStore, VersionInfo

ExportFormat = Literal["yaml", "json"]


@dataclass(frozen=True)
class FileCheck:
    """The outcome of validating one file: the case, or the error that explains why not."""

    path: str
    case: Case | None
    error: SparringError | None

    @property
    def ok(self) -> bool:
        return self.error is None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "valid": self.ok}
        if self.case is not None:
            out.update(kind=self.case.kind, title=self.case.title)
        if isinstance(self.error, CaseInvalid):
            out["problems"] = [
                {"path": p.dotted, "line": p.line, "column": p.column, "message": p.message}
                for p in self.error.problems
            ]
        elif self.error is not None:
            out["problems"] = [{"path": "", "line": None, "column": None, "message": self.error.message}]
        return out


def validate_files(paths: list[str]) -> list[FileCheck]:
    """Validate each file independently, so one bad file does not hide the others' problems."""
    results = []
    for path in paths:
        try:
            results.append(FileCheck(path, load_case_file(path).case, None))
        except SparringError as exc:
            results.append(FileCheck(path, None, exc))
    return results


@dataclass(frozen=True)
class ResolvedCase:
    """A case found by reference, with where it came from."""

    case: Case
    source: str
    slug: str | None
    version: int | None
    yaml_text: str | None
    loaded: LoadedCase | None = None


def is_file_ref(ref: str) -> bool:
    return ref == "-" or Path(ref).is_file() or ref.endswith((".yaml", ".yml", ".json"))


def resolve(ref: str, store: CaseStore | None, version: int | None = None) -> ResolvedCase:
    """Load ``ref`` as a file if it is one, else from the store by slug."""
    if is_file_ref(ref):
        if version is not None:
            raise SparringError("--version applies to stored cases, not files", hint="Import the file first.")
        loaded = load_case_file(ref)
        return ResolvedCase(loaded.case, loaded.source, None, None, loaded.text, loaded)
    if store is None:
        raise SparringError(f"{ref!r} is not a file", kind="not_found")
    stored = store.get(ref, version)
    return ResolvedCase(stored.case, f"{stored.slug} v{stored.version}", stored.slug, stored.version, stored.yaml_text)


def slug_for(name: str) -> str:
    """The name a case is stored under, from a title or a file name ("Raise before Q3!" → "raise-before-q3")."""
    from sparring.store.repository import slugify

    return slugify(name)


def import_file(store: CaseStore, path: str, slug: str | None = None, note: str | None = None) -> VersionInfo:
    """Validate a case file and save it as a new version (the slug defaults to the file name)."""
    from sparring.store.repository import slugify

    loaded = load_case_file(path)
    name = slug or slugify(Path(path).stem if path != "-" else loaded.case.title)
    return store.save(name, loaded.case, yaml_text=loaded.text, note=note or f"imported from {Path(path).name}")


def export_text(resolved: ResolvedCase, fmt: ExportFormat) -> str:
    """The case as YAML (keeping the original comments when known) or JSON."""
    if fmt == "json":
        return json.dumps(resolved.case.to_json_data(), indent=2, ensure_ascii=False) + "\n"
    if resolved.loaded is not None:
        return resolved.loaded.dump()
    if resolved.yaml_text:
        from sparring.store.casefile import load_case_text

        try:
            return load_case_text(resolved.yaml_text, resolved.source).dump(resolved.case)
        except SparringError:
            pass  # the stored text predates a migration; fall back to a fresh rendering
    return dump_case(resolved.case)


def version_diff(store: CaseStore, slug: str, old: int, new: int) -> list[Change]:
    """What changed in ``slug`` between versions ``old`` and ``new``."""
    before = store.get(slug, old).case.to_json_data()
    after = store.get(slug, new).case.to_json_data()
    return diff_cases(before, after)


def revise(store: CaseStore, slug: str, edits: dict[tuple[str, ...], Any], note: str) -> VersionInfo:
    """Apply field edits (path → new value) to the latest version and save the result as a new one.

    The edited document is validated like a file, so a revision can never store an invalid case.
    """
    from sparring.model.case import parse_case

    stored = store.get(slug)
    data = stored.case.to_data()
    for path, value in edits.items():
        node = data
        for key in path[:-1]:
            node = node.setdefault(key, {})
        node[path[-1]] = value
    case = parse_case(data, f"{slug} (edited)")
    yaml_text = None
    if stored.yaml_text:
        from sparring.store.casefile import load_case_text

        yaml_text = load_case_text(stored.yaml_text, slug).dump(case)
    # Against the version the edit started from: a save in between is a conflict, not lost work.
    return store.save(slug, case, yaml_text=yaml_text, note=note, base_version=stored.version)
