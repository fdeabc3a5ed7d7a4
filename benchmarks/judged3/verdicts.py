"""Round-3 hand verdicts: one dict per counterpart reply after the opening line.

Judged by hand, in order, with the transcript so far and the case file in view, on the four
round-2 questions. `verdict` is four letters, Y or N, in the order RESPONDS, CONSISTENT,
PLAUSIBLE, NATURAL. `acts` maps each user act the reply had to meet to whether it met it:
greeting (small talk or thanks), question, receipt, proposal, trade (a non-numeric give),
acceptance, disclosure, time (a request for time), condition (a term or non-negotiable the
user asks to have confirmed), firm_no, outside_option.
"""

V: list[dict] = []

V += [
    # raise-anxious
    dict(script="raise-anxious", index=1, verdict="NYNY",
         note=(
             "A nervous greeting and an apology, nothing asked yet; Marta answers with the freeze objection "
             "instead of putting the user at ease."
         ),
         tags=["premature_objection"], acts={"greeting": False}),
    dict(script="raise-anxious", index=2, verdict="YYYY",
         note=(
             "Two questions: the approval process is answered in full; the 'what matters most to you in 2027' "
             "half is skipped."
         ),
         tags=[], acts={"question": True}),
    dict(script="raise-anxious", index=3, verdict="YYYY",
         note=(
             "Names the spot-instance saving and ties it to her cost target, then opens at 127k from April "
             "plus 3k; the pages receipt is not named."
         ),
         tags=[], acts={"receipt": True}),
    dict(script="raise-anxious", index=4, verdict="YYYY",
         note=(
             "Reacts to the 136k ask with the director objection (the lenient call on 'The thing I keep coming"
             " back to:'); the user's 'I'm under the band floor' receipt is not acknowledged."
         ),
         tags=[], acts={"proposal": True, "receipt": False}),
    dict(script="raise-anxious", index=5, verdict="YYYY",
         note=(
             "Hears the design-review trade and says why it helps her; holds 127k + 3k. The one-pager for the "
             "director goes unmentioned."
         ),
         tags=[], acts={"trade": True}),
    dict(script="raise-anxious", index=6, verdict="YYYY",
         note="Answers 130 + 5-6k by moving the bonus to 6k and holding 127k.",
         tags=[], acts={"proposal": True}),
    dict(script="raise-anxious", index=7, verdict="NNNY",
         note=(
             "The user asks only for the number and date in writing; Marta raises the equity objection ('can't"
             " pay you more than other seniors') to her own 127k offer, which the user had already answered "
             "(118k is under the band floor)."
         ),
         tags=["ignores_point", "objection_already_answered"], acts={"condition": False}),
    dict(script="raise-anxious", index=8, verdict="YYYY",
         note=(
             "The acceptance of 127k + 6k (the terms on the table) is heard; the 'in writing' condition is not"
             " confirmed."
         ),
         tags=[], acts={"acceptance": True, "condition": False}),
    # raise-blunt
    dict(script="raise-blunt", index=1, verdict="YYYY",
         note="'got 15 min?' -> 'Of course. Go ahead, I'm listening.'",
         tags=[], acts={"greeting": True}),
    dict(script="raise-blunt", index=2, verdict="YYYY",
         note=(
             "Both halves answered: what the director needs (written case, sign-off, HR band check) and when "
             "the committee meets (first Tuesday)."
         ),
         tags=[], acts={"question": True}),
    dict(script="raise-blunt", index=3, verdict="YYYY",
         note=(
             "Acknowledges the retry-layer receipt (not the bigger 256k saving) and raises the freeze; no ask "
             "had been made yet but the user came about pay."
         ),
         tags=[], acts={"receipt": True}),
    dict(script="raise-blunt", index=4, verdict="YYYY",
         note=(
             "Counters 136k with 131k from April; the band-floor receipt is not acknowledged. 'and no one-off "
             "retention bonus instead' is stiff but reads as a sentence."
         ),
         tags=[], acts={"proposal": True, "receipt": False}),
    dict(script="raise-blunt", index=5, verdict="YYYY",
         note=(
             "'I appreciate the offer' registers the roadmap/design-review/one-pager trade, generically; holds"
             " 131k. Lenient call."
         ),
         tags=[], acts={"trade": True}),
    dict(script="raise-blunt", index=6, verdict="YYYY",
         note="132k + 6k -> 131k + 6k: gives the bonus, holds the base.",
         tags=[], acts={"proposal": True}),
    dict(script="raise-blunt", index=7, verdict="NYNY",
         note=(
             "The user's condition (number and date in writing, no 'revisit in April') is ignored; Marta only "
             "repeats her package."
         ),
         tags=["ignores_point"], acts={"condition": False}),
    dict(script="raise-blunt", index=8, verdict="YYYY",
         note="Acceptance of 131k + 6k heard; the 'in writing' condition is again not confirmed.",
         tags=[], acts={"acceptance": True, "condition": False}),
]

