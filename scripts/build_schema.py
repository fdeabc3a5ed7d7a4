"""Regenerate src/sparring/examples/case.schema.json from the model (never edit it by hand).

Usage: python scripts/build_schema.py
A test fails when the committed file differs from what the model generates.
"""

from __future__ import annotations

from pathlib import Path

from sparring.model.schema import case_json_schema_text

TARGET = Path(__file__).resolve().parent.parent / "src" / "sparring" / "examples" / "case.schema.json"


def main() -> None:
    TARGET.write_text(case_json_schema_text(), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
