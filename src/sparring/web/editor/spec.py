"""What the guided editor shows, step by step: a declarative list of sections and fields.

The form, the parser of the posted form and the placement of findings are all driven by this
one description, so a field added here is rendered, read back and gets its findings with no
other change. Paths are the case document's own (``goal.amount``), so the checker's finding
paths and the validator's problem paths land next to the right input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

FieldKind = Literal["text", "textarea", "number", "value", "date", "select", "bool", "csv", "ids", "prefer", "range"]
"""How a field is shown and read back.

``value`` is a number when it reads as one, else text (categorical levers); ``csv`` a list of
words separated by commas; ``ids`` checkboxes picking ids from another list; ``prefer`` higher,
lower or a best-first list; ``range`` a pair of numbers.
"""


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: FieldKind = "text"
    choices: tuple[str, ...] = ()
    hint: str = ""
    source: str = ""
    """For ``ids``: the list whose items are offered (``counterpart.incentives``)."""
    wide: bool = False
    default: str | None = None
    """The model's default: a new item keeps it implicit instead of writing it out."""


@dataclass(frozen=True)
class Group:
    """A mapping at ``path`` ("" is the document itself) with a fixed set of fields."""

    path: str
    fields: tuple[Field, ...]
    legend: str = ""


@dataclass(frozen=True)
class ListGroup:
    """A list of items at ``path``; each item is a mapping with ``fields`` and an id."""

    path: str
    item: str
    fields: tuple[Field, ...]
    show_id: bool = False
    legend: str = ""