V += [
    dict(script="promotion-blunt", index=1, verdict="NYNY",
         note=(
             "A greeting ('got 20 min? want to talk about the lead role'); Sam answers with the promotion-pool"
             " constraint before any ask."
         ),
         tags=["premature_objection"], acts={"greeting": False}),
    dict(script="promotion-blunt", index=2, verdict="YYYY",
         note=(
             "Two questions: what Sam needs before the move is answered (a successor); the nomination process "
             "and the 21 Oct cutoff are skipped."
         ),
         tags=[], acts={"question": True}),
    dict(script="promotion-blunt", index=3, verdict="YYYY",
         note=(
             "Acknowledges the forecast rebuild, ties it to her delivery incentive, opens at 125k from "
             "December with the full title (band floor, plausible opening)."
         ),
         tags=[], acts={"receipt": True}),
    dict(script="promotion-blunt", index=4, verdict="YYYY",
         note="145k from November -> 135k from December with the title.",
         tags=[], acts={"proposal": True}),
    dict(script="promotion-blunt", index=5, verdict="YYYY",
         note=(
             "Hears the forecasting-handover and calibration write-up trade and moves to 137.5k; the reason "
             "she gives (keep the forecast on track) fits loosely."
         ),
         tags=[], acts={"trade": True}),
    dict(script="promotion-blunt", index=6, verdict="YYYY",
         note="140k asked -> holds 137.5k from December, with an apology.",
         tags=[], acts={"proposal": True}),
    dict(script="promotion-blunt", index=7, verdict="NNNY",
         note=(
             "The user offers an acting title from 1 Jan with a written confirmation date by April and "
             "criteria; Sam confirms 'from April' (the confirmation date read as the start), later than her "
             "own 'from December', and drops the written date and criteria."
         ),
         tags=["misheard_number", "phantom_confirm", "worse_counter"], acts={"proposal": False, "condition": False}),
    dict(script="promotion-blunt", index=8, verdict="NYYY",
         note=(
             "'fine. send me what we agreed in writing and i'll confirm by friday' asks for the terms in "
             "writing and until Friday; Sam closes the deal at once and says nothing of either."
         ),
         tags=["ignores_pause"], acts={"acceptance": True, "time": False, "condition": False}),
]

V += [
    dict(script="job_offer-chatty", index=1, verdict="YYYY",
         note=(
             "Thanks and a weather joke -> 'Of course. Go ahead, I'm listening.' The thanks is answered; the "
             "joke is not (lenient call)."
         ),
         tags=[], acts={"greeting": True}),
    dict(script="job_offer-chatty", index=2, verdict="YYYY",
         note=(
             "Two questions: what she needs in Q1 is answered (fill the territory before the kickoff); who "
             "else signs off is skipped."
         ),
         tags=[], acts={"question": True}),
    dict(script="job_offer-chatty", index=3, verdict="YYNY",
         note=(
             "Parrots the quota receipt back (the 11-accounts receipt, the one that serves her ramp, is "
             "ignored), then says the company-wide commission plan 'worries' her although nobody has asked "
             "about commission."
         ),
         tags=["premature_objection"], acts={"receipt": True}),
    dict(script="job_offer-chatty", index=4, verdict="YYYY",
         note="80k asked -> 77k counter; the W-2 earnings gap (the reason for the ask) is not acknowledged.",
         tags=[], acts={"proposal": True, "receipt": False}),
    dict(script="job_offer-chatty", index=5, verdict="YYYY",
         note=(
             "Hears the early-kickoff-prep trade, names why it helps, and gives the third guarantee month the "
             "posting promised. Her incentive sentence is word for word the one from reply 2."
         ),
         tags=[], acts={"trade": True, "receipt": True}),
    dict(script="job_offer-chatty", index=6, verdict="YYYY",
         note="The user's first option (78 with the third month) is confirmed as proposed.",
         tags=[], acts={"proposal": True}),
    dict(script="job_offer-chatty", index=7, verdict="NYNN",
         note=(
             "A question about the territory (IL, WI, IN only, 'right?') is met with 'I appreciate the offer. "
             "For now it stays at 78k…' - no offer was made and the question is not answered."
         ),
         tags=["ignores_question", "lead_in_mismatch"], acts={"question": False, "condition": False}),
    dict(script="job_offer-chatty", index=8, verdict="YYYY",
         note="Acceptance heard; 78k, three months, no sign-on, and she will send a note.",
         tags=[], acts={"acceptance": True}),
]

