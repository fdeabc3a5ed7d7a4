"""Hand verdicts for every counterpart reply after the opening line (round 2, seed 11).

One dict per reply: script, index (1 = first reply after the opening line), the four verdicts
as a string of Y/N in the order responds, consistent, plausible, natural, a note for every N,
failure-kind tags, and acts: what the user line did that the reply had to meet (question,
receipt, trade, accept, pause, disclosure, outside), 1 if the reply met it and 0 if not.
"""

VERDICTS = [
    {"script": "raise-terse", "index": 1, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {}},
    {"script": "raise-terse", "index": 2, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {"question": 1}},
    {"script": "raise-terse", "index": 3, "verdict": "YNNN",
     "note": (
         "122k is below the Senior II floor of 124k (the case's band); 'meeting you part of the way' "
         "before the user named any number"
     ),
     "tags": ["breaks_case", "lead_in_mismatch"], "acts": {"receipt": 1}},
    {"script": "raise-terse", "index": 4, "verdict": "NNNY",
     "note": (
         "'senior ii starts at 124' is a receipt about the band, read as a proposal of 124k and "
         "confirmed"
     ),
     "tags": ["misheard_number", "phantom_confirm", "ignores_receipt"], "acts": {"receipt": 0}},
    {"script": "raise-terse", "index": 5, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {}},
    {"script": "raise-terse", "index": 6, "verdict": "NNNY",
     "note": (
         "'why that number?' gets the freeze again; the freeze does not explain a number paid from "
         "April, and the user had already kept the freeze intact"
     ),
     "tags": ["ignores_question", "repeats_objection"], "acts": {"question": 0}},
    {"script": "raise-terse", "index": 7, "verdict": "NYNY",
     "note": (
         "the one-pager and covering design reviews (her succession incentive) are ignored; 'final "
         "position' with no word on them"
     ),
     "tags": ["ignores_trade"], "acts": {"trade": 0}},
    {"script": "raise-terse", "index": 8, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {"accept": 1}},
    {"script": "raise-rambling", "index": 1, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {}},
    {"script": "raise-rambling", "index": 2, "verdict": "NNNN",
     "note": (
         "both questions (retention, what the director needs) ignored; unprompted 121k, below the 124k"
         " band floor; 'meeting you part of the way' with nothing proposed"
     ),
     "tags": ["ignores_question", "breaks_case", "lead_in_mismatch"], "acts": {"question": 0}},
    {"script": "raise-rambling", "index": 3, "verdict": "YYNY",
     "note": (
         "acknowledges the spot saving, then asks whether 'a quarter of a million' (the yearly saving)"
         " is the base salary"
     ),
     "tags": ["misheard_number"], "acts": {"receipt": 1}},
    {"script": "raise-rambling", "index": 4, "verdict": "YNNN",
     "note": (
         "after offering 121k from April she now says 'let's discuss it in the April cycle'; 'On my "
         "side, let's ...' does not fit"
     ),
     "tags": ["contradicts_own_offer", "lead_in_mismatch"], "acts": {"receipt": 1}},
    {"script": "raise-rambling", "index": 5, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {}},
    {"script": "raise-rambling", "index": 6, "verdict": "NYNY",
     "note": "asked how she got to 129k; answers with her succession wish, which explains no number",
     "tags": ["ignores_question"], "acts": {"question": 0}},
    {"script": "raise-rambling", "index": 7, "verdict": "NYNY",
     "note": (
         "the user offers the design reviews she just said matter most, plus the one-pager; ignored, "
         "'final position'"
     ),
     "tags": ["ignores_trade"], "acts": {"trade": 0}},
    {"script": "raise-rambling", "index": 8, "verdict": "NYNY",
     "note": (
         "a request for time until Thursday and for the offer in writing gets the approval process "
         "recited"
     ),
     "tags": ["ignores_pause"], "acts": {"pause": 0}},
    {"script": "deal-terse", "index": 1, "verdict": "NYNN",
     "note": (
         "'where are you in the eval?' unanswered; 'Sure. Let's be realistic:' fits neither a question"
         " nor a first statement"
     ),
     "tags": ["ignores_question", "lead_in_mismatch"], "acts": {"question": 0}},
    {"script": "deal-terse", "index": 2, "verdict": "YYYN",
     "note": (
         "answers (scoring weights, CFO before 15 Jan) but as a pasted case fragment: 'RFP with three "
         "shortlisted vendors, scored ...'"
     ),
     "tags": ["fragment"], "acts": {"question": 1}},
    {"script": "deal-terse", "index": 3, "verdict": "YYYN",
     "note": (
         "Halvorsen's own buyer says 'the 40-seat pilot in Halvorsen's finance team cut month-end "
         "reporting' (third person, garbled claim)"
     ),
     "tags": ["case_echo"], "acts": {"receipt": 1}},
    {"script": "deal-terse", "index": 4, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {}},
    {"script": "deal-terse", "index": 5, "verdict": "NNNN",
     "note": (
         "credits 'median go-live across 23 enterprise implementations' that nobody said; pasted "
         "fragment; the incumbent challenge gets an unrelated SSO/SOC 2 objection"
     ),
     "tags": ["credits_unsaid_receipt", "fragment", "ignores_point"], "acts": {}},
    {"script": "deal-terse", "index": 6, "verdict": "NNNN",
     "note": (
         "his own counter is already net 60, yet he answers 'our policy is net 90'; the SLA pushback "
         "is ignored; 'Fair point, and it counts. Here's the thing:' is odd"
     ),
     "tags": ["contradicts_own_offer", "ignores_point", "lead_in_mismatch"], "acts": {}},
    {"script": "deal-terse", "index": 7, "verdict": "NYNY",
     "note": (
         "the month-12 exit and the 350-to-450 ramp (his risk incentive) are ignored; price moves to "
         "43 and 'final'"
     ),
     "tags": ["ignores_trade"], "acts": {"trade": 0}},
    {"script": "deal-terse", "index": 8, "verdict": "NNNY",
     "note": (
         "'under 40 is a no for us' plus the walk-away read as a proposal of 40; confirms 40 after his"
         " own 43"
     ),
     "tags": ["misheard_number", "phantom_confirm", "worse_counter", "ignores_outside_option"], "acts": {"outside": 0}},
    {"script": "deal-rambling", "index": 1, "verdict": "YYYN",
     "note": (
         "'Let's be realistic:' as a first business line after small talk, with nothing unrealistic "
         "said"
     ),
     "tags": ["lead_in_mismatch"], "acts": {}},
    {"script": "deal-rambling", "index": 2, "verdict": "YYNN",
     "note": (
         "names savings as what matters, but 'Fair point, and it counts' to a question, 'I'm not "
         "there' with nothing on the table, and an unprompted counter"
     ),
     "tags": ["lead_in_mismatch"], "acts": {"question": 1}},
    {"script": "deal-rambling", "index": 3, "verdict": "YYNN",
     "note": (
         "third-person 'Halvorsen's finance team' from Halvorsen's buyer; concedes net 90 to net 60 "
         "unasked, against his own policy"
     ),
     "tags": ["case_echo", "unprompted_concession"], "acts": {"receipt": 1}},
    {"script": "deal-rambling", "index": 4, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {}},
    {"script": "deal-rambling", "index": 5, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {}},
    {"script": "deal-rambling", "index": 6, "verdict": "NYNY",
     "note": "the month-12 exit and the seat ramp are ignored; same counter, 'final'",
     "tags": ["ignores_trade"], "acts": {"trade": 0}},
    {"script": "deal-rambling", "index": 7, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {}},
    {"script": "deal-rambling", "index": 8, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {"accept": 1}},
    {"script": "flexibility-formal", "index": 1, "verdict": "NYNN",
     "note": (
         "thanks for past support get 'I'm sorry to hear that'; 'Before I answer:' with no question to"
         " answer"
     ),
     "tags": ["misplaced_sympathy", "lead_in_mismatch"], "acts": {}},
    {"script": "flexibility-formal", "index": 2, "verdict": "YYYY",
     "note": "answers the concern (staffing); the HR-process half of the question is not answered",
     "tags": [], "acts": {"question": 1}},
    {"script": "flexibility-formal", "index": 3, "verdict": "YYNN",
     "note": (
         "a thank-you, then straight to close days onsite; 'On my side, month-end close days 1-4 are "
         "worked onsite' is a pasted constraint with a lead-in that does not fit"
     ),
     "tags": ["cold_disclosure", "lead_in_mismatch"], "acts": {"disclosure": 1}},
    {"script": "flexibility-formal", "index": 4, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {"receipt": 1}},
    {"script": "flexibility-formal", "index": 5, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {}},
    {"script": "flexibility-formal", "index": 6, "verdict": "NNNY",
     "note": (
         "coaching on Tue/Thu in the office and Teams within 15 minutes ignored; raises the Tuesday "
         "CFO review though the user already said Tuesdays are office days"
     ),
     "tags": ["ignores_trade", "objection_already_answered"], "acts": {"trade": 0}},
    {"script": "flexibility-formal", "index": 7, "verdict": "YYNY",
     "note": (
         "the user moved to her own two days; 'I'd have to hold at two' reads as a refusal of her own "
         "number"
     ),
     "tags": ["misses_agreement"], "acts": {}},
    {"script": "flexibility-formal", "index": 8, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {"accept": 1}},
    {"script": "flexibility-non_native", "index": 1, "verdict": "YYNY",
     "note": (
         "'something personal' is announced; she answers with close days onsite before hearing "
         "anything"
     ),
     "tags": ["premature_objection"], "acts": {}},
    {"script": "flexibility-non_native", "index": 2, "verdict": "NYNY",
     "note": "process questions (who decides, how long) get 'what exactly are you asking for?'",
     "tags": ["ignores_question"], "acts": {"question": 0}},
    {"script": "flexibility-non_native", "index": 3, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {"disclosure": 1}},
    {"script": "flexibility-non_native", "index": 4, "verdict": "YYYN",
     "note": "she calls the user's father 'Dad'; 'Before I answer: so what would you propose' does not fit",
     "tags": ["case_echo", "lead_in_mismatch"], "acts": {"receipt": 1}},
    {"script": "flexibility-non_native", "index": 5, "verdict": "YYNN",
     "note": "'Does that move us closer? That's my final position.' asks and closes at once",
     "tags": ["contradictory_phrasing"], "acts": {}},
    {"script": "flexibility-non_native", "index": 6, "verdict": "NNNY",
     "note": (
         "coaching on Tue/Thu and Teams in 15 minutes ignored; the Tuesday CFO review raised though "
         "the user is in on Tuesdays"
     ),
     "tags": ["ignores_trade", "objection_already_answered"], "acts": {"trade": 0}},
    {"script": "flexibility-non_native", "index": 7, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {"disclosure": 1}},
    {"script": "flexibility-non_native", "index": 8, "verdict": "NNNN",
     "note": (
         "'can we meet next week?' and an interim two days (her own offer) get 'if I say yes to you, "
         "everyone will ask'; 'On my side, if ...' does not fit"
     ),
     "tags": ["ignores_question", "contradicts_own_offer", "lead_in_mismatch"], "acts": {"question": 0}},
    {"script": "job_offer-formal", "index": 1, "verdict": "NYNY",
     "note": "thanks and enthusiasm get 'Of course' and an unprompted commission-plan objection",
     "tags": ["premature_objection"], "acts": {}},
    {"script": "job_offer-formal", "index": 2, "verdict": "YYYY",
     "note": "answers the priority (first PO in 90 days); how approvals work is not answered",
     "tags": [], "acts": {"question": 1}},
    {"script": "job_offer-formal", "index": 3, "verdict": "NNNY",
     "note": (
         "the earnings gap is read as a proposal of 72k; she confirms her own letter as the user's "
         "terms"
     ),
     "tags": ["misheard_number", "phantom_confirm"], "acts": {"receipt": 1}},
    {"script": "job_offer-formal", "index": 4, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {"receipt": 1}},
    {"script": "job_offer-formal", "index": 5, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {}},
    {"script": "job_offer-formal", "index": 6, "verdict": "NNNY",
     "note": (
         "'base or guarantee? can you decide it?' unanswered; confirms one guarantee month, below her "
         "own two, never proposed"
     ),
     "tags": ["ignores_question", "phantom_confirm", "worse_counter"], "acts": {"question": 0}},
    {"script": "job_offer-formal", "index": 7, "verdict": "NYNY",
     "note": "the written 90-day plan for the VP (her ramp incentive) is ignored; 'final position'",
     "tags": ["ignores_trade"], "acts": {"trade": 0}},
    {"script": "job_offer-formal", "index": 8, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {"accept": 1}},
    {"script": "job_offer-non_native", "index": 1, "verdict": "YYNY",
     "note": "happiness about the offer gets an unprompted commission-plan objection",
     "tags": ["premature_objection"], "acts": {}},
    {"script": "job_offer-non_native", "index": 2, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {"question": 1}},
    {"script": "job_offer-non_native", "index": 3, "verdict": "NNNY",
     "note": "the earnings gap is read as a proposal of 72k and confirmed",
     "tags": ["misheard_number", "phantom_confirm"], "acts": {"receipt": 1}},
    {"script": "job_offer-non_native", "index": 4, "verdict": "YYYN",
     "note": (
         "'That's fair: existing relationships with lab managers at 11 of ...' is not a sentence; 'On "
         "my side, focus on OTE' does not fit"
     ),
     "tags": ["fragment", "lead_in_mismatch"], "acts": {"receipt": 1}},
    {"script": "job_offer-non_native", "index": 5, "verdict": "YYNN",
     "note": (
         "agrees the posting promised 3 months, keeps 2 with no reason; quotes '(ref AE-MW-214)' the "
         "user never gave"
     ),
     "tags": ["unexplained_refusal", "case_echo"], "acts": {"receipt": 1}},
    {"script": "job_offer-non_native", "index": 6, "verdict": "NNNY",
     "note": (
         "who decides the guarantee and when are unanswered; 'all our AEs start on the same base' "
         "after she offered 76k against a 72k letter"
     ),
     "tags": ["ignores_question", "contradicts_own_offer"], "acts": {"question": 0}},
    {"script": "job_offer-non_native", "index": 7, "verdict": "NYNY",
     "note": (
         "the promise to start with known accounts for a PO inside 90 days (her ramp incentive) "
         "ignored; 1k apart and 'final'"
     ),
     "tags": ["ignores_trade"], "acts": {"trade": 0}},
    {"script": "job_offer-non_native", "index": 8, "verdict": "NNNY",
     "note": (
         "a request for one night gets 'I'm sorry to hear that' and 'I need some time to consider "
         "this', as if she had asked"
     ),
     "tags": ["misplaced_sympathy", "role_reversal", "ignores_pause"], "acts": {"pause": 0}},
    {"script": "promotion-formal", "index": 1, "verdict": "YYNY",
     "note": "a sponsor answers small talk about the reorg with the pool worry before any ask",
     "tags": ["premature_objection"], "acts": {}},
    {"script": "promotion-formal", "index": 2, "verdict": "NNNY",
     "note": (
         "questions on succession and calibration ignored; offers 120k (today's pay, below the 125k M1"
         " floor) with an acting title"
     ),
     "tags": ["ignores_question", "breaks_case"], "acts": {"question": 0}},
    {"script": "promotion-formal", "index": 3, "verdict": "YNYY",
     "note": "acknowledges the cover, then the pool objection again (turn 1)",
     "tags": ["repeats_objection"], "acts": {"receipt": 1}},
    {"script": "promotion-formal", "index": 4, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {"receipt": 1}},
    {"script": "promotion-formal", "index": 5, "verdict": "YNNY",
     "note": "holds 120k, below the M1 band, and calls it final",
     "tags": ["breaks_case"], "acts": {}},
    {"script": "promotion-formal", "index": 6, "verdict": "NNNN",
     "note": (
         "'which part is hardest?' unanswered; asks 'what would you propose' right after the 145k "
         "proposal; 'Just so I get it right: so ...' does not fit"
     ),
     "tags": ["ignores_question", "forgets_proposal", "lead_in_mismatch"], "acts": {"question": 0}},
    {"script": "promotion-formal", "index": 7, "verdict": "NNNY",
     "note": (
         "the user's 137.5k was conditional on the title being confirmed this cycle; she confirms it "
         "with the acting title; forecast hand-over and written case ignored"
     ),
     "tags": ["phantom_confirm", "ignores_trade"], "acts": {"trade": 0}},
    {"script": "promotion-formal", "index": 8, "verdict": "NNNY",
     "note": "the user accepts her own confirmation; she answers 'I'd rather pause'",
     "tags": ["acceptance_missed"], "acts": {"accept": 0}},
    {"script": "promotion-non_native", "index": 1, "verdict": "NYNN",
     "note": "'How are you, how is the move going?' gets 'Of course — happy to' and the pool",
     "tags": ["ignores_question", "lead_in_mismatch"], "acts": {}},
    {"script": "promotion-non_native", "index": 2, "verdict": "NNNY",
     "note": (
         "who takes the team and the nomination date unanswered; 120k with an acting title, below the "
         "M1 floor"
     ),
     "tags": ["ignores_question", "breaks_case"], "acts": {"question": 0}},
    {"script": "promotion-non_native", "index": 3, "verdict": "YNYY",
     "note": "acknowledges the cover, then the pool objection again (turn 1)",
     "tags": ["repeats_objection"], "acts": {"receipt": 1}},
    {"script": "promotion-non_native", "index": 4, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {"receipt": 1}},
    {"script": "promotion-non_native", "index": 5, "verdict": "YYNN",
     "note": "'Would that help? That's my final position.' asks and closes at once",
     "tags": ["contradictory_phrasing"], "acts": {}},
    {"script": "promotion-non_native", "index": 6, "verdict": "NNNN",
     "note": (
         "'money or the title?' unanswered; asks for a proposal just made; 'Just so I get it right: so"
         " ...'"
     ),
     "tags": ["ignores_question", "forgets_proposal", "lead_in_mismatch"], "acts": {"question": 0}},
    {"script": "promotion-non_native", "index": 7, "verdict": "YYYY",
     "note": (
         "accepts the user's 135k acting package; the April confirmation and the forecast hand-over go"
         " unmentioned"
     ),
     "tags": [], "acts": {"trade": 0}},
    {"script": "resources-terse", "index": 1, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {}},
    {"script": "resources-terse", "index": 2, "verdict": "NNNN",
     "note": (
         "'how are you ranking the asks?' unanswered; 'Of course. Meeting you part of the way:' an "
         "offer of no engineers with requisitions opening in five months"
     ),
     "tags": ["ignores_question", "lead_in_mismatch", "incoherent_offer"], "acts": {"question": 0}},
    {"script": "resources-terse", "index": 3, "verdict": "YYYN",
     "note": "'On my side, can't tooling do it without new people?' does not fit",
     "tags": ["lead_in_mismatch"], "acts": {"receipt": 1}},
    {"script": "resources-terse", "index": 4, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {"receipt": 1}},
    {"script": "resources-terse", "index": 5, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {}},
    {"script": "resources-terse", "index": 6, "verdict": "NNNN",
     "note": (
         "'That helps with my concern that start with one engineer ... Here's what worries me: start "
         "with one engineer ...' is garbled and says the same thing twice"
     ),
     "tags": ["garbled", "repeats_objection"], "acts": {}},
    {"script": "resources-terse", "index": 7, "verdict": "NYNY",
     "note": "the sales VP co-signing the case with named deals (what the CFO needs) is ignored",
     "tags": ["ignores_trade"], "acts": {"trade": 0}},
    {"script": "resources-terse", "index": 8, "verdict": "NNNY",
     "note": (
         "'works. let's lock it.' accepts his final offer; he answers with the envelope objection "
         "again"
     ),
     "tags": ["acceptance_missed", "repeats_objection"], "acts": {"accept": 0}},
    {"script": "resources-rambling", "index": 1, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {}},
    {"script": "resources-rambling", "index": 2, "verdict": "NNNN",
     "note": (
         "the ranking question (revenue or audit?) gets 'it's a real result' and an offer of no "
         "engineers with requisitions in five months"
     ),
     "tags": ["ignores_question", "lead_in_mismatch", "incoherent_offer"], "acts": {"question": 0}},
    {"script": "resources-rambling", "index": 3, "verdict": "YYNY",
     "note": "acknowledges the 19-day reviews, then asks whether the 2.1 million ARR is the tooling budget",
     "tags": ["misheard_number"], "acts": {"receipt": 1}},
    {"script": "resources-rambling", "index": 4, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {"receipt": 1}},
    {"script": "resources-rambling", "index": 5, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {}},
    {"script": "resources-rambling", "index": 6, "verdict": "NNNY",
     "note": (
         "the revenue-link argument is not answered; he credits the ratio from the turn before, says "
         "'I need to unblock enterprise deals' for the third time, and asks 'can't tooling do it?' "
         "after the user showed tooling is half the plan"
     ),
     "tags": ["ignores_point", "repeats_line", "objection_already_answered"], "acts": {}},
    {"script": "resources-rambling", "index": 7, "verdict": "NYNY",
     "note": "running the procurement review and the sales VP co-sign are ignored; 'final position'",
     "tags": ["ignores_trade"], "acts": {"trade": 0}},
    {"script": "resources-rambling", "index": 8, "verdict": "NNNY",
     "note": (
         "a floor ('one engineer and tooling under 80k, I can't sign up') read as a proposal; 80k "
         "confirmed after his own 90k; the CTO risk acceptance ignored"
     ),
     "tags": ["misheard_number", "phantom_confirm", "worse_counter", "ignores_outside_option"], "acts": {"outside": 0}},
    {"script": "saas_renewal-casual", "index": 1, "verdict": "NYNN",
     "note": "'How's the Delmont stuff going?' gets 'Sure. Let's be realistic:' and the CFO signature rule",
     "tags": ["ignores_question", "lead_in_mismatch"], "acts": {}},
    {"script": "saas_renewal-casual", "index": 2, "verdict": "NYNN",
     "note": (
         "'what will the CFO look at?' unanswered; 'I'm not there.' with nothing proposed, then her "
         "standing counter"
     ),
     "tags": ["ignores_question", "lead_in_mismatch"], "acts": {"question": 0}},
    {"script": "saas_renewal-casual", "index": 3, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {"receipt": 1}},
    {"script": "saas_renewal-casual", "index": 4, "verdict": "NNNN",
     "note": (
         "a rebuttal of Dispatchly's 57 read as a proposal of 57 and confirmed; lowercase "
         "'dispatchly's'"
     ),
     "tags": ["misheard_number", "phantom_confirm", "lowercase_name"], "acts": {"receipt": 1}},
    {"script": "saas_renewal-casual", "index": 5, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {}},
    {"script": "saas_renewal-casual", "index": 6, "verdict": "NNNY",
     "note": (
         "'55 on 900 isn't gonna fly' read as a proposal; confirms 55/900 after her own 59/1,050; the "
         "treasurer question unanswered"
     ),
     "tags": ["misheard_number", "phantom_confirm", "worse_counter", "ignores_question"], "acts": {"question": 0}},
    {"script": "saas_renewal-casual", "index": 7, "verdict": "NYNN",
     "note": (
         "the month-12 true-down and the go-live commitment are ignored; 'I hear the number, but my "
         "answer is 61' to the user's 61; Ashcombe's buyer says 'Ashcombe's 2025 acquisition'"
     ),
     "tags": ["ignores_trade", "lead_in_mismatch", "case_echo"], "acts": {"trade": 0}},
    {"script": "saas_renewal-casual", "index": 8, "verdict": "YYYY",
     "note": "",
     "tags": [], "acts": {"accept": 1}},
]
