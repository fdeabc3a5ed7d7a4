"""The one-page brief: its content against the case, Markdown snapshots, self-contained HTML, PDF.

Regenerate the Markdown snapshots after an intended change with
``SPARRING_UPDATE_GOLDEN=1 pytest tests/test_brief.py`` and read the diff before committing.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import sparring.cli.brief  # noqa: F401  (registers `brief` even before cli/main imports it)
from sparring.cli.main import app
from sparring.engines.check import CheckReport, check
from sparring.engines.deal.utility import package_utility
from sparring.model.case import Case, parse_case
from sparring.model.errors import SparringError
from sparring.report.brief_model import MAX_OBJECTIONS, Brief, build_brief
from sparring.report.html import render_html
from sparring.report.markdown import render_markdown
from sparring.report.pdf import render_pdf
from sparring.services.brief import brief_text
from sparring.services.cases import resolve
from sparring.services.checking import draft_context
from sparring.services.examples import EXAMPLE_NAMES, example_path
from sparring.store.casefile import load_case_file

TODAY = dt.date(2026, 11, 25)
GOLDEN = Path(__file__).parent / "golden" / "brief"
MINIMAL = Path(__file__).parent / "data" / "minimal.yaml"


def example(name: str) -> Case:
    return load_case_file(example_path(name)).case


def report_for(case: Case) -> CheckReport:
    return check(case, draft_context(TODAY))


def brief_of(case: Case) -> Brief:
    return build_brief(case, report_for(case))


def points(case: Case, tier: str) -> int:
    package = getattr(case.tiers, tier)
    assert package is not None
    return round(100 * package_utility(case, package, "you"))


# --- content checked against the case ---------------------------------------------------


def test_raise_brief_content() -> None:
    case = example("raise")
    brief = brief_of(case)
    assert brief.title == "Raise to the Senior II band during the merit freeze"
    assert brief.kind == "Raise"
    assert brief.meeting == "19 Jan 2027 · follow-up 2 Feb 2027"
    assert brief.goal_line == "base salary raised into the Senior II band: 136,000 USD/year by 1 Apr 2027"
    assert brief.tier_levers == ("Base salary", "Months until the raise takes effect", "One-off retention bonus")
    assert [(t.name, t.values, t.points) for t in brief.tiers] == [
        ("Ideal", ("136,000 USD/year", "0 months from the meeting", "8,000 USD"), 68),
        ("Likely", ("130,000 USD/year", "3 months from the meeting", "5,000 USD"), 47),
        ("Minimum", ("125,000 USD/year", "3 months from the meeting", "0 USD"), 32),
        ("Current terms", ("118,000 USD/year", "0 months from the meeting", "0 USD"), 28),
    ]
    assert [t.points for t in brief.tiers[:3]] == [
        points(case, "ideal"),
        points(case, "likely"),
        points(case, "minimum"),
    ]
    assert brief.batna == (
        "stay at 118k until April and start interviewing in February; two recruiters quoted "
        "125-135k for similar roles, but nothing is in hand yet"
    )
    assert brief.batna_value == "120,000 USD/year"
    assert brief.limits == (
        "base salary: at least 124,000 USD/year",
        "months until the raise takes effect: at most 4 months from the meeting",
    )
    assert (len(brief.objections), brief.objections_total) == (5, 5)
    assert [o.likelihood for o in brief.objections] == ["high", "high", "medium", "medium", "low"]
    assert brief.evidence[0].number == "256,800 USD saved per year"
    assert brief.evidence[1].number == "-32 pages per month"
    assert brief.market == "low 103,050 · median 133,080 · high 169,000 USD/year (oews:15-1252, 1 May 2024)"
    # The overlap: both asks are linked; the on-call incentive is served by none of them.
    assert [len(row.serves) for row in brief.map_rows] == [2, 2]
    assert [c.text for c in brief.unserved] == [
        "bring on-call load back to a sustainable level after the burnout flags"
    ]
    assert brief.specifics_title is None
    assert brief.readiness_line == "Readiness 100/100 · ready · 0 blockers, 0 warnings, 0 tips"
    assert brief.findings == ()  # a benchmark is not asked for a measurable outcome


def test_deal_brief_content() -> None:
    case = example("deal")
    brief = brief_of(case)
    assert brief.goal_line == "a multi-year platform contract with Halvorsen Foods: 237,600 USD/year by 15 Jan 2027"
    assert brief.authority == "decides partly with CFO, VP Finance Operations and IT Security"
    assert [(t.name, t.values, t.points) for t in brief.tiers] == [
        ("Ideal", ("48 USD/seat/month", "500 seats", "36 months", "30 net days", "99.9%", "10 days"), 70),
        ("Likely", ("44 USD/seat/month", "450 seats", "36 months", "45 net days", "99.9%", "15 days"), 60),
        ("Minimum", ("40 USD/seat/month", "400 seats", "24 months", "60 net days", "99.9%", "20 days"), 39),
        ("Current terms", ("36 USD/seat/month", "350 seats", "12 months", "90 net days", "99.95%", "30 days"), 13),
    ]
    assert [t.points for t in brief.tiers[:3]] == [
        points(case, "ideal"),
        points(case, "likely"),
        points(case, "minimum"),
    ]
    assert brief.batna_value == "26,400 USD/year"
    assert brief.batna is not None and brief.batna.startswith("no contract this quarter: keep the 40-seat pilot")
    assert "uptime commitment: one of 99.5%, 99.9%" in brief.limits
    assert len(brief.non_negotiables) == 2
    assert (len(brief.objections), brief.objections_total) == (5, 5)
    assert brief.evidence[2].number == "99.96% uptime"
    assert brief.specifics_title == "Deal checklist (settle before price)"
    assert [(p.label, p.status) for p in brief.specifics] == [
        ("Scope", "agreed"),
        ("Quality", "proposed"),
        ("Timing", "agreed"),
        ("Payment", "proposed"),
        ("Exit, penalties, length", "open"),
    ]
    assert brief.unserved == ()
    assert brief.readiness_line == "Readiness 86/100 · ready · 0 blockers, 2 warnings, 0 tips"
    assert [(f.severity, f.principle) for f in brief.findings] == [
        ("warning", "TIERS.THREE"),
        ("warning", "SCOPE.BEFORE_PRICE"),
    ]


def test_job_offer_and_flexibility_specifics() -> None:
    offer = brief_of(example("job_offer"))
    rows = {p.label: p.text for p in offer.specifics}
    assert rows["Offer"] == "112,000 USD/year OTE"
    assert rows["Previous earnings"] == "121,400 USD/year"
    assert rows["Market"] == "employer's market"
    assert rows["Reason (below previous earnings)"] == (
        "the 112k OTE is 9.4k below my 2025 earnings of 121.4k on a comparable plan"
    )
    assert rows["Competing offer"] == "Hartwell Lab Supply (distributor), 115,000 USD/year OTE (would not take)"
    flex = brief_of(example("flexibility"))
    labels = [p.label for p in flex.specifics]
    assert labels[:2] == ["Remote-able (26 h/week)", "In person (14 h/week)"]
    assert labels[2:] == ["Policy", "Team impact"]


def _case(**changes: Any) -> Case:
    from sparring.store.casefile import load_case_text

    data = load_case_text(MINIMAL.read_text(encoding="utf-8"), "minimal.yaml").case.to_data()
    data.update(changes)
    return parse_case(data)


def test_top_objections_are_the_most_likely_five() -> None:
    likelihoods = ["low", "high", None, "medium", "high", "low", "medium"]
    objections = [
        {"id": f"obj-{i}", "text": f"objection {i}", "counter": f"counter {i}", **({"likelihood": lk} if lk else {})}
        for i, lk in enumerate(likelihoods)
    ]
    brief = brief_of(_case(objections=objections))
    assert len(brief.objections) == MAX_OBJECTIONS
    assert [o.text for o in brief.objections] == [
        "objection 1",
        "objection 4",
        "objection 3",
        "objection 6",
        "objection 0",
    ]
    assert "## Top objections (5 of 7)" in render_markdown(brief)


def test_unlinked_asks_and_missing_parts_are_flagged() -> None:
    case = _case(
        asks=[
            {"id": "ask-base", "text": "base to 132k", "serves": ["inc-retention"]},
            {"id": "ask-title", "text": "the Team Lead title"},
        ],
        objections=[{"id": "obj-x", "text": "no budget"}],
        walk_away=None,
        tiers={"ideal": {"salary": 132000, "title": "Team Lead"}},
    )
    brief = brief_of(case)
    assert [row.linked for row in brief.map_rows] == [True, False]
    assert brief.batna is None and brief.limits == ()
    assert [t.points for t in brief.tiers] == [points(case, "ideal"), None, None]
    assert not brief.ready and brief.readiness_line.split(" · ")[1] == "not ready"
    assert any(f.severity == "blocker" for f in brief.findings)
    md = render_markdown(brief)
    assert "| the Team Lead title | ⚠ not linked to any of their incentives |" in md
    assert "**no budget** — ⚠ no counter yet" in md
    assert "No walk-away defined." in md
    html = render_html(brief)
    assert "Not linked to any of their incentives" in html and "No counter yet" in html
    assert 'class="score not-ready"' in html


# --- Markdown snapshots -----------------------------------------------------------------


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_markdown_snapshot(name: str) -> None:
    text = render_markdown(brief_of(example(name)))
    golden = GOLDEN / f"{name}.md"
    if os.environ.get("SPARRING_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"no snapshot yet: run SPARRING_UPDATE_GOLDEN=1 pytest {__file__}"
    assert text == golden.read_text(encoding="utf-8"), "brief changed: if intended, regenerate the snapshot"


def test_markdown_cells_escape_pipes() -> None:
    case = _case(title="A | B", asks=[{"id": "ask-x", "text": "this | that", "serves": ["inc-retention"]}])
    md = render_markdown(brief_of(case))
    assert "| this \\| that |" in md
    assert md.startswith("# A | B\n")


# --- HTML: self-contained and well formed -------------------------------------------------

VOID = {"meta", "br", "hr", "img", "link", "input", "col", "source", "wbr"}


class _Structure(HTMLParser):
    """Checks that every element is closed in order and collects the tags used."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_html_is_self_contained_and_well_formed(name: str) -> None:
    page = render_html(brief_of(example(name)))
    assert page.startswith("<!DOCTYPE html>")
    for external in ("http://", "https://", "<link", "<script", "src=", "url(", "@import"):
        assert external not in page.lower(), external
    parser = _Structure()
    parser.feed(page)
    parser.close()
    assert parser.errors == [] and parser.stack == []
    assert parser.tags.count("style") == 1 and parser.tags.count("h1") == 1
    assert "@page { size: A4" in page and "@media screen" in page