V += [
    # deal-formal
    dict(script="deal-formal", index=1, verdict="YYYY",
         note=(
             "Formal thanks and 'I trust the schedule has not been too demanding' -> 'You're welcome. Fine. Go"
             " ahead, I'm listening.' Terse but fits a hard buyer."
         ),
         tags=[], acts={"greeting": True}),
    dict(script="deal-formal", index=2, verdict="YYYN",
         note=(
             "How the offers are weighed is answered (the scoring weights, due 16 Dec); what matters to the "
             "CFO is skipped. The last sentence 'The CFO signature before the 15 Jan budget lock.' has no "
             "verb."
         ),
         tags=["fragment"], acts={"question": True}),
    dict(script="deal-formal", index=3, verdict="YYYN",
         note=(
             "Acknowledges the pilot and ties it to go-live, then states SSO/SOC 2 as mandatory (fair for "
             "procurement). 'the 40-seat pilot in our finance team cut month-end reporting' is the case claim "
             "with the numbers stripped: the pilot cut the close from six days to two, not 'reporting'."
         ),
         tags=["case_echo"], acts={"receipt": True}),
    dict(script="deal-formal", index=4, verdict="YYYY",
         note=(
             "44 / 450 / 36 months -> a hard anchor at 36 a seat on one year, net 90, 30 support days. The "
             "17%-below-incumbent receipt is not acknowledged."
         ),
         tags=[], acts={"proposal": True, "receipt": False}),
    dict(script="deal-formal", index=5, verdict="YYYY",
         note=(
             "The month-12 exit and 15 support days are heard ('That goes some way to my concern'); moves to a"
             " two-year term and 25 days."
         ),
         tags=[], acts={"trade": True}),
    dict(script="deal-formal", index=6, verdict="YYYN",
         note=(
             "Reacts to net 45 by citing policy and moving to 40 a seat, net 90 held. The policy sentence is "
             "the case field read out: '…need a finance exception, because of the working-capital programme; "
             "the exceptions granted for prepaid annual contracts.' (no verb, and it concedes the user's point"
             " without saying why it does not apply)."
         ),
         tags=["case_echo", "fragment"], acts={"proposal": True, "receipt": True}),
    dict(script="deal-formal", index=7, verdict="YYNY",
         note=(
             "The seat ramp (350 then 450 from month six) and 99.9% are heard: it takes 99.9% but answers the "
             "ramp with 450 seats flat from day one, more than the buyer was asked for; and the reason it "
             "gives ('the business owner needs finance live before 31 Mar') has nothing to do with seats or "
             "uptime."
         ),
         tags=["wrong_reason", "unprompted_concession"], acts={"trade": True, "proposal": True}),
    dict(script="deal-formal", index=8, verdict="NYYY",
         note=(
             "The user asks to take the points back and send a written final offer by Friday; Tomas does not "
             "say whether Friday works, only 'You need to know this: the FY2027 budget locks on 15 Jan'. The "
             "session ends there."
         ),
         tags=["ignores_pause"], acts={"time": False}),
    # deal-blunt
    dict(script="deal-blunt", index=1, verdict="YYYY",
         note="'let's get to it' -> 'Fine. Go ahead, I'm listening.'",
         tags=[], acts={"greeting": True}),
    dict(script="deal-blunt", index=2, verdict="NYYY",
         note=(
             "Asked the CFO's main worry (price or term?) and whether the 16th is still the deadline; Tomas "
             "gives his own priority (working capital, 'matters most to me') - neither question is answered."
         ),
         tags=["ignores_question"], acts={"question": False}),
    dict(script="deal-blunt", index=3, verdict="YYYY",
         note=(
             "'Fair point, and it counts' plus the go-live link; SSO/SOC 2 mandatory is a fair procurement "
             "aside."
         ),
         tags=[], acts={"receipt": True}),
    dict(script="deal-blunt", index=4, verdict="YYYY",
         note="44 / 450 / 36 months -> anchor at 38 on one year, net 90; the 17% saving is not acknowledged.",
         tags=[], acts={"proposal": True, "receipt": False}),
    dict(script="deal-blunt", index=5, verdict="YYYY",
         note="Annual upfront on net 45 -> moves net 90 to net 75 ('That's me moving').",
         tags=[], acts={"proposal": True}),
    dict(script="deal-blunt", index=6, verdict="NNNY",
         note=(
             "The month-12 exit is not acknowledged (only the support days move, 30 -> 20), and 'I need to "
             "report savings … that's what matters most to me right now' contradicts reply 2, where working "
             "capital was what mattered most."
         ),
         tags=["ignores_trade", "shifting_priority"], acts={"trade": False}),
    dict(script="deal-blunt", index=7, verdict="NNNY",
         note=(
             "The user offers 43 with a seat ramp and says 99.95% is a no; Tomas 'moves' to 44 (above the "
             "seller's own 43), takes only the 350 half of the ramp and keeps 99.95% as if the no had not been"
             " said."
         ),
         tags=["misheard_number", "ignores_point", "incoherent_offer"], acts={"proposal": False, "firm_no": False}),
    dict(script="deal-blunt", index=8, verdict="YYYY",
         note=(
             "Acceptance of the terms on the table is heard and read back; he will confirm in writing. (The "
             "deal is at 99.95% and one year, outside the user's walk-away, by the user's own choice.)"
         ),
         tags=[], acts={"acceptance": True}),
]

