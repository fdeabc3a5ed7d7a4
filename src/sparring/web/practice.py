"""Rehearsal and flip turns for the pages and the API: call the services, keep what a reload needs.

Nothing here decides anything about the negotiation: the session objects do (see
``sparring.engines.sim``), the services start, keep and save them. This module plays a turn
under the session's lock, records what the coach said between turns (a hint is not part of the
transcript, but the page shows it after a reload), writes the session to the store before the
reply is shown (:mod:`sparring.services.live`), finds a session this process does not hold in
the store (:func:`resume`), saves a finished session once, and turns entries into what the
templates and the API show.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sparring.engines.language.tags import TAG_INFO
from sparring.model.case import Case
from sparring.model.errors import SparringError
from sparring.services import live as live_store
from sparring.services.workspace import CaseStore
from sparring.web.cache import VersionMemo
from sparring.web.live_sessions import Live, LiveSessions, Mode, Note, new_id

if TYPE_CHECKING:
    from sparring.services.coach import Narrator

MAX_TURN_CHARS = 2000
"""One turn of a conversation; the analyser takes longer texts on the Analyze page."""
MAX_TEXT_CHARS = 20_000
"""A pitch or an email on the Analyze and Coach pages (the CLI takes more)."""
LONGEST_WORD = 200
"""Longer runs without a space are data, not prose, and the analyser's patterns slow down on them."""


def check_text(text: str, limit: int) -> None:
    """Refuse a text the web app should not analyse: too long, or with a 'word' longer than a URL.

    The analyser's time grows faster than linearly on long runs of digits and separators, so
    a page must not hand it one (a worker would be busy for minutes).
    """
    if len(text) > limit:
        raise SparringError(
            f"the text is {len(text):,} characters; this takes at most {limit:,}",
            hint="Analyse it in parts, or use `sparring analyze FILE` for long documents.",
        )
    longest = max((len(word) for word in text.split()), default=0)
    if longest > LONGEST_WORD:
        raise SparringError(
            f"the text has a run of {longest:,} characters without a space; that is data, not prose",
            hint=f"Keep words and numbers under {LONGEST_WORD} characters, separated by spaces.",
        )


MOVE_LABELS = {
    "ACCEPT": "accepts",
    "CONFIRM": "checks the deal",
    "COUNTER": "counter-offer",
    "OBJECT": "objection",
    "ASK": "question",
    "ANSWER": "answer",
    "PAUSE": "pause",
    "WALK": "walks away",
}


def start_rehearsal(
    sessions: LiveSessions,
    store: CaseStore,
    case: Case,
    slug: str,
    version: int,
    seed: int,
    style: str | None,
    voice: Narrator | None = None,
) -> Live:
    """A new rehearsal, kept in the store before its page is shown; ``voice`` (the configured
    model) words the counterpart's decided moves."""
    from sparring.services import rehearsal

    try:
        session = rehearsal.start(case, seed=seed, style=style, narrator=voice)
        live = Live(new_id(), "rehearse", slug, version, seed, style, rehearsal=session, voice=voice)
        live_store.begin(store, live, sessions.keep_s)
    except Exception:
        _close(voice)
        raise
    return sessions.put(live)


def start_flip(
    sessions: LiveSessions, store: CaseStore, case: Case, slug: str, version: int, voice: Narrator | None = None
) -> Live:
    from sparring.services import rehearsal

    live = Live(new_id(), "flip", slug, version, flip=rehearsal.start_flip(case), voice=voice)
    try:
        live_store.begin(store, live, sessions.keep_s)
    except Exception:
        _close(voice)
        raise
    return sessions.put(live)


def resume(
    sessions: LiveSessions,
    store: CaseStore,
    memo: VersionMemo,
    session_id: str,
    *,
    slug: str | None = None,
    mode: Mode | None = None,
    voice: Callable[[Case], Narrator | None] | None = None,
) -> Live:
    """The live session ``session_id`` as the store has it: this process's copy when it is
    current, else rebuilt from the store by replaying its turns (it was dropped from the cache,
    another worker played a turn, or the server restarted). ``voice`` gives a rebuilt session
    that has not ended its narrator. ``not_found`` when it expired or never was."""
    stored = live_store.revision(store, session_id, sessions.keep_s)
    cached = sessions.find(session_id) if stored is not None else None
    if cached is not None and cached.revision == stored:
        live: Live | None = cached
    elif stored is None:
        sessions.drop(session_id)
        live = None
    else:
        live = _rebuild(store, memo, session_id, sessions.keep_s, voice)
        live = sessions.put(live) if live is not None else None
    if live is None or (slug is not None and live.slug != slug) or (mode is not None and live.mode != mode):
        raise SparringError(
            "this rehearsal is no longer live",
            hint=f"A rehearsal in progress is kept for {_span(sessions.keep_s)} after its last turn; "
            "finished ones are saved with the case's sessions. Start a new one.",
            kind="not_found",
        )
    return live


