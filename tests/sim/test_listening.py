"""The counterpart answers before it pushes: each test is a failure a judge found in real scripts
(benchmarks/judged2), replayed with the judge's own wording where it matters."""

from __future__ import annotations

import re

from sparring.engines.sim.session import RehearsalSession
from sparring.model.case import Case
from sparring.services.examples import example_path
from sparring.store.casefile import load_case_file

RAISE = load_case_file(example_path("raise")).case
DEAL = load_case_file(example_path("deal")).case
FLEX = load_case_file(example_path("flexibility")).case
PROMOTION = load_case_file(example_path("promotion")).case
JOB = load_case_file(example_path("job_offer")).case


def _play(case: Case, lines: list[str], seed: int = 11) -> RehearsalSession:
    session = RehearsalSession(case, seed=seed)
    for line in lines:
        session.turn(line)
    return session


def _replies(session: RehearsalSession) -> list[tuple[str | None, str]]:
    return [(e.move, e.text) for e in session.transcript[1:] if e.speaker == "them"]


def test_small_talk_is_met_as_small_talk_not_with_an_objection() -> None:
    for case, line in (
        (JOB, "Hi Karen, thank you so much for the offer letter, I am really happy about it."),
        (PROMOTION, "Good morning, Sam. Thank you for making time in such a busy quarter."),
        (RAISE, "hi marta. got a sec?"),
    ):
        move, text = _replies(_play(case, [line]))[0]
        assert move == "ASK", text
        assert "go ahead" in text.lower()  # it lets the user lead, and pushes nothing yet


def test_a_question_asked_with_a_proposal_is_answered_before_the_counter() -> None:
    session = _play(RAISE, ["I'd like 136k from April. Who signs off an off-cycle change, and when do they meet?"])
    move, text = _replies(session)[0]
    assert move in ("COUNTER", "OBJECT", "CONFIRM")
    assert "director sign-off" in text and "first Tuesday" in text


def test_which_part_is_hardest_gets_the_lever_furthest_beyond_its_limit() -> None:
    session = _play(
        PROMOTION,
        [
            "I'd like the Team Lead title at 145k from January.",
            "Which part of that is the hardest for you: the title or the salary?",
        ],
    )
    _, text = _replies(session)[-1]
    assert "is the hard part" in text.lower()


def test_a_give_that_serves_its_goal_is_acknowledged_and_moves_the_counter() -> None:
    ask = "I'd like 136k from April."
    plain = _play(RAISE, [ask, "I still think 134k from April is fair."], seed=4)
    traded = _play(
        RAISE,
        [ask, "I still think 134k from April is fair, and I'll run the design reviews whenever you're away."],
        seed=4,
    )
    _, text = _replies(traded)[-1]
    assert "design reviews" in text  # said back in its own terms: the succession goal
    base = plain.cp.state.last_counter or plain.pending or {}
    moved = traded.cp.state.last_counter or traded.pending or {}
    assert traded.cp.you_value(moved) > traded.cp.you_value(base)


def test_an_objection_the_user_already_spoke_to_is_not_raised() -> None:
    session = _play(
        FLEX,
        [
            "I'd keep Tuesdays, Thursdays and close days in the office, so the CFO review stays in person.",
            "My father needs me at home three days a week after his stroke.",
            "I'd like three remote days a week for a six-month trial.",
            "I delivered every forecast on time this year.",
            "Could we look at it again?",
        ],
    )
    objections = [text for move, text in _replies(session) if move == "OBJECT"]
    assert not any("Tuesdays" in text for text in objections), objections


def test_it_never_states_a_policy_its_own_counter_already_broke() -> None:
    session = _play(
        DEAL,
        [
            "Our offer: 44 a seat, 450 seats, 36 months, net 45.",
            "Net 90 won't work for us.",
            "The pilot team went from a six-day close to two days.",
            "Can you explain where you're coming from?",
            "We need a better price than that.",
            "That's still too low.",
        ],
    )
    counters = [e.package for e in session.transcript if e.speaker == "them" and e.package]
    if any(p.get("payment") != 90 for p in counters):
        assert not any("policy is net 90" in text for _, text in _replies(session))


def test_a_final_position_is_announced_once() -> None:
    session = _play(RAISE, ["I'd like 140k from April."] + [f"Could you do {139 - i}k from April?" for i in range(9)])
    finals = [text for _, text in _replies(session) if "final position" in text]
    assert len(finals) <= 1