V += [
    # flexibility-anxious
    dict(script="flexibility-anxious", index=1, verdict="YYYY",
         note="Apology plus 'since Dad's stroke' -> sympathy, thanks for telling her, and an open question.",
         tags=[], acts={"greeting": True, "disclosure": True}),
    dict(script="flexibility-anxious", index=2, verdict="YYYY",
         note=(
             "Two questions: the section 6 process (and the 8 weeks) is answered; what would worry her most is"
             " skipped."
         ),
         tags=[], acts={"question": True}),
    dict(script="flexibility-anxious", index=3, verdict="YYYY",
         note=(
             "Acknowledges the 11-forecasts receipt and ties it to her working-day-6 target, then names the "
             "in-person Tuesday CFO review as her worry, which the user had asked for a turn earlier."
         ),
         tags=[], acts={"receipt": True}),
    dict(script="flexibility-anxious", index=4, verdict="YYNY",
         note=(
             "Three days, 10-4, six-month trial -> 'one remote day a week, eight core hours a day and a "
             "six-month trial': today's arrangement offered back as a trial, to a manager with high trust who "
             "backed the user in August. Not what a real Elena would say."
         ),
         tags=["status_quo_counter"], acts={"proposal": True, "disclosure": True}),
    dict(script="flexibility-anxious", index=5, verdict="YYYY",
         note=(
             "Office Tuesdays/Thursdays/close days, coaching, Teams replies: heard, tied to the juniors, and "
             "she moves to two days."
         ),
         tags=[], acts={"trade": True}),
    dict(script="flexibility-anxious", index=6, verdict="NYNY",
         note=(
             "'could we try three for the first three months' after 'two days would be less than I'd hoped' is"
             " plainly three days; Elena asks whether three means days or the trial, after an unprompted 'what"
             " matters most to me' line."
         ),
         tags=["misheard_number"], acts={"proposal": False}),
    dict(script="flexibility-anxious", index=7, verdict="NNNY",
         note=(
             "The user asks that grade, pay and bonus stay untouched; Elena answers 'the juniors need you in "
             "the office', an objection the user answered in line 5 and she herself accepted in reply 5."
         ),
         tags=["ignores_point", "objection_already_answered"], acts={"condition": False}),
    dict(script="flexibility-anxious", index=8, verdict="YYYN",
         note=(
             "The request for a day or two and a written request by Friday is met ('Sure. Nothing changes "
             "while you think about it'); 'let's speak friday' has the day in lowercase."
         ),
         tags=["lowercase_name"], acts={"time": True}),
    # flexibility-difficult
    dict(script="flexibility-difficult", index=1, verdict="NYNY",
         note="A sour greeting, no ask yet; Elena answers with the close-days objection.",
         tags=["premature_objection"], acts={"greeting": False}),
    dict(script="flexibility-difficult", index=2, verdict="YNNN",
         note=(
             "What HR checks is answered (the section 6 process, consistency review); what worries her is "
             "skipped. Then 'That's further than I can go;' before anything was asked, and an unasked offer of"
             " one remote day (today's arrangement) with a twelve-month trial, right after saying trials of "
             "3-6 months are common."
         ),
         tags=["lead_in_mismatch", "status_quo_counter", "incoherent_offer"], acts={"question": True}),
    dict(script="flexibility-difficult", index=3, verdict="YYNN",
         note=(
             "Acknowledges the August remote weeks, then says 'I need the monthly forecast delivered by "
             "working day 6 with variance under 2%' twice in one reply, the second time after 'Since you ask "
             "—' although nothing was asked."
         ),
         tags=["repeats_line", "lead_in_mismatch"], acts={"receipt": True}),
    dict(script="flexibility-difficult", index=4, verdict="YYNY",
         note=(
             "Sympathy fits; the counter shortens her own 12-month trial to six but is still one remote day, "
             "today's arrangement, against a caring request."
         ),
         tags=["status_quo_counter"], acts={"proposal": True, "disclosure": True}),
    dict(script="flexibility-difficult", index=5, verdict="YYYY",
         note="Office days and blocked coaching time heard and valued; moves to two days.",
         tags=[], acts={"trade": True}),
    dict(script="flexibility-difficult", index=6, verdict="NNNY",
         note=(
             "The user points to the senior seat empty for five months and asks if she wants to fill two; "
             "Elena answers with the juniors 'that's what matters most to me right now', after reply 3 said "
             "the forecast mattered most."
         ),
         tags=["ignores_point", "shifting_priority"], acts={"receipt": False, "outside_option": False}),
    dict(script="flexibility-difficult", index=7, verdict="NYNY",
         note=(
             "The trade (a three-month check-in with criteria) and the grade/pay/bonus condition are both "
             "ignored; she only repeats two days."
         ),
         tags=["ignores_trade", "ignores_point"], acts={"trade": False, "condition": False}),
    dict(script="flexibility-difficult", index=8, verdict="NYNN",
         note=(
             "An ultimatum and a walk-away (three days or no; job hunt in March) is met with 'That would "
             "genuinely help me — I need to be seen applying the hybrid policy consistently' and the same two "
             "days; nothing on the walk-away."
         ),
         tags=["lead_in_mismatch", "ignores_outside_option"], acts={"firm_no": False, "outside_option": False}),
]

