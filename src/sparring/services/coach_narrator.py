"""The narrated counterpart: the policy decides the move, a model only words it, and code checks the words.

:class:`Narrator` is the ``phrase`` callable of a rehearsal: given the decided move and the
template line the mouth wrote for it, it asks the model to say that line in persona and
accepts the reply only if it still *is* that move (the rules are in
:func:`sparring.engines.coach.lines.line_problem`).
Anything else, including a model that is down, slow or raises, gives the template line
unchanged, and the fallback is counted so the interface can show it. The transcript never
depends on the model answering.

The model is sent the counterpart's role, organisation and style, what the move means, and
the template line; never the hidden limits, the concession schedule or the rest of the plan.
The flip mode's coach (arguing *your* side) uses the same narrator through :func:`flip_turn`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sparring.engines.coach.checks import same_numbers
from sparring.engines.coach.lines import MEANINGS, clean, line_problem
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
from sparring.services.prompts import FLIP_COACH, NARRATOR, Prompt

_Check = Callable[[str], str | None]


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