def test_a_rivals_price_below_its_own_counter_is_not_confirmed_as_an_offer() -> None:
    session = _play(DEAL, ["Our offer: 44 a seat, 450 seats, 36 months, net 45."])
    for _ in range(4):
        if session.cp.state.last_counter is not None:
            break
        session.turn("Our offer stands: 44 a seat, 450 seats, 36 months, net 45.")
    counter = session.cp.state.last_counter
    assert counter is not None
    low = int(float(counter["price"])) - 3
    reply = session.turn(f"Under {low} is a no for us, so don't go there.")
    assert reply.move is not None and reply.move.kind not in ("CONFIRM", "ACCEPT")


def test_a_request_for_time_is_granted_for_the_day_asked() -> None:
    session = _play(JOB, ["I'd like 80k base and three months of guarantee."])
    reply = session.turn("Thank you. I need to think one night and talk with my family. Can I answer you on Thursday?")
    assert reply.move is not None and reply.move.kind == "PAUSE"
    assert "Thursday" in reply.text  # a day said as a name, capitalised
    assert "sorry" not in reply.text.lower()  # nothing sad was said
    assert "I need some time to consider this" not in reply.text


def test_sympathy_is_said_once_and_followed_by_a_question_not_an_objection() -> None:
    session = _play(
        FLEX,
        [
            "Hi Elena, do you have a minute?",
            "My father had a stroke and he's coming home from rehab soon. This is hard to talk about.",
            "He'll need someone with him three days a week after the stroke.",
        ],
    )
    replies = _replies(session)
    assert replies[1][0] == "ASK" and "sorry" in replies[1][1].lower()
    assert "sorry" not in replies[2][1].lower()


def test_a_question_inside_a_long_turn_is_heard() -> None:
    line = (
        "Before I get into my side, can I ask how you're thinking about the team right now, and I'm also curious "
        "what the director actually needs to see to sign off on something off-cycle."
    )
    move, text = _replies(_play(RAISE, [line]))[0]
    assert move == "ANSWER"
    assert "director sign-off" in text


def test_taking_over_a_duty_is_a_give_not_a_taking() -> None:
    session = _play(RAISE, ["I'd like 136k from April."], seed=4)
    reply = session.turn("I can also take over running the design reviews when you're away.")
    assert "design reviews" in reply.text and reply.move is not None and reply.move.kind == "COUNTER"


def test_a_request_for_time_with_no_day_is_not_cut_short_and_a_date_is_said_back() -> None:
    for seed in range(6):  # every phrasing of the granted pause, whichever the seed picks
        session = RehearsalSession(JOB, seed=seed)
        session.turn("I'd like 80k base and three months of guarantee.")
        reply = session.turn("Could I take a day or two to think it over?")
        assert reply.move is not None and reply.move.kind == "PAUSE"
        assert not re.search(r"\b(speak|talk|again)\.$", reply.text), reply.text
    session = _play(JOB, ["I'd like 80k base and three months of guarantee."])
    reply = session.turn("Could I take a day or two and reply before the letter expires on the 25th?")
    assert reply.move is not None and reply.move.kind == "PAUSE" and "the 25th" in reply.text


def test_a_yes_on_your_own_different_terms_is_a_proposal_and_a_check_with_finance_is_no_yes() -> None:
    """Round 6 (judged6): "last offer: one-thirty … and a five-grand bridge bonus … we have a deal" was closed
    on its own higher numbers; "Okay, thank you. I need to check the payment terms … before I answer" was a deal."""
    session = _play(RAISE, ["I'd like 140k from April."])
    session.turn("That's still too low for me.")
    reply = session.turn(
        "Fine, last offer: 130k from April and a 5k retention bonus. In writing by Friday and we have a deal."
    )
    assert reply.move is not None
    if reply.move.kind == "ACCEPT":
        assert reply.move.package is not None and reply.move.package["salary"] == 130000
    deal = _play(DEAL, ["Our offer: 44 a seat, 450 seats, 36 months, net 45."])
    deal.pending = dict(deal.cp.state.last_counter or {"price": 40})
    reply = deal.turn("Okay, thank you. I need to check the payment terms with my finance before I answer you.")
    assert deal.outcome is None and (reply.move is None or reply.move.kind != "ACCEPT")