V += [
    dict(script="resources-esl", index=1, verdict="YYYY",
         note="Thanks -> 'Of course. Go ahead, I'm listening.'",
         tags=[], acts={"greeting": True}),
    dict(script="resources-esl", index=2, verdict="NYYN",
         note=(
             "Asked what the CFO wants to see in the one-pager and how the teams are ranked; Rafael recites "
             "the calendar (15 Jan, 20 Jan, 31 Jan) and answers neither. 'I rank them and presents to the CFO'"
             " is ungrammatical."
         ),
         tags=["ignores_question", "garbled"], acts={"question": False}),
    dict(script="resources-esl", index=3, verdict="YYYN",
         note=(
             "Acknowledges the blocked deals and ties them to his incentive; then 'Here's what worries me: "
             "start with one engineer and revisit mid-year.' - a proposal pasted after a worry lead-in, before"
             " the user asked for anything."
         ),
         tags=["garbled"], acts={"receipt": True}),
    dict(script="resources-esl", index=4, verdict="NYYY",
         note=(
             "The user gives three new receipts (2 per 140 vs 4-6 at peers, 11 of 14 findings closed, 38 "
             "systems automated); Rafael acknowledges the previous turn's 19-day figure instead and opens at "
             "one engineer, 90k, three months, a three-month contractor."
         ),
         tags=["ignores_receipt"], acts={"receipt": False}),
    dict(script="resources-esl", index=5, verdict="YYYY",
         note=(
             "Two engineers, 150k, February, six months -> one engineer, 110k, one month, three months ('a "
             "step toward you')."
         ),
         tags=[], acts={"proposal": True}),
    dict(script="resources-esl", index=6, verdict="YYYN",
         note=(
             "The sales VP co-signing the case is registered only as 'You're right about that' (the user made "
             "an offer, not a claim) plus his incentive line again; the CFO revenue link is not named; holds. "
             "Generic acknowledgement counted as heard."
         ),
         tags=["lead_in_mismatch"], acts={"trade": True}),
    dict(script="resources-esl", index=7, verdict="YYYY",
         note=(
             "Two engineers with tooling down to 110k -> holds one engineer. A hold is a reaction; the 'one "
             "can't do both' point gets no answer."
         ),
         tags=[], acts={"proposal": True}),
    dict(script="resources-esl", index=8, verdict="YYYY",
         note=(
             "'OK, if we go with two engineers … this works for me' restates the user's own terms, not "
             "Rafael's; he rightly does not accept them and holds."
         ),
         tags=[], acts={"proposal": True}),
]