def _span(seconds: float) -> str:
    """``7 days``, ``2 hours``, ``1 second``: the largest whole unit."""
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = round(seconds / size)
            return f"{count} {unit}{'s' if count != 1 else ''}"
    count = round(seconds)
    return f"{count} second{'s' if count != 1 else ''}"


def _rebuild(
    store: CaseStore,
    memo: VersionMemo,
    session_id: str,
    keep_s: float,
    voice: Callable[[Case], Narrator | None] | None,
) -> Live | None:
    from dataclasses import fields

    from sparring.web import lookups

    record = live_store.load(store, session_id, keep_s)
    if record is None:
        return None
    case = lookups.stored(store, memo, record.slug, record.version).case
    live = Live(**{f.name: getattr(record, f.name) for f in fields(live_store.Record)})
    if record.mode == "rehearse":
        live.rehearsal = live_store.rebuild_rehearsal(case, record)
    else:
        live.flip = live_store.rebuild_flip(case, record)
    if voice is not None and not live.ended:
        live.voice = voice(case)
        if live.rehearsal is not None:
            live.rehearsal.phrase = live.voice
    return live


def _close(voice: Narrator | None) -> None:
    if voice is not None:
        voice.provider.close()


@dataclass(frozen=True)
class Played:
    """What one turn added: transcript entries from ``start``, notes from ``notes_from``."""

    live: Live
    start: int
    notes_from: int
    reply: str
    move: str | None
    feedback: str | None


def play(live: Live, text: str, store: CaseStore, sessions: LiveSessions) -> Played:
    """One turn (or command) of a rehearsal or flip session, in the store before it is shown;
    saves the session when it ends.

    A turn after the end saves it if the store refused it before (the page's "Save the session"
    button); a GET never does: it must not change anything.
    """
    text = text.strip()
    check_text(text, MAX_TURN_CHARS)
    with live.lock:
        if live.stale:
            raise SparringError(
                "this rehearsal could not be kept just now",
                hint="Reload the page to see where it stands, then carry on.",
                kind="conflict",
            )
        with _kept(live, sessions):
            played = _rehearsal_turn(live, text) if live.rehearsal is not None else _flip_turn(live, text)
            unsaved: SparringError | None = None
            if live.ended:
                try:
                    _save(live, store)
                except SparringError as exc:  # the turn is kept all the same; the page offers to save again
                    unsaved = exc
            live_store.commit(store, live)
        if unsaved is not None:
            raise unsaved
    return played


@contextmanager
def _kept(live: Live, sessions: LiveSessions) -> Iterator[None]:
    """Around a change and its write to the store: when either fails, this copy may be ahead of
    the store, so it is dropped (the next request rebuilds the session from the store)."""
    try:
        yield
    except BaseException:
        live.stale = True
        sessions.drop(live.id)
        raise


def _rehearsal_turn(live: Live, text: str) -> Played:
    session = live.rehearsal
    assert session is not None
    start, notes_from = len(session.transcript), len(live.notes)
    reply = session.turn(text)
    live.turns.append(live_store.Turn(text, live_store.said_since(session, start)))
    if len(session.transcript) == start:
        kind = "hint" if text.lower().startswith("/hint") else "info"
        live.notes.append(Note(start, kind, reply.text))
    elif reply.feedback and text.startswith("/"):
        index = max(i for i, e in enumerate(session.transcript) if e.speaker == "you")
        if index >= start and not session.transcript[index].feedback:
            live.feedback[index] = reply.feedback
    move = reply.move.kind if reply.move else None
    return Played(live, start, notes_from, reply.text, move, reply.feedback)


def _flip_turn(live: Live, text: str) -> Played:
    flip = live.flip
    assert flip is not None
    start, notes_from = len(flip.transcript), len(live.notes)
    if not text:
        live.notes.append(Note(start, "info", "Challenge the plan as the sceptic would, or say “ok” when convinced."))
        return Played(live, start, notes_from, live.notes[-1].text, None, None)
    if live.voice is not None:
        from sparring.services.coach import flip_turn

        reply = flip_turn(flip, text, live.voice)
    else:
        reply = flip.turn(text)
    live.turns.append(live_store.Turn(text, live_store.said_since(flip, start)))
    if len(flip.transcript) == start:
        live.notes.append(Note(start, "info", reply))
    return Played(live, start, notes_from, reply, None, None)


def _save(live: Live, store: CaseStore) -> None:
    from sparring.services import rehearsal

    if live.saved_id is not None:
        return
    if live.voice is not None and live.narration is None:
        live.narration = live.voice.summary()
        _close(live.voice)
    if live.rehearsal is not None:
        saved = rehearsal.save(store, live.slug, live.version, live.rehearsal)
        live.saved_id, live.score = saved.id, saved.score
    elif live.flip is not None:
        live.saved_id = rehearsal.save_flip(store, live.slug, live.version, live.flip)


