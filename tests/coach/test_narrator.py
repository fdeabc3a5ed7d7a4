"""The narrated counterpart: the policy decides, the model words it, and a wording that changes the move is refused."""

from __future__ import annotations

import pytest

from sparring.engines.sim.flip import FlipSession
from sparring.engines.sim.mouth import render_package
from sparring.engines.sim.moves import Move
from sparring.llm.errors import LLMUnavailable
from sparring.llm.offline import OfflineProvider
from sparring.model.case import Case
from sparring.services import coach, rehearsal
from sparring.services.examples import examples_dir
from tests.coach.conftest import ListLog

PACKAGE = {"salary": 130000, "effective": 3, "retention_bonus": 5000}
WORDS = "base salary 130,000 USD/year, months until the raise takes effect 3 months from the meeting, one-off retention bonus 5,000 USD"
COUNTER = f"Here's what I can do: {WORDS}."
ACCEPT = f"I can say yes to that. {WORDS}."
OBJECT = "My concern: merit budget frozen until the April 2027 cycle."
ASK = "Quick question: what would change for the team if this went ahead?"
TOPICS = {
    "OBJECT": "merit budget frozen until the April 2027 cycle",
    "ASK": "what would change for the team if this went ahead?",
}

CASES = [
    # (name, move kind, template, reply, accepted)
    ("counter reworded", "COUNTER", COUNTER, f"The best I can put forward is {WORDS}.", True),
    ("counter in quotes", "COUNTER", COUNTER, f"“My offer stands at {WORDS}.”", True),
    ("changed number", "COUNTER", COUNTER, COUNTER.replace("130,000", "131,000"), False),
    ("extra number", "COUNTER", COUNTER, f"{COUNTER} And 2 extra days off.", False),
    ("left-out number", "COUNTER", COUNTER, "Here's what I can do: base salary 130,000 USD/year.", False),
    ("deal in a counter", "COUNTER", COUNTER, f"Deal — {WORDS}.", False),
    ("yes in a counter", "COUNTER", COUNTER, f"Yes, {WORDS}.", False),
    ("too long", "COUNTER", COUNTER, " ".join([COUNTER] * 3), False),
    ("empty", "COUNTER", COUNTER, "   ", False),
    ("new concession", "COUNTER", COUNTER, f"{COUNTER} I can also add a free parking spot.", False),
    ("accept reworded", "ACCEPT", ACCEPT, f"Agreed: {WORDS}.", True),
    ("accept that counters", "ACCEPT", ACCEPT, f"How about {WORDS} instead?", False),
    (
        "object reworded",
        "OBJECT",
        OBJECT,
        "What worries me is the merit budget, frozen until the April 2027 cycle.",
        True,
    ),
    ("object with a new number", "OBJECT", OBJECT, "The merit budget is frozen until April 2027; maybe 125k.", False),
    ("object that agrees", "OBJECT", OBJECT, "OK, agreed, but the merit budget is frozen until April 2027.", False),
    ("object that drops its topic", "OBJECT", OBJECT, "I'm not sure I can afford to pay for it.", False),
    (
        "echo of the prompt",
        "OBJECT",
        OBJECT,
        "You play Engineering Manager, Platform at Northwind Freight: merit budget frozen until April 2027.",
        False,
    ),
    ("ask reworded", "ASK", ASK, "What would change for your team if we went ahead?", True),
    ("ask with a number", "ASK", ASK, "Would 3 people on the team be affected?", False),
    ("other language", "ASK", ASK, "Что изменится для команды?", False),
    ("speaker label", "ASK", ASK, "Them: what changes for the team? You: nothing.", False),
]


@pytest.mark.parametrize(("name", "kind", "template", "reply", "accepted"), CASES, ids=[c[0] for c in CASES])
def test_a_reply_is_used_only_when_it_is_the_same_move(
    raise_case: Case, log: ListLog, name: str, kind: str, template: str, reply: str, accepted: bool
) -> None:
    assert render_package(raise_case, PACKAGE) == WORDS
    voice = coach.narrator(raise_case, OfflineProvider([reply]), log)
    package = PACKAGE if kind in ("ACCEPT", "COUNTER") else None
    move = Move(kind, package=package, topic=TOPICS.get(kind))  # type: ignore[arg-type]
    said = voice(move, template)
    if accepted:
        assert said != template and said.strip("“”") in reply
        assert (voice.used, voice.fallbacks) == (1, 0)
    else:
        assert said == template
        assert (voice.used, voice.fallbacks) == (0, 1)
        assert voice.problems and "not usable" in voice.problems[0]
    assert [(r["feature"], r["prompt_version"], r["fallback"]) for r in log.rows] == [
        ("narrator", "narrator/1", not accepted)
    ]


