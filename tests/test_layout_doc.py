"""docs/development.md's Layout section names the real package tree: no folder left out, no file invented."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "sparring"
TOP = re.compile(r"^- `src/sparring/([a-z_]+)/`")
SUB = re.compile(r"^  - `([a-z_]+)/`")
FILE = re.compile(r"`([a-z_]+\.py)`")


def _layout(text: str) -> str:
    section = text.split("\n## Layout\n", 1)[1]
    return section.split("\n## ", 1)[0]


def _folders(path: Path) -> set[str]:
    return {p.name for p in path.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))}


def documented(text: str) -> tuple[set[str], set[str], dict[str, set[str]]]:
    """The top-level folders, the engine folders and the ``.py`` files each entry names (by folder)."""
    top: set[str] = set()
    engines: set[str] = set()
    files: dict[str, set[str]] = {}
    parent: str | None = None
    folder: str | None = None
    for line in _layout(text).splitlines():
        if match := TOP.match(line):
            parent = folder = match.group(1)
            top.add(folder)
        elif (match := SUB.match(line)) and parent == "engines":
            engines.add(match.group(1))
            folder = f"engines/{match.group(1)}"
        elif line.startswith("- "):
            parent = folder = None
        if folder is not None:
            files.setdefault(folder, set()).update(FILE.findall(line))
    return top, engines, files


def test_the_layout_section_lists_every_package_folder_and_only_files_that_exist() -> None:
    top, engines, files = documented((ROOT / "docs" / "development.md").read_text(encoding="utf-8"))
    assert top == _folders(PACKAGE)
    assert engines == _folders(PACKAGE / "engines")
    missing = sorted(
        f"{folder}/{name}"
        for folder, names in files.items()
        for name in names
        if not (PACKAGE / folder / name).is_file()
    )
    assert missing == []


def test_a_folder_left_out_or_a_file_invented_is_noticed() -> None:
    text = (ROOT / "docs" / "development.md").read_text(encoding="utf-8")
    without = "\n".join(line for line in text.splitlines() if not line.startswith("  - `coach/`"))
    top, engines, _ = documented(without)
    assert "coach" not in engines
    assert engines != _folders(PACKAGE / "engines")
    assert top == _folders(PACKAGE)
    invented = text.replace("(`consistency.py`)", "(`consistency_rules.py`)")
    _, _, files = documented(invented)
    assert "consistency_rules.py" in files["model"]
    assert not (PACKAGE / "model" / "consistency_rules.py").exists()
