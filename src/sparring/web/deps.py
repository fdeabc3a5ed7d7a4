"""What handlers take from the app: its store, its memo, its live rehearsals and today's date (fixed in tests)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Depends, Request

from sparring.services.workspace import CaseStore
from sparring.web.cache import VersionMemo
from sparring.web.live_sessions import LiveSessions


def get_store(request: Request) -> CaseStore:
    store: CaseStore = request.app.state.store
    return store


def get_today(request: Request) -> dt.date:
    today: dt.date = request.app.state.settings.today()
    return today


def get_memo(request: Request) -> VersionMemo:
    memo: VersionMemo = request.app.state.memo
    return memo


Store = Annotated[CaseStore, Depends(get_store)]
Today = Annotated[dt.date, Depends(get_today)]
Memo = Annotated[VersionMemo, Depends(get_memo)]


def get_live(request: Request) -> LiveSessions:
    live: LiveSessions = request.app.state.live
    return live


LiveStore = Annotated[LiveSessions, Depends(get_live)]
