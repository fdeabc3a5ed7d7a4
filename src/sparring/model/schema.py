"""The published JSON Schema of case files, so editors can validate them as you type."""

from __future__ import annotations

import json
from typing import Any

from sparring.model.case import Case

SCHEMA_ID = "https://sparring.invalid/schema/case-v1.json"


def case_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the current case format."""
    schema = Case.model_json_schema(by_alias=True)
    for definition in schema.get("$defs", {}).values():
        # List items get an id derived from their text when the file has none (model/ids.py).
        required = [name for name in definition.get("required", []) if name != "id"]
        if required:
            definition["required"] = required
        else:
            definition.pop("required", None)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Sparring case",
        "description": "One negotiation, by Incentive Map step. See docs/case-format.md.",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def case_json_schema_text() -> str:
    return json.dumps(case_json_schema(), indent=2, ensure_ascii=False) + "\n"
