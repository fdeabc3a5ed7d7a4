"""What the ear knows of the conversation so far: the standing offer that "that" and "your offer"
refer to, the other side's last line and move, the numbers they said (so quoting them back is
not mistaken for an offer), the user's previous proposal (for "split the difference"), and a
package waiting for the user's confirmation."""

from __future__ import annotations

from dataclasses import dataclass, field

from sparring.model.levers import Package


@dataclass(frozen=True)
class Context:
    standing: Package | None = None
    """The counterpart's standing offer, when it has made one."""
    their_last: str = ""
    """The counterpart's last line."""
    their_move: str | None = None
    """The kind of the counterpart's last move (COUNTER, OBJECT, ASK, CONFIRM, …)."""
    pending: Package | None = None
    """A package the counterpart asked the user to confirm ("So we're agreed: …?")."""
    your_last: Package | None = None
    """The user's previous proposal."""
    their_numbers: frozenset[float] = field(default_factory=frozenset)
    """Every number the counterpart has said (as lever values and as written)."""
    objection: str | None = None
    """The id of the objection the counterpart raised in its last line, if it raised one."""
    asked_lever: str | None = None
    """The lever the counterpart just asked about ("which term is the 6 for?")."""
