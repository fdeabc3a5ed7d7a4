"""One readiness per version, whichever interface shows it (issue 15, item 2).

The brief said "Readiness 100/100, no findings" while the editor and the API said 95 with a
warning for the same version: the brief checked the case without its store context, so it
never knew the plan had not been rehearsed. Here one stored version is read through
`sparring check --json`, the API, the editor page, the web and API briefs and `sparring brief`,
and all must give the same score and the same findings.
"""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sparring.cli.main import app
from sparring.store.repository import CaseStore
from sparring.store.sessions import SessionStore
from sparring.web.settings import WebSettings
from tests.web.conftest import TODAY

Findings = Counter[tuple[str, str, str]]


def _cli(settings: WebSettings, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", settings.store_url, *args, "--today", TODAY.isoformat()])
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def _brief(markdown: str) -> tuple[int, Findings, int]:
    """Score, listed findings (blockers and warnings) and counted tips of a Markdown brief."""
    line = re.search(r"^Readiness (\d+)/100 · [a-z ]+ · .*?(\d+) tips?$", markdown, re.M)
    assert line, markdown
    listed = re.findall(r"^- \*\*(blocker|warning)\*\* `([A-Z_.]+)` \(([^)]*)\)", markdown, re.M)
    return int(line.group(1)), Counter(listed), int(line.group(2))


def _editor(page: str) -> tuple[int, Findings]:
    """The score and every note (severity, principle) the editor shows beside the fields."""
    score = re.search(r'<span class="score"[^>]*>(\d+)/100</span>', page)
    assert score, page[:500]
    notes = re.findall(
        r'<p class="note (blocker|warning|tip)"><span class="sev">[^<]*</span><a class="pid"[^>]*>([A-Z_.]+)</a>', page
    )
    return int(score.group(1)), Counter((s, p, "") for s, p in notes)


def _without_paths(found: Findings) -> Findings:
    return Counter((s, p, "") for (s, p, _), n in found.items() for _ in range(n))


@pytest.mark.parametrize("slug", ["raise", "deal", "flexibility"])
def test_every_interface_shows_the_same_readiness(
    settings: WebSettings, api: TestClient, browser_like: TestClient, slug: str
) -> None:
    cli = json.loads(_cli(settings, "check", slug, "--json"))
    score = cli["score"]
    findings: Findings = Counter((f["severity"], f["principle"], f["path"]) for f in cli["findings"])
    assert ("warning", "REHEARSE", "rehearsals") in findings  # the stored case was never rehearsed

    from_api = api.get(f"/api/v1/cases/{slug}/check").json()
    assert (from_api["score"], Counter((f["severity"], f["principle"], f["path"]) for f in from_api["findings"])) == (
        score,
        findings,
    )

    assert _editor(browser_like.get(f"/cases/{slug}").text) == (score, _without_paths(findings))

    listed = Counter({k: n for k, n in findings.items() if k[0] != "tip"})
    tips = sum(n for k, n in findings.items() if k[0] == "tip")
    for markdown in (
        browser_like.get(f"/cases/{slug}/brief.md").text,
        api.get(f"/api/v1/cases/{slug}/brief").text,
        _cli(settings, "brief", slug),
    ):
        assert _brief(markdown) == (score, listed, tips)


def test_a_rehearsal_updates_every_readiness_without_a_new_version(
    settings: WebSettings, api: TestClient, browser_like: TestClient
) -> None:
    before = api.get("/api/v1/cases/raise/check").json()
    browser_like.get("/cases/raise/brief.md")  # memoized for this version before the rehearsal
    with CaseStore(settings.store_url) as store:
        SessionStore(store).save(
            case_slug="raise", case_version=1, mode="rehearse", seed=0, style="balanced",
            outcome="deal", score=70, transcript=[], scorecard={},
        )  # fmt: skip
    after = api.get("/api/v1/cases/raise/check").json()
    assert [f["principle"] for f in before["findings"] if f["principle"] == "REHEARSE"] == ["REHEARSE"]
    assert [f for f in after["findings"] if f["principle"] == "REHEARSE" and f["severity"] == "warning"] == []
    assert after["score"] > before["score"]
    assert _brief(browser_like.get("/cases/raise/brief.md").text)[0] == after["score"]
    assert _editor(browser_like.get("/cases/raise").text)[0] == after["score"]
