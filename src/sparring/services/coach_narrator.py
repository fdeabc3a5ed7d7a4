"""The narrated counterpart: the policy decides the move, a model only words it, and code checks the words.

:class:`Narrator` is the ``phrase`` callable of a rehearsal: given the decided move and the
template line the mouth wrote for it, it asks the model to say that line in persona and
accepts the reply only if it still *is* that move (the rules are in :func:`line_problem`).
Anything else, including a model that is down, slow or raises, gives the template line
unchanged, and the fallback is counted so the interface can show it. The transcript never
depends on the model answering.

The model is sent the counterpart's role, organisation and style, what the move means, and
the template line; never the hidden limits, the concession schedule or the rest of the plan.
The flip mode's coach (arguing *your* side) uses the same narrator through :func:`flip_turn`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sparring.engines.language.alignment import concepts
from sparring.engines.sim.flip import FlipSession
from sparring.engines.sim.mouth import numbers_in, package_numbers
from sparring.engines.sim.moves import Move
from sparring.llm.base import Completion, Options, Provider
from sparring.llm.errors import LLMUnavailable
from sparring.llm.fallback import with_fallback
from sparring.llm.log import ExchangeLog
from sparring.llm.offline import OfflineProvider
from sparring.model.case import Case
from sparring.model.errors import SparringError
from sparring.services.coach_base import has_model
from sparring.services.coach_checks import foreign_script, new_terms, same_numbers
from sparring.services.prompts import FLIP_COACH, NARRATOR, Prompt

MEANINGS: dict[str, str] = {
    "ACCEPT": "you accept exactly this package; you do not ask for anything more",
    "COUNTER": "you do NOT accept; you counter-offer exactly this package",
    "OBJECT": "you raise this concern; you neither agree nor offer anything",
    "ASK": "you ask this question; you neither agree nor offer anything",
    "ANSWER": "you answer by sharing this; you neither agree nor offer anything",
    "PAUSE": "you ask to pause the conversation and continue later",
    "WALK": "you end the negotiation without a deal",
}
_YES = re.compile(
    r"\b(yes|deal|agreed|agree|accept(ed)?|we have an agreement|shake on it|sounds good|it'?s a deal)\b", re.I
)
_NOT_YES = re.compile(
    r"\b(instead|how about|what if|counter|can'?t|cannot|can not|won'?t|unable|not able|no way|"
    r"too (high|much|low|expensive)|meet (you )?(in the middle|halfway)|i('d| would) propose|could you)\b",
    re.I,
)
_SPEAKER = re.compile(
    r"^\s*(\*\*)?(them|counterpart|line|reply|answer|response|coach|rephrased( line)?)(\*\*)?\s*[:›>]\s*", re.I
)
_Check = Callable[[str], str | None]
_LABELS = re.compile(r"\b(you|user|assistant|them|counterpart|coach|sceptic)\s*[:›]", re.I)


def line_problem(
    kind: str,
    template: str,
    reply: str,
    expected: list[float] | None = None,
    *,
    topic: str | None = None,
    instructions: str = "",
    coverage: float = 0.5,
) -> str | None:
    """Why ``reply`` is not an acceptable wording of ``template`` for a move of ``kind``, or None.

    - not empty; at most twice the template's length plus 80 characters; no speaker labels;
      no script (Cyrillic, CJK, …) the template does not use; no five-word run copied from
      the ``instructions`` (a model echoing its prompt);
    - the move's ``topic`` (the objection, question or fact) is still there: at least
      ``coverage`` (half) of its concepts;
    - ACCEPT / COUNTER: its numbers are exactly the decided package's (``expected``);
      an ACCEPT holds no counter phrases, a COUNTER no "yes" / "deal" / "agreed";
    - every other move: no number the template does not have, and no acceptance;
    - any move: no words that add a commitment or concession ("I can also add", "free",
      "extra", "bonus", …) unless the template has them.
    """
    text = reply.strip()
    if not text:
        return "the reply is empty"
    if len(text) > 2 * len(template) + 80:
        return f"the reply is too long ({len(text)} characters for a {len(template)}-character line)"
    if _LABELS.search(text) and not _LABELS.search(template):
        return "the reply speaks for someone else (a speaker label)"
    script = foreign_script(text, template)
    if script:
        return f"the reply changes language ({script.lower()} letters)"
    if _echoes(text, instructions, template):
        return "the reply repeats the instructions"
    if topic:
        wanted = concepts(topic)
        if wanted and len(wanted & concepts(text)) < coverage * len(wanted):
            return "the reply drops what the move is about"
    if kind in ("ACCEPT", "COUNTER"):
        problem = same_numbers(text, expected if expected is not None else numbers_in(template))
        if problem:
            return problem
    else:
        extra = sorted(set(numbers_in(text)) - set(numbers_in(template)))
        if extra:
            return f"the reply adds numbers: {', '.join(f'{n:g}' for n in extra)}"
    said = template.lower()
    if kind == "ACCEPT":
        pushback = [m.group(0) for m in _NOT_YES.finditer(text) if m.group(0).lower() not in said]
        if pushback:
            return f"an acceptance that pushes back ({pushback[0]!r})"
    else:
        agreed = [m.group(0) for m in _YES.finditer(text) if m.group(0).lower() not in said]
        if agreed:
            return f"a {kind} that agrees ({agreed[0]!r})"
    added = new_terms(text, template)
    if added:
        return f"the reply adds a commitment or concession ({', '.join(added)})"
    return None


def _echoes(reply: str, instructions: str, template: str) -> bool:
    """Whether ``reply`` copies a five-word run of ``instructions`` that the template does not have."""
    words = re.findall(r"[a-z0-9']+", instructions.lower())
    said, line = " ".join(re.findall(r"[a-z0-9']+", reply.lower())), template.lower()
    runs = {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}
    return any(run in said and run not in line for run in runs)


def clean(reply: str) -> str:
    """The reply on one line, without wrapping quotes or a leading speaker name."""
    text = " ".join(reply.split())
    text = _SPEAKER.sub("", text, count=1)
    if len(text) >= 2 and text[0] in "\"'“‘" and text[-1] in "\"'”’":
        text = text[1:-1].strip()
    return text


@dataclass
class Narrator:
    """Words the counterpart's decided moves through a model, verified; counts what it used and what it refused."""

    case: Case
    provider: Provider
    log: ExchangeLog | None = None
    used: int = 0
    """Lines the model worded and that passed verification."""
    fallbacks: int = 0
    """Lines where the template was used because the model's wording failed (or the model did)."""
    problems: list[str] = field(default_factory=list)
    """Why each fallback happened, in order."""
    give_up_after: int = 2
    """Consecutive "unavailable" failures after which the session stops asking (a dead server
    would otherwise cost a time-out on every line)."""
    _unavailable: int = field(default=0, init=False, repr=False)

    @property
    def active(self) -> bool:
        """Whether a model is configured at all (with none, every line is the template, and nothing counts)."""
        return has_model(self.provider)

    def __call__(self, move: Move, template_line: str) -> str:
        """The line to say for ``move``: the model's wording when it passes the checks, else ``template_line``."""
        expected = package_numbers(self.case, move.package) if move.package else None
        terms = [str(v) for v in (move.package or {}).values() if isinstance(v, str)]
        fields = {
            "persona": self._persona(),
            "style": self._style(),
            "meaning": MEANINGS.get(move.kind, "say exactly this"),
            "line": template_line,
        }

        instructions = NARRATOR.system.format(**fields)

        def check(reply: str) -> str | None:
            problem = line_problem(
                move.kind, template_line, reply, expected, topic=move.topic, instructions=instructions
            )
            missing = [t for t in terms if t.lower() not in reply.lower()]
            return problem or (f"the reply leaves out {missing[0]!r}" if missing else None)

        return self._say(NARRATOR, fields, template_line, check)

    def coach_line(self, template_line: str) -> str:
        """Flip mode: the coach's answer (your side) in its own words, with the same numbers and no new promises."""
        fields = {"role": self.case.counterpart.role or "counterpart", "line": template_line}
        instructions = FLIP_COACH.system.format(**fields)

        def check(reply: str) -> str | None:
            problem = line_problem(
                "ANSWER", template_line, reply, topic=template_line, instructions=instructions, coverage=0.25
            )
            if problem is None and set(numbers_in(reply)) != set(numbers_in(template_line)):
                return same_numbers(reply, numbers_in(template_line))
            return problem

        return self._say(FLIP_COACH, fields, template_line, check)

    def _say(self, prompt: Prompt, fields: dict[str, str], template_line: str, check: _Check) -> str:
        if not self.active:
            return template_line
        if self._unavailable >= self.give_up_after:
            return self._fallback(template_line, "the model was unavailable earlier in this session")
        messages = prompt.messages(**fields)
        options = Options(max_tokens=min(400, (2 * len(template_line) + 80) // 3 + 16), stop=("\n\n",))
        down: list[bool] = []

        def call(provider: Provider) -> Completion:
            try:
                return _cleaned(provider.complete(messages, options=options))
            except LLMUnavailable:
                down.append(provider is self.provider)
                raise

        try:
            completion = with_fallback(
                self.provider,
                OfflineProvider([template_line]),
                call,
                verify=lambda c: check(c.text),
                log=self.log,
                feature=prompt.name,
                prompt_version=prompt.version,
            )
        except (SparringError, OSError, RuntimeError, ValueError) as exc:  # never lose a turn to the narrator
            return self._fallback(template_line, f"{type(exc).__name__}: {exc}")
        self._unavailable = self._unavailable + 1 if any(down) else 0
        if completion.fallback:
            return self._fallback(template_line, completion.notice or "the model's wording was not used")
        self.used += 1
        return completion.text

    def _fallback(self, template_line: str, why: str) -> str:
        self.fallbacks += 1
        self.problems.append(why)
        return template_line

    def _persona(self) -> str:
        cp = self.case.counterpart
        role = cp.role or "the decision-maker"
        return f"{role} at {cp.organisation}" if cp.organisation else role

    def _style(self) -> str:
        return {"hard": "firm and terse", "soft": "warm and accommodating"}.get(
            self.case.counterpart.style, "calm and matter-of-fact"
        )

    def summary(self) -> str | None:
        """One line for the end of a session, or None when no model was involved."""
        if not self.active and not self.fallbacks:
            return None
        total = self.used + self.fallbacks
        try:
            model = self.provider.model.replace("\\", "/").rsplit("/", 1)[-1]
        except SparringError:  # a server that is down cannot say which model it serves
            model = self.provider.name
        return (
            f"narrator ({model}): {self.used} of {total} lines worded by the model; "
            f"{self.fallbacks} fell back to the template"
        )


def _cleaned(completion: Completion) -> Completion:
    return replace(completion, text=clean(completion.text))


def narrator(case: Case, provider: Provider, log: ExchangeLog | None = None) -> Narrator:
    """The ``phrase`` callable for :func:`sparring.services.rehearsal.start` (and :func:`flip_turn`)."""
    return Narrator(case, provider, log)


def flip_turn(session: FlipSession, text: str, voice: Narrator | None) -> str:
    """One flip-mode turn, with the coach's answer worded by ``voice`` when a model is configured.

    The answer is decided by the flip session from your plan; only its wording changes, in
    the transcript too, so what is saved is what was shown.
    """
    reply = session.turn(text)
    if voice is None or not voice.active or not session.transcript or session.transcript[-1]["speaker"] != "coach":
        return reply
    worded = voice.coach_line(reply)
    session.transcript[-1]["text"] = worded
    return worded