def test_a_failing_model_leaves_the_rehearsal_exactly_as_offline(raise_case: Case, log: ListLog) -> None:
    script = (examples_dir() / "rehearsal-raise.txt").read_text(encoding="utf-8").splitlines()
    plain = rehearsal.start(raise_case, seed=3)
    rehearsal.run_script(plain, script)
    failures: list[str | Exception] = ["Deal! 999 and a free laptop.", LLMUnavailable("server down")] * 10
    voice = coach.narrator(raise_case, OfflineProvider(failures), log)
    narrated = rehearsal.start(raise_case, seed=3, narrator=voice)
    rehearsal.run_script(narrated, script)
    assert [e.as_json() for e in narrated.transcript] == [e.as_json() for e in plain.transcript]
    spoken = sum(1 for e in plain.transcript if e.speaker == "them") - 1  # the opening line is not a move
    assert (voice.used, voice.fallbacks) == (0, spoken)
    assert len(log.rows) == spoken and all(r["fallback"] for r in log.rows)
    assert (
        voice.summary()
        == f"narrator (offline): 0 of {spoken} lines worded by the model; {spoken} fell back to the template"
    )


def test_the_offline_default_is_silent(raise_case: Case) -> None:
    provider = OfflineProvider()
    voice = coach.narrator(raise_case, provider)
    assert voice(Move("COUNTER", package=PACKAGE), COUNTER) == COUNTER
    assert (voice.used, voice.fallbacks, provider.calls, voice.summary()) == (0, 0, [], None)


def test_the_prompt_carries_the_persona_and_the_line_but_not_the_hidden_limits(raise_case: Case) -> None:
    provider = OfflineProvider([f"Here is my offer: {WORDS}."])
    coach.narrator(raise_case, provider)(Move("COUNTER", package=PACKAGE), COUNTER)
    sent = " ".join(m.content for m in provider.calls[0].messages)
    assert "Engineering Manager, Platform at Northwind Freight" in sent and COUNTER in sent
    assert "counter-offer exactly this package" in sent
    assert "129000" not in sent and "124000" not in sent and "walk" not in sent.lower()


def test_flip_mode_words_the_coach_answers_with_the_same_numbers(raise_case: Case) -> None:
    challenge = "The merit budget is frozen, so I can't do anything now."
    template = FlipSession(raise_case).turn(challenge)
    reply = (
        "I'm not asking you to break the freeze: April works, the spot migration saves 256k a year, "
        "and it took 21,400 USD a month off the AWS bill, about 40% of the cost target."
    )
    assert "256k" in template
    flip = FlipSession(raise_case)
    voice = coach.narrator(raise_case, OfflineProvider([reply, "Deal, 300k it is."]))
    assert coach.flip_turn(flip, challenge, voice) == reply
    assert flip.transcript[-1] == {"speaker": "coach", "text": reply}
    second = coach.flip_turn(flip, "Others will want the same.", voice)
    assert "300k" not in second and voice.fallbacks == 1 and flip.transcript[-1]["text"] == second


def test_a_dead_server_is_given_up_on_after_two_lines(raise_case: Case, log: ListLog) -> None:
    provider = OfflineProvider([LLMUnavailable("connection refused")] * 5)
    voice = coach.narrator(raise_case, provider, log)
    lines = [voice(Move("COUNTER", package=PACKAGE), COUNTER) for _ in range(4)]
    assert lines == [COUNTER] * 4
    assert (voice.used, voice.fallbacks, len(provider.calls), len(log.rows)) == (0, 4, 2, 2)
    assert voice.problems[2:] == ["the model was unavailable earlier in this session"] * 2
    assert voice.summary() == "narrator (offline): 0 of 4 lines worded by the model; 4 fell back to the template"