def test_html_escapes_user_text() -> None:
    case = _case(title="<script>alert(1)</script> & co")
    page = render_html(brief_of(case))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page


def test_html_shows_the_numbers() -> None:
    page = render_html(brief_of(example("deal")))
    for text in ("237,600 USD/year", "48 USD/seat/month", "70/100", "26,400 USD/year", "SCOPE.BEFORE_PRICE"):
        assert text in page
    assert re.search(r"<b>86<small>/100</small></b><span>ready</span>", page)


# --- PDF ---------------------------------------------------------------------------------


def _has_weasyprint() -> bool:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


@pytest.mark.skipif(not _has_weasyprint(), reason="WeasyPrint is not installed (pip install 'sparring[pdf]')")
@pytest.mark.parametrize("name", ["raise", "deal"])
def test_pdf_has_the_brief_on_one_page(name: str, tmp_path: Path) -> None:
    case = example(name)
    data = brief_text(resolve(str(example_path(name)), None), None, "pdf", TODAY)
    assert isinstance(data, bytes) and data.startswith(b"%PDF")
    target = tmp_path / f"{name}.pdf"
    target.write_bytes(data)
    if shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
        pytest.skip("poppler-utils (pdftotext, pdfinfo) is not installed")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert " ".join(case.title.split()) in " ".join(text.split())
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info


