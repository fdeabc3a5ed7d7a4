"""The coach for the pages and the API: the configured provider, the exchange log, and suggestions as forms.

The web app chooses the provider like the CLI does (the LLM settings file, offline by
default) and logs every exchange in its store. A suggestion the page shows travels back
in the accept form's hidden fields, so accepting one needs no server-side state: the
service writes exactly what the user saw as a new version.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sparring.model.errors import SparringError

if TYPE_CHECKING:
    from sparring.llm.base import Provider
    from sparring.model.case import Case
    from sparring.services.coach import Narrator
    from sparring.services.workspace import CaseStore


class StoreLog:
    """The store's exchange log; a store that cannot be written does not stop the coaching."""

    def __init__(self, store: CaseStore) -> None:
        self.store = store

    def record(self, **row: Any) -> object:
        from sparring.services.workspace import exchange_log

        try:
            return exchange_log(self.store).record(**row)
        except SparringError:
            return None


@dataclass(frozen=True)
class Coach:
    provider: Provider
    log: StoreLog
    notice: str | None = None
    """Why the settings in force could not be used (the coach then answers offline)."""


def open_provider(path: Path) -> tuple[Provider, str | None]:
    """The configured provider, or the offline one with a notice when the settings cannot be read."""
    from sparring.llm import factory
    from sparring.llm.config import LLMConfig
    from sparring.web.llm_settings import current

    now = current(path)
    if now.resolved is None:
        notice = f"The LLM settings cannot be read ({now.problem}); these answers come from Sparring's rules."
        return factory.open_provider(LLMConfig()), notice
    return factory.open_provider(now.resolved.config), None


@contextmanager
def coach(path: Path, store: CaseStore) -> Iterator[Coach]:
    """The provider for one request, closed afterwards."""
    provider, notice = open_provider(path)
    try:
        yield Coach(provider, StoreLog(store), notice)
    finally:
        provider.close()


def live_narrator(path: Path, store: CaseStore, case: Case) -> Narrator | None:
    """A narrator on the configured model for a live session; None when it is offline (as the CLI)."""
    from sparring.services.coach import narrator

    provider, _notice = open_provider(path)
    if provider.name == "offline":
        provider.close()
        return None
    return narrator(case, provider, StoreLog(store))


def voices(path: Path, store: CaseStore) -> Callable[[Case], Narrator | None]:
    """The narrator for a session rebuilt from the store (one each, as when a session starts)."""
    return lambda case: live_narrator(path, store, case)


def result_json(result: Any, saved_version: int | None = None) -> dict[str, Any]:
    """A coach result as the API (and ``sparring coach … --json``) shows it."""
    return {
        "source": result.source,
        "fallback": result.fallback,
        "notice": result.notice,
        "model": result.model,
        "items": [dict(item.__dict__) for item in result.items],
        "saved_version": saved_version,
    }


def pick(items: list[Any], numbers: list[int] | None) -> list[Any]:
    """Suggestions by number (1-based, as shown); all of them when ``numbers`` is None."""
    if numbers is None:
        return list(items)
    bad = [n for n in numbers if not 1 <= n <= len(items)]
    if bad:
        raise SparringError(
            f"{bad[0]} is not a suggestion number", hint=f"use numbers from 1 to {len(items)}", kind="invalid"
        )
    return [items[n - 1] for n in dict.fromkeys(numbers)]