V += [
    dict(script="data_team_headcount-chatty", index=1, verdict="NYNN",
         note=(
             "'How did the Leeds trip go?' is small talk; Helen answers a question nobody asked ('what matters"
             " most to me right now'), and 'I need the open the two Leeds dark stores' is garbled."
         ),
         tags=["ignores_question", "garbled"], acts={"greeting": False}),
    dict(script="data_team_headcount-chatty", index=2, verdict="YYYY",
         note=(
             "Two questions: what the CFO needs is answered (one-page case, payback inside 12 months, vendor "
             "review for software); what keeps her up at night is skipped."
         ),
         tags=[], acts={"question": True}),
    dict(script="data_team_headcount-chatty", index=3, verdict="YYNY",
         note=(
             "Acknowledges the shrink result (the case parenthetical '(Oct 2026 - Mar 2027)' passes), then "
             "'Here's what worries me: headcount can only be added at the mid-year reforecast' - which is the "
             "very process they are in; not a worry a real VP would raise. The on-time receipt is not named."
         ),
         tags=["premature_objection"], acts={"receipt": True}),
    dict(script="data_team_headcount-chatty", index=4, verdict="YYYY",
         note=(
             "Acknowledges the pipeline failures, ties them to her waste target and asks what exactly is being"
             " asked for (fair: no numbers yet in the user's lines). The 4-vs-10 peer receipt is not named."
         ),
         tags=[], acts={"receipt": True}),
    dict(script="data_team_headcount-chatty", index=5, verdict="YYYN",
         note=(
             "Counters with one engineer, 105k warehouse, 35k tooling, Q4; the voice is a form read out: 'a "
             "105k annual warehouse (compute) budget … with the Q4 2027 quarter the roles open is what I can "
             "do.'"
         ),
         tags=["case_echo", "garbled"], acts={"proposal": True}),
    dict(script="data_team_headcount-chatty", index=6, verdict="YYYN",
         note=(
             "Hears the one-pager and mid-July Leeds forecasts trade and moves the warehouse to 110k; 'I need "
             "the open the two Leeds dark stores' is garbled again (word for word reply 1) and the offer keeps"
             " the form-field 'with the Q4 2027 quarter the roles open'."
         ),
         tags=["garbled", "case_echo"], acts={"trade": True}),
    dict(script="data_team_headcount-chatty", index=7, verdict="NNNN",
         note=(
             "The user asks to open the one role in Q3 with tooling no less than 25k; Helen says 'First, your "
             "question —' and gives a third different 'what matters most to me right now' (Leeds in 1, waste "
             "in 4, now the stale mornings), answers nothing and asks to pause herself."
         ),
         tags=["ignores_question", "shifting_priority", "lead_in_mismatch"], acts={"proposal": False}),
    dict(script="data_team_headcount-chatty", index=8, verdict="YYNY",
         note=(
             "The request for time is granted, but 'let's speak over the weekend' when the user said Monday, "
             "and the question on the February backfill (the user's non-negotiable) is not answered."
         ),
         tags=["ignores_question", "misheard_day"], acts={"time": True, "question": False}),
]

