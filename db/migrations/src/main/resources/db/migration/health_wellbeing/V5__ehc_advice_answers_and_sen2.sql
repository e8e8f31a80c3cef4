-- SEND completion: the day each adviser's answer came back (social-care.ehc-advice-given,
-- education-skills.ehc-advice-given), set once; and what SEN2 asks of a plan that V3 did not hold: the need types'
-- ranks are their order in need_types (primary first).

alter table ehc_advice_request add column received_on date;