def add_gaps(live: Live, store: CaseStore, gaps: list[str], sessions: LiveSessions) -> int:
    """Add flip-mode gaps to the case's objections (a new version); returns that version."""
    from sparring.services import rehearsal

    with live.lock:
        known = set(live.flip.gaps if live.flip else [])
        chosen = [g for g in dict.fromkeys(gaps) if g in known and g not in live.added_gaps]
        if not chosen:
            raise SparringError("there is no such gap to add (or it is added already)", kind="invalid")
        info = rehearsal.add_gaps(store, live.slug, chosen)
        with _kept(live, sessions):
            live.added_gaps.extend(chosen)
            live.added_version = info.version
            live_store.commit(store, live)
        return info.version


# --- what the templates and the API show ----------------------------------------------------


def chips(tags: list[str]) -> list[dict[str, str]]:
    """A tag with its polarity (+ helps, − hurts) and principle, from the analyser's vocabulary."""
    from sparring.web.render import principle_title

    out = []
    for tag in tags:
        info = TAG_INFO.get(tag)
        principle = info.principle if info else ""
        title = f"{principle}: {principle_title(principle)}" if principle else tag
        out.append(
            {
                "tag": tag,
                "label": tag.replace("_", " "),
                "polarity": info.polarity if info else "",
                "principle": principle,
                "title": title.rstrip(": "),
            }
        )
    return out


def rehearsal_items(live: Live, start: int = 0, notes_from: int = 0) -> list[dict[str, Any]]:
    """The chat from transcript entry ``start`` (and notes from ``notes_from``), in order."""
    from sparring.services.rehearsal import package_text

    session = live.rehearsal
    assert session is not None
    notes = live.notes[notes_from:]
    items: list[dict[str, Any]] = []
    for index in range(start, len(session.transcript) + 1):
        items += [_note(n) for n in notes if n.position == index]
        if index == len(session.transcript):
            break
        entry = session.transcript[index]
        item: dict[str, Any] = {"kind": entry.speaker, "text": entry.text, "index": index}
        if entry.speaker == "you":
            item["chips"] = chips(entry.tags)
            item["feedback"] = entry.feedback or live.feedback.get(index)
            item["heard"] = entry.heard
        else:
            item["move"] = entry.move
            item["move_label"] = MOVE_LABELS.get(entry.move or "", "")
            item["reason"] = entry.reason
            item["package"] = package_text(session.case, entry.package) if entry.package else None
        items.append(item)
    return items


def flip_items(live: Live, start: int = 0, notes_from: int = 0) -> list[dict[str, Any]]:
    flip = live.flip
    assert flip is not None
    notes = live.notes[notes_from:]
    items: list[dict[str, Any]] = []
    for index in range(start, len(flip.transcript) + 1):
        items += [_note(n) for n in notes if n.position == index]
        if index == len(flip.transcript):
            break
        entry = flip.transcript[index]
        items.append({"kind": entry["speaker"], "text": entry["text"], "index": index})
    return items


def _note(note: Note) -> dict[str, Any]:
    return {"kind": "note", "note": note.kind, "text": note.text}


def gaps_view(live: Live) -> list[dict[str, Any]]:
    flip = live.flip
    assert flip is not None
    return [{"index": i, "text": g, "added": g in live.added_gaps} for i, g in enumerate(flip.gaps)]


def scorecard_view(case: Case, card: dict[str, Any]) -> dict[str, Any]:
    """The scorecard document with the agreed package in words and objection ids explained."""
    from sparring.services.rehearsal import package_text

    named = {o.id: o.text for o in case.objections} | {c.id: c.text for c in case.counterpart.constraints}
    agreed = card.get("agreed")
    return {
        **card,
        "agreed_text": package_text(case, agreed) if agreed else None,
        "handled": [{"id": i, "text": named.get(i, "")} for i in card.get("objections_handled", [])],
        "unhandled": [{"id": i, "text": named.get(i, "")} for i in card.get("objections_unhandled", [])],
        "followed_chips": [{**c, "count": card["followed"][c["tag"]]} for c in chips(sorted(card.get("followed", {})))],
        "broken_chips": [{**c, "count": card["broken"][c["tag"]]} for c in chips(sorted(card.get("broken", {})))],
    }


def live_scorecard(live: Live) -> dict[str, Any] | None:
    if live.rehearsal is None or not live.rehearsal.ended:
        return None
    return scorecard_view(live.rehearsal.case, live.rehearsal.scorecard().as_json())


def state_json(live: Live) -> dict[str, Any]:
    """The API's view of a live session."""
    out: dict[str, Any] = {
        "id": live.id,
        "mode": live.mode,
        "case": live.slug,
        "version": live.version,
        "ended": live.ended,
        "saved_session": live.saved_id,
        "narration": live.narration,
    }
    if live.rehearsal is not None:
        session = live.rehearsal
        out.update(seed=session.seed, style=session.style, outcome=session.outcome)
        out["transcript"] = [e.as_json() for e in session.transcript]
        out["scorecard"] = session.scorecard().as_json() if session.ended else None
    elif live.flip is not None:
        out["transcript"] = list(live.flip.transcript)
        out.update(live.flip.summary())
        out["added_gaps"] = list(live.added_gaps)
    return out