V += [
    dict(script="hybrid_nurse-formal", index=1, verdict="YYYY",
         note="Formal thanks -> 'Of course. Go ahead, I'm listening.'",
         tags=[], acts={"greeting": True}),
    dict(script="hybrid_nurse-formal", index=2, verdict="YYYY",
         note=(
             "Two questions: the HR-7.12 route to sign-off is answered in full (to the 3 Aug slot); what she "
             "and the CNO want to see before the visit is skipped."
         ),
         tags=[], acts={"question": True}),
    dict(script="hybrid_nurse-formal", index=3, verdict="YYYN",
         note=(
             "Acknowledges the readmission drop and ties it to the 18% target, then raises the in-person "
             "Wednesday/Thursday days. 'You have a point about 30-day heart-failure readmissions fell from "
             "23.4% to 17.9%…' is ungrammatical."
         ),
         tags=["garbled"], acts={"receipt": True}),
    dict(script="hybrid_nurse-formal", index=4, verdict="NNNY",
         note=(
             "The user asks for Monday and Friday at home, 4x10, six-month trial; Joanne says 'I'm sorry to "
             "hear that' to a family move for a husband's job and confirms 'zero remote days a week, with the "
             "5x8 work schedule' - terms nobody proposed."
         ),
         tags=["phantom_confirm", "misheard_number", "misplaced_sympathy"],
         acts={"proposal": False, "disclosure": False}),
    dict(script="hybrid_nurse-formal", index=5, verdict="NYYY",
         note=(
             "The trade (on the units Tue-Thu, rounds, education day, onsite for all three survey days) is not"
             " mentioned; she moves from zero to two remote days without a word on why."
         ),
         tags=["ignores_trade"], acts={"trade": False}),
    dict(script="hybrid_nurse-formal", index=6, verdict="YNNN",
         note=(
             "Answers 9/80 with the CNO rule, read out of the case ('because consult cover from 07:00 to 17:30"
             " across five days; two CNSs on 9/80 already' - no verb, and the 9/80 colleagues are the user's "
             "point, not a reason against), then stretches the trial from her own six months to nine, outside "
             "the 3-6 months she called standard, with no reason, while saying 'With the rest as I had it'."
         ),
         tags=["case_echo", "fragment", "worse_counter", "breaks_case", "phantom_confirm"], acts={"proposal": True}),
    dict(script="hybrid_nurse-formal", index=7, verdict="YYYY",
         note=(
             "Acknowledges the 10 remote weeks (the '(Aug-Oct 2026)' parenthetical passes) and holds as final."
             " The navigator-first-call plan is not named."
         ),
         tags=[], acts={"receipt": True}),
    dict(script="hybrid_nurse-formal", index=8, verdict="NNNY",
         note=(
             "The user accepts two days on a 9/80 trial with a check-in before the survey; Joanne says 'I can "
             "say yes to that' and closes on 5x8 and nine months - a deal on terms the user did not accept. "
             "The check-in is dropped."
         ),
         tags=["phantom_deal"], acts={"acceptance": False, "condition": False}),
]

V += [
    dict(script="saas_renewal-difficult", index=1, verdict="NYNY",
         note=(
             "A sarcastic greeting about the non-renewal notice; Nadia answers with the CFO-signature "
             "threshold, which nobody raised."
         ),
         tags=["premature_objection"], acts={"greeting": False}),
    dict(script="saas_renewal-difficult", index=2, verdict="YYYN",
         note=(
             "The scoring is answered (40/35/25) and the 10 Jun date; what the CFO needs to see is not. 'a "
             "renewal benchmark against two alternatives (Dispatchly and ServiceGrid) scored 40% cost, …' has "
             "no main verb."
         ),
         tags=["fragment"], acts={"question": True}),
    dict(script="saas_renewal-difficult", index=3, verdict="NYNY",
         note=(
             "A pointed but civil like-for-like rebuttal of Dispatchly's 57 (71 on the same scope, drive time "
             "38 -> 29) is met with 'I'm not continuing in this tone. Tomorrow.' The receipt is ignored and "
             "the walk-off is out of all proportion."
         ),
         tags=["ignores_receipt", "tone_overreaction"], acts={"receipt": False}),
    dict(script="saas_renewal-difficult", index=4, verdict="YYNN",
         note=(
             "'All right, let's try again' undoes the walk-off; the first-time-fix receipt is acknowledged in "
             "broken English ('Fair point about first-time fix rate rose from 71% to 83%…', 'because pay only "
             "for licences that are used'), then the benchmarking rule, which she had already said they are "
             "following."
         ),
         tags=["garbled", "premature_objection"], acts={"receipt": True}),
    dict(script="saas_renewal-difficult", index=5, verdict="YYYY",
         note=(
             "62 on 1,100 for two years, net 45 -> 'No.' and 56 on 900 for one year, net 45: a hard buyer's "
             "anchor."
         ),
         tags=[], acts={"proposal": True}),
    dict(script="saas_renewal-difficult", index=6, verdict="YYYY",
         note=(
             "The true-down, divestment exit and go-live date are heard as vendor-risk cover, and she moves to"
             " 62 on 1,100 seats (one year)."
         ),
         tags=[], acts={"trade": True}),
    dict(script="saas_renewal-difficult", index=7, verdict="NNNY",
         note=(
             "The user (misreading her position) offers net 60 for three years at 62; the buyer answers by "
             "raising the price she would pay from 62 to 64 - 'That's me moving' - against her own interest; "
             "the net 60 / three-year offer is not addressed."
         ),
         tags=["incoherent_offer", "ignores_point"], acts={"proposal": False}),
    dict(script="saas_renewal-difficult", index=8, verdict="NNNY",
         note=(
             "A firm no plus the bridge alternative at 68; the buyer 'moves, once' to 67 a seat, above the "
             "seller's own 62, and says nothing of the bridge."
         ),
         tags=["incoherent_offer", "ignores_outside_option"], acts={"firm_no": False, "outside_option": False}),
]