@dataclass(frozen=True)
class PackageTable:
    """Packages over the levers (current terms and the three tiers): one row each, a column per lever."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class LimitTable:
    """Walk-away limits per lever: min/max for numeric levers, accepted values for categorical ones."""

    path: str = "walk_away.limits"


Part = Group | ListGroup | PackageTable | LimitTable


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    principle: str
    intro: str
    parts: tuple[Part, ...]
    kinds: frozenset[str] | None = None
    step: int | None = None
    extra: tuple[str, ...] = field(default=())
    """Links shown under the intro (route names)."""

    def applies(self, kind: str) -> bool:
        return self.kinds is None or kind in self.kinds


KINDS = ("raise", "promotion", "job_offer", "deal", "flexibility", "resources", "custom")
IMPORTANCE = ("high", "medium", "low")
LIKELIHOOD = ("", "high", "medium", "low")

SECTIONS: tuple[Section, ...] = (
    Section(
        "basics",
        "The negotiation",
        "LONG_GAME",
        "Name it and date it: the meeting sets every deadline in the plan.",
        (
            Group(
                "",
                (
                    Field("title", "Title", wide=True),
                    Field("kind", "Kind", "select", KINDS),
                    Field("meeting", "Meeting date", "date"),
                    Field("follow_up", "Follow-up date", "date", hint="When you check back."),
                ),
            ),
        ),
    ),
    Section(
        "goal",
        "Goal",
        "GOAL.SPECIFIC",
        "What exactly, how much, by when, and why now. “A raise” is a category, not a goal.",
        (
            Group(
                "goal",
                (
                    Field("what", "What you want", wide=True),
                    Field("amount", "Amount", "number"),
                    Field("unit", "Unit", hint="e.g. USD/year"),
                    Field("deadline", "Decided by", "date"),
                    Field("why_now", "Why now", "textarea"),
                    Field("objective", "Bigger objective", "textarea", hint="The aim this serves (GOAL.MACRO_MICRO)."),
                ),
            ),
        ),
        step=1,
    ),
    Section(
        "receipts",
        "Receipts",
        "VALUE.RECEIPTS",
        "Quantified results tied to an outcome they care about: numbers, not adjectives.",
        (
            ListGroup(
                "evidence",
                "Receipt",
                (
                    Field("claim", "Claim", "textarea"),
                    Field("quantity.value", "Number", "number"),
                    Field("quantity.unit", "Of what", hint="e.g. weeks saved per hire"),
                    Field("outcome", "Outcome for them", "textarea"),
                    Field(
                        "kind",
                        "Kind",
                        "select",
                        ("result", "benchmark", "track_record", "competing_offer", "other"),
                        default="result",
                    ),
                    Field("source", "Source"),
                    Field("differentiating", "Sets me apart", "bool", default="false"),
                ),
                show_id=True,
            ),
            Group(
                "market",
                (
                    Field("low", "Low", "number"),
                    Field("median", "Median", "number"),
                    Field("high", "High", "number"),
                    Field("unit", "Unit"),
                    Field("source", "Source", hint="e.g. oews:15-1252"),
                    Field("as_of", "As of", "date"),
                ),
                legend="Market range (RANGE.RESEARCH)",
            ),
        ),
        step=2,
        extra=("market_page",),
    ),
    Section(
        "them",
        "Their incentives",
        "THEM.RESEARCH",
        "How they are measured, what presses on them, what a yes costs them. Guesses stay hypotheses until confirmed.",
        (
            Group(
                "counterpart",
                (
                    Field("role", "Role"),
                    Field("name", "Name"),
                    Field("organisation", "Organisation"),
                    Field("style", "Style", "select", ("hard", "balanced", "soft"), default="balanced"),
                    Field("decision_process", "How they decide", "textarea", hint="PROCESS.SHAPE"),
                ),
            ),
            Group(
                "counterpart.authority",
                (
                    Field(
                        "decides", "Can they say yes?", "select", ("unknown", "yes", "partly", "no"), default="unknown"
                    ),
                    Field("with", "Who else decides", "csv", hint="Comma-separated."),
                    Field("notes", "Notes"),
                ),
                legend="Authority (THEM.SHOES)",
            ),
            Group(
                "counterpart.relationship",
                (
                    Field("stage", "Relationship", "select", ("", "new", "developing", "established", "strained")),
                    Field("trust", "Trust", "select", ("", "low", "medium", "high")),
                    Field("notes", "Notes"),
                ),
                legend="Relationship (WIN.TRUST)",
            ),
            ListGroup(
                "counterpart.incentives",
                "Incentive",
                (
                    Field("text", "What they want or are measured on", "textarea"),
                    Field("metric", "Metric"),
                    Field("importance", "Importance", "select", IMPORTANCE, default="medium"),
                    Field("status", "Status", "select", ("hypothesis", "validated"), default="hypothesis"),
                    Field("source", "Source"),
                ),
                show_id=True,
                legend="Incentives",
            ),
            ListGroup(
                "counterpart.pressures", "Pressure", (Field("text", "Pressure", "textarea"), Field("source", "Source"))
            ),
            ListGroup(
                "counterpart.constraints",
                "Constraint",
                (
                    Field("text", "Constraint", "textarea"),
                    Field("fixed", "Fixed (cannot move)", "bool", default="false"),
                    Field("why", "Why"),
                ),
            ),
            ListGroup(
                "counterpart.risks_of_yes",
                "Risk of saying yes",
                (Field("text", "Risk", "textarea"),),
                legend="Risks of saying yes",  # the plural is not the item label plus "s"
            ),
            ListGroup("counterpart.ripple_effects", "Ripple effect", (Field("text", "Ripple effect", "textarea"),)),
        ),
        step=3,
    ),
    Section(
        "overlap",
        "Overlap",
        "MAP.OVERLAP",
        "Every ask framed as a win for them: link each to the incentives it serves.",
        (
            ListGroup(
                "asks",
                "Ask",
                (
                    Field("text", "Ask", "textarea"),
                    Field("serves", "Serves their incentives", "ids", source="counterpart.incentives"),
                    Field("levers", "Levers", "ids", source="levers"),
                ),
            ),
        ),
        step=4,
        extra=("map_page",),
    ),
    Section(
        "tiers",
        "Levers and tiers",
        "TIERS.THREE",
        "The terms you can trade, then three packages: Ideal ≥ Likely ≥ Minimum, each above your walk-away.",
        (
            ListGroup(
                "levers",
                "Lever",
                (
                    Field("name", "Name"),
                    Field("unit", "Unit"),
                    Field("range", "Range (low, high)", "range"),
                    Field("step", "Step", "number"),
                    Field("values", "Values (categorical)", "csv", hint="Comma-separated, instead of a range."),
                    Field("you.prefer", "You prefer", "prefer", hint="higher, lower, or values best-first"),
                    Field("you.weight", "Your weight (0-1)", "number"),
                    Field("them.prefer", "They prefer", "prefer"),
                    Field("them.weight", "Their weight (0-1)", "number"),
                    Field("them.limit.low", "Their limit: low", "value"),
                    Field("them.limit.likely", "likely", "value"),
                    Field("them.limit.high", "high", "value"),
                    Field("fixed", "Fixed", "bool", default="false"),
                    Field("purpose", "Serves the objective", hint="GOAL.MACRO_MICRO"),
                ),
                show_id=True,
                legend="Levers (MULTI.LEVER)",
            ),
            PackageTable(
                (
                    ("current", "Today / on the table"),
                    ("tiers.ideal", "Ideal"),
                    ("tiers.likely", "Likely"),
                    ("tiers.minimum", "Minimum"),
                )
            ),
        ),
        step=5,
        extra=("deal_page",),
    ),
    Section(
        "rehearse",
        "Rehearse",
        "REHEARSE",
        "Forecast the top objections with a counter each (OBJECTIONS.FORECAST), then draft what you will say.",
        (
            ListGroup(
                "objections",
                "Objection",
                (
                    Field("text", "They might say", "textarea"),
                    Field("counter", "Your counter", "textarea"),
                    Field("evidence", "Backed by", "ids", source="evidence"),
                    Field("likelihood", "Likelihood", "select", LIKELIHOOD),
                ),
            ),
            ListGroup(
                "pitch",
                "Pitch draft",
                (Field("title", "Title"), Field("text", "What you will say", "textarea", wide=True)),
            ),
        ),
        step=6,
    ),
    Section(
        "walkaway",
        "Walk-away",
        "WALKAWAY.DEFINED",
        "Decided before the meeting: your limits, your non-negotiables and your best alternative.",
        (
            LimitTable(),
            ListGroup("walk_away.non_negotiables", "Non-negotiable", (Field("text", "Non-negotiable", "textarea"),)),
            Group(
                "walk_away.batna",
                (
                    Field("text", "Your best alternative", "textarea", wide=True),
                    Field("value", "Its value", "number"),
                    Field("unit", "Unit"),
                ),
                legend="BATNA (NO_DESPERATION)",
            ),
        ),
        step=7,
    ),
    Section(
        "checklist",
        "Deal checklist",
        "SCOPE.BEFORE_PRICE",
        "Settle the whole deal before price.",
        tuple(
            Group(
                f"checklist.{item}",
                (
                    Field(
                        "status", "Status", "select", ("open", "proposed", "agreed", "not_applicable"), default="open"
                    ),
                    Field("notes", "Notes"),
                ),
                legend=label,
            )
            for item, label in (
                ("scope", "Scope and deliverables"),
                ("quality", "Quality and performance"),
                ("timing", "Timing and milestones"),
                ("payment", "Payment terms"),
                ("exit", "Exit, penalties and length"),
            )
        ),
        kinds=frozenset({"deal"}),
    ),
    Section(
        "job_offer",
        "Job offer",
        "OFFER.VALID_REASON",
        "Negotiate an offer only for a real obstacle to saying yes, and keep to one or two items.",
        (
            Group(
                "job_offer",
                (Field("market_condition", "Market condition", "select", ("", "employer", "balanced", "candidate")),),
            ),
            Group("job_offer.offer", (Field("amount", "Offer", "number"), Field("unit", "Unit")), legend="The offer"),
            ListGroup(
                "job_offer.reasons",
                "Reason",
                (
                    Field("text", "Reason", "textarea"),
                    Field(
                        "kind",
                        "Kind",
                        "select",
                        ("", "below_previous_earnings", "larger_scope", "terms_differ", "competing_offer", "other"),
                    ),
                    Field("evidence", "Backed by", "ids", source="evidence"),
                ),
                legend="Valid reasons",
            ),
            Group(
                "job_offer.previous_earnings",
                (Field("amount", "Previous earnings", "number"), Field("unit", "Unit")),
                legend="Previous earnings",
            ),
            Group(
                "job_offer.competing_offer",
                (
                    Field("employer", "Employer"),
                    Field("amount", "Amount", "number"),
                    Field("unit", "Unit"),
                    Field("would_take", "I would sincerely take it", "bool", default="false"),
                    Field("notes", "Notes"),
                ),
                legend="Competing offer",
            ),
        ),
        kinds=frozenset({"job_offer"}),
    ),
    Section(
        "flexibility",
        "Flexibility",
        "POLICY.RESEARCH",
        "Study the policy and lay out which parts of the job can be done remotely.",
        (
            Group(
                "flexibility",
                (
                    Field("policy_notes", "Policy notes", "textarea", wide=True),
                    Field("team_impact", "Effect on the team", "textarea", wide=True),
                ),
            ),
            ListGroup(
                "flexibility.tasks",
                "Task",
                (
                    Field("task", "Task"),
                    Field("remote", "Can be remote", "bool"),
                    Field("hours_per_week", "Hours a week", "number"),
                    Field("notes", "Notes"),
                ),
                legend="Task table",
            ),
        ),
        kinds=frozenset({"flexibility"}),
    ),
    Section(
        "obstacles",
        "Obstacles",
        "MIND.DEFENSIVE_PESSIMISM",
        "What could go wrong, and how you would respond.",
        (
            ListGroup(
                "obstacles",
                "Obstacle",
                (Field("text", "Obstacle", "textarea"), Field("response", "Your response", "textarea")),
            ),
            Group("", (Field("notes", "Notes", "textarea", wide=True),)),
        ),
    ),
)


def sections_for(kind: str) -> list[Section]:
    return [section for section in SECTIONS if section.applies(kind)]


def list_groups() -> dict[str, ListGroup]:
    """Every list the editor knows, by path (also those of other kinds: their rows are kept)."""
    return {part.path: part for section in SECTIONS for part in section.parts if isinstance(part, ListGroup)}