def test_pdf_without_weasyprint_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # makes `import weasyprint` raise ImportError
    with pytest.raises(SparringError) as caught:
        render_pdf("<p>x</p>")
    assert (caught.value.message, caught.value.hint, caught.value.kind) == (
        "PDF output needs WeasyPrint",
        "pip install 'sparring[pdf]'",
        "unavailable",
    )


# --- a real browser: one printed A4 page ---------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None or shutil.which("pdfinfo") is None, reason="needs chromium and pdfinfo")
@pytest.mark.parametrize("name", ["raise", "deal"])
def test_chromium_prints_the_brief_on_one_page(name: str, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    page = tmp_path / f"{name}.html"
    page.write_text(render_html(brief_of(example(name))), encoding="utf-8")
    pdf = tmp_path / f"{name}.pdf"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    subprocess.run(
        [CHROMIUM, *flags, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert pdf.exists(), "chromium wrote no PDF"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info


# --- the command --------------------------------------------------------------------------


def test_cli_brief_markdown_to_stdout() -> None:
    result = CliRunner().invoke(app, ["brief", str(example_path("raise"))])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# Raise to the Senior II band during the merit freeze\n")
    assert "## Tiers" in result.stdout


def test_cli_brief_html_to_file(tmp_path: Path) -> None:
    target = tmp_path / "brief.html"
    result = CliRunner().invoke(app, ["brief", str(example_path("deal")), "--format", "html", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert result.stdout == ""


def test_cli_brief_pdf_needs_a_file() -> None:
    result = CliRunner().invoke(app, ["brief", str(example_path("deal")), "--format", "pdf"])
    assert result.exit_code == 2
    assert "PDF output needs a file" in result.stderr


@pytest.mark.skipif(not _has_weasyprint(), reason="WeasyPrint is not installed (pip install 'sparring[pdf]')")
def test_cli_brief_pdf_to_file(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    result = CliRunner().invoke(app, ["brief", str(example_path("raise")), "-f", "pdf", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (132000, "USD/year", "132,000 USD/year"),
        (99.96, "% uptime", "99.96% uptime"),
        (4.0, "weeks per hire", "4 weeks per hire"),
        (-32, "pages per month", "-32 pages per month"),
        (1, "months from the meeting", "1 month from the meeting"),
        (1, "USD", "1 USD"),
        (1.5, None, "1.5"),
        ("99.9%", "ignored", "99.9%"),
    ],
)
def test_numbers_read_as_a_person_writes_them(value: float | str, unit: str | None, text: str) -> None:
    from sparring.report.brief_model import with_unit

    assert with_unit(value, unit) == text