V += [
    dict(script="startup_offer-esl", index=1, verdict="YYNN",
         note=(
             "Thanks for the call and the offer -> 'You're welcome; I'm glad it helped. Of course. Go ahead, "
             "I'm listening.' Nothing had 'helped', and three stock openers are stacked."
         ),
         tags=["lead_in_mismatch"], acts={"greeting": True}),
    dict(script="startup_offer-esl", index=2, verdict="YYYY",
         note=(
             "Two questions: what matters before the pilot is answered (ship v2 before 15 Sep); who approves "
             "base or option changes is skipped."
         ),
         tags=[], acts={"question": True}),
    dict(script="startup_offer-esl", index=3, verdict="NYNY",
         note=(
             "Two receipts (172k today, 22k gap; 0.35% described vs 0.26% in the letter) are ignored; Theo "
             "says the fixed 1.10 strike price 'worries' him."
         ),
         tags=["ignores_receipt", "premature_objection"], acts={"receipt": False}),
    dict(script="startup_offer-esl", index=4, verdict="YYYN",
         note=(
             "157.5k and 42,500 options -> gives the full base, holds 32,500 options (plausible: the pool is "
             "tight). The start date is read out as a form field: 'six weeks from Mon 14 Jun 2027'."
         ),
         tags=["case_echo"], acts={"proposal": True}),
    dict(script="startup_offer-esl", index=5, verdict="YYYN",
         note=(
             "The design-system part of the trade is heard and valued; the equity-over-cash offer gets no "
             "move. 'six weeks from Mon 14 Jun 2027' again."
         ),
         tags=["case_echo"], acts={"trade": True}),
    dict(script="startup_offer-esl", index=6, verdict="YYYN",
         note=(
             "Start on 19 Jul for a ~10k sign-on -> five weeks (19 Jul) with 7,500 ('Meeting you part of the "
             "way' fits); 'five weeks from Mon 14 Jun 2027' is the form field."
         ),
         tags=["case_echo"], acts={"proposal": True}),
    dict(script="startup_offer-esl", index=7, verdict="NNNN",
         note=(
             "The user asks for at least 40,000 options with a lower base; Theo says 'First, your question —',"
             " gives a new 'what matters most' (the ladder; reply 2 said shipping v2), then asks whether "
             "37,500 (the engineers' grant the user cited) means 'the stock options (isos, 4-year vest, 1-year"
             " cliff, 1.10 usd strike; 12.5m shares fully diluted) or the sign-on bonus?'"
         ),
         tags=["misheard_number", "case_echo", "lowercase_name", "shifting_priority", "lead_in_mismatch"],
         acts={"proposal": False}),
    dict(script="startup_offer-esl", index=8, verdict="NYNN",
         note=(
             "The user asks for a day or two (answer before Friday) and for the grant on the 15 Jul board "
             "agenda in writing; Theo recites the approval chain ('Since you ask — I agree terms with the "
             "candidate. …') and answers neither."
         ),
         tags=["ignores_pause", "case_echo"], acts={"time": False, "question": False}),
]

VERDICTS = V
