"""Bands for delivery, with quiet zones: inside a band nothing is said; outside it, one short note.

Sources: pace 100-165 wpm (Microsoft Speaker Coach) and 130-175 wpm (Read.ai), so the quiet
zone is their union, 100-175; fillers under 4 % of words (Read.ai); talk share 40-60 % in a
one-to-one, flagged above 65 %.
"""

from __future__ import annotations

from dataclasses import dataclass

from sparring.engines.delivery.measures import Utterance

PACE_QUIET_WPM = (100.0, 175.0)
FILLERS_MAX_PER_100 = 4.0
TALK_SHARE_QUIET = (0.40, 0.65)
MIN_WORDS_FOR_PACE = 8
"""Pace over a handful of words is noise ("Yes." at 300 wpm), so short utterances get no pace note."""


@dataclass(frozen=True)
class Note:
    """One delivery observation outside its band."""

    metric: str
    message: str
    source: str

    def as_json(self) -> dict[str, str]:
        return {"metric": self.metric, "message": self.message, "source": self.source}


def utterance_notes(u: Utterance) -> list[Note]:
    """Notes for pace and fillers, only where they fall outside the quiet zones."""
    notes: list[Note] = []
    low, high = PACE_QUIET_WPM
    if u.wpm is not None and u.spoken_count >= MIN_WORDS_FOR_PACE:
        if u.wpm > high:
            notes.append(
                Note("pace", f"fast: {u.wpm:.0f} wpm (steady is {low:.0f}-{high:.0f})", "Speaker Coach, Read.ai")
            )
        elif u.wpm < low:
            notes.append(
                Note("pace", f"slow: {u.wpm:.0f} wpm (steady is {low:.0f}-{high:.0f})", "Speaker Coach, Read.ai")
            )
    if u.spoken_count and u.fillers_per_100 >= FILLERS_MAX_PER_100:
        count = f"{u.filler_count} filler{'' if u.filler_count == 1 else 's'}"
        notes.append(Note("fillers", f"{count} ({u.fillers_per_100:.0f} per 100 words; aim under 4)", "Read.ai"))
    return notes


def talk_share_note(share: float) -> Note | None:
    """A note when you spoke more than 65 % (or under 40 %) of the time in a one-to-one."""
    low, high = TALK_SHARE_QUIET
    if share > high:
        return Note("talk_share", f"you talked {share:.0%} of the time (aim 40-60 %)", "Read.ai")
    if share < low:
        return Note("talk_share", f"you talked {share:.0%} of the time; say more of your case (aim 40-60 %)", "Read.ai")
    return None
