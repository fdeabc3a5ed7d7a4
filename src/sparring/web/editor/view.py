"""The editor form as plain objects for the templates: sections, fields with their current
values, list rows, the tiers and limits tables, and the list of findings slots.

Built from a document and its row tokens, so the same function renders the stored version,
a draft that failed validation, and one new row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sparring.web.editor.form import get_path, initial_tokens, is_missing
from sparring.web.editor.spec import Field, Group, LimitTable, ListGroup, PackageTable, Section, sections_for

SECTION_SLOT = "_section."


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    checked: bool


@dataclass(frozen=True)
class FieldView:
    name: str
    label: str
    kind: str
    value: str
    slot: str
    hint: str = ""
    wide: bool = False
    checked: bool = False
    choices: tuple[str, ...] = ()
    options: tuple[Option, ...] = ()
    low: str = ""
    high: str = ""


@dataclass(frozen=True)
class ItemView:
    path: str
    token: str
    number: int
    label: str
    item_id: str
    show_id: bool
    fields: tuple[FieldView, ...]

    @property
    def slot(self) -> str:
        return f"{self.path}.{self.token}"


@dataclass(frozen=True)
class Column:
    lever: str
    label: str
    numeric: bool
    values: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    path: str
    label: str
    cells: tuple[FieldView, ...]


@dataclass(frozen=True)
class PartView:
    kind: Literal["group", "list", "packages", "limits"]
    path: str
    legend: str = ""
    fields: tuple[FieldView, ...] = ()
    items: tuple[ItemView, ...] = ()
    item_label: str = ""
    columns: tuple[Column, ...] = ()
    rows: tuple[Row, ...] = ()

    @property
    def slot(self) -> str:
        return self.path


@dataclass(frozen=True)
class SectionView:
    id: str
    title: str
    principle: str
    intro: str
    step: int | None
    extra: tuple[str, ...]
    parts: tuple[PartView, ...]

    @property
    def slot(self) -> str:
        return SECTION_SLOT + self.id


@dataclass
class EditorView:
    sections: list[SectionView]
    slots: list[str] = field(default_factory=list)


def build_view(data: dict[str, Any], tokens: dict[str, list[str]] | None = None) -> EditorView:
    """The whole form for ``data`` (rows numbered by ``tokens``, positions by default)."""
    tokens = tokens if tokens is not None else initial_tokens(data)
    kind = data.get("kind") if isinstance(data.get("kind"), str) else "custom"
    sections = [_section(section, data, tokens) for section in sections_for(str(kind))]
    view = EditorView(sections)
    view.slots = [""] + [slot for section in sections for slot in _slots(section)]
    return view


def build_item(part: ListGroup, data: dict[str, Any], token: str, number: int) -> ItemView:
    """One blank row of ``part`` (for the "add" button), with link options from ``data``."""
    return _item(part, {}, data, token, number)


def _section(section: Section, data: dict[str, Any], tokens: dict[str, list[str]]) -> SectionView:
    parts: list[PartView] = []
    for part in section.parts:
        if isinstance(part, Group):
            node = get_path(data, part.path) if part.path else data
            node = node if isinstance(node, dict) else {}
            fields = tuple(_field(f, f"{part.path}.{f.key}" if part.path else f.key, node, data) for f in part.fields)
            parts.append(PartView("group", part.path, part.legend, fields=fields))
        elif isinstance(part, ListGroup):
            items = get_path(data, part.path)
            items = items if isinstance(items, list) else []
            row_tokens = tokens.get(part.path) or [str(i) for i in range(len(items))]
            views = tuple(
                _item(part, item if isinstance(item, dict) else {}, data, token, n + 1)
                for n, (item, token) in enumerate(zip(items, row_tokens, strict=False))
            )
            parts.append(PartView("list", part.path, part.legend, items=views, item_label=part.item))
        elif isinstance(part, PackageTable):
            parts.append(_packages(part, data))
        else:
            parts.append(_limits(part, data))
    return SectionView(
        section.id, section.title, section.principle, section.intro, section.step, section.extra, tuple(parts)
    )


def _item(part: ListGroup, item: dict[str, Any], data: dict[str, Any], token: str, number: int) -> ItemView:
    row = f"{part.path}.{token}"
    fields = tuple(_field(f, f"{row}.{f.key}", item, data) for f in part.fields)
    item_id = item.get("id") if isinstance(item.get("id"), str) else ""
    return ItemView(part.path, token, number, part.item, str(item_id), part.show_id, fields)


def _field(spec: Field, name: str, node: dict[str, Any], data: dict[str, Any]) -> FieldView:
    raw = get_path(node, spec.key)
    value = None if is_missing(raw) else raw
    common: dict[str, Any] = {"name": name, "label": spec.label, "kind": spec.kind, "slot": name, "hint": spec.hint}
    common["wide"] = spec.wide or spec.kind == "textarea"
    if spec.kind == "bool":
        return FieldView(value="true", checked=value is True, **common)
    if spec.kind == "range":
        pair = value if isinstance(value, list) else []
        low = _show(pair[0]) if len(pair) > 0 else ""
        high = _show(pair[1]) if len(pair) > 1 else ""
        return FieldView(value="", low=low, high=high, **common)
    if spec.kind == "ids":
        chosen = {str(v) for v in value} if isinstance(value, list) else set()
        return FieldView(value="", options=_options(data, spec.source, chosen), **common)
    if spec.kind == "select":
        shown = _show(value) if value is not None else (spec.default or spec.choices[0])
        choices = spec.choices if shown in spec.choices else (*spec.choices, shown)
        return FieldView(value=shown, choices=choices, **common)
    if spec.kind in ("csv", "prefer") and isinstance(value, list):
        return FieldView(value=", ".join(_show(v) for v in value), **common)
    return FieldView(value=_show(value), **common)


def _options(data: dict[str, Any], source: str, chosen: set[str]) -> tuple[Option, ...]:
    items = get_path(data, source)
    options = []
    known = set()
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            text = item.get("text") or item.get("claim") or item.get("name") or ""
            label = f"{item['id']}: {_short(str(text))}" if text else item["id"]
            options.append(Option(item["id"], label, item["id"] in chosen))
            known.add(item["id"])
    # a link to an id that no longer exists stays visible, so the validator's complaint makes sense
    options += [Option(i, f"{i} (unknown)", True) for i in sorted(chosen - known)]
    return tuple(options)


def _levers(data: dict[str, Any]) -> list[Column]:
    columns = []
    for lever in data.get("levers") or []:
        if isinstance(lever, dict) and isinstance(lever.get("id"), str):
            values = lever.get("values")
            categorical = isinstance(values, list) and "range" not in lever
            label = str(lever.get("name") or lever["id"])
            if lever.get("unit"):
                label += f" ({lever['unit']})"
            columns.append(Column(lever["id"], label, not categorical, tuple(str(v) for v in values or [])))
    return columns


def _packages(part: PackageTable, data: dict[str, Any]) -> PartView:
    columns = _levers(data)
    rows = []
    for path, label in part.rows:
        package = get_path(data, path)
        package = package if isinstance(package, dict) else {}
        cells = []
        for column in columns:
            name = f"{path}.{column.lever}"
            value = _show(package.get(column.lever))
            kind = "number" if column.numeric else "select"
            choices = ("", *column.values) if not column.numeric else ()
            cells.append(FieldView(name, f"{label}: {column.label}", kind, value, name, choices=choices))
        extra = [k for k in package if k not in {c.lever for c in columns}]
        for key in extra:  # a package naming a lever that is gone: shown so it can be cleared
            name = f"{path}.{key}"
            cells.append(FieldView(name, f"{label}: {key} (unknown lever)", "text", _show(package[key]), name))
        rows.append(Row(path, label, tuple(cells)))
    return PartView("packages", "tiers", "Packages", columns=tuple(columns), rows=tuple(rows))


def _limits(part: LimitTable, data: dict[str, Any]) -> PartView:
    columns = _levers(data)
    limits = get_path(data, part.path)
    limits = limits if isinstance(limits, dict) else {}
    rows = []
    for column in columns:
        limit = limits.get(column.lever) if isinstance(limits.get(column.lever), dict) else {}
        assert isinstance(limit, dict)
        base = f"{part.path}.{column.lever}"
        cells: tuple[FieldView, ...]
        if column.numeric:
            cells = (
                FieldView(f"{base}.min", f"{column.label}: at least", "number", _show(limit.get("min")), f"{base}.min"),
                FieldView(f"{base}.max", f"{column.label}: at most", "number", _show(limit.get("max")), f"{base}.max"),
            )
        else:
            accept = limit.get("accept")
            shown = ", ".join(str(v) for v in accept) if isinstance(accept, list) else ""
            cells = (FieldView(f"{base}.accept", f"{column.label}: acceptable values", "csv", shown, f"{base}.accept"),)
        rows.append(Row(base, column.label, cells))
    return PartView("limits", part.path, "Limits per lever", columns=tuple(columns), rows=tuple(rows))


def _slots(section: SectionView) -> list[str]:
    out = [section.slot]
    for part in section.parts:
        if part.path:
            out.append(part.slot)
        out += [f.slot for f in part.fields]
        for item in part.items:
            out.append(item.slot)
            out += [f.slot for f in item.fields]
        for row in part.rows:
            out.append(row.path)
            out += [cell.slot for cell in row.cells]
    return list(dict.fromkeys(out))


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
