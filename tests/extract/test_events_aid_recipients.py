"""AID recipients inherited from a participle clause's main act, and the article's one recipient."""

from __future__ import annotations

import pytest
from helpers import events_of, found_event, no_event

PUB = "2024-03-05"


def test_participle_pledge_takes_the_partner_of_the_agreement() -> None:
    text = "Norway signed a defence agreement with Moldova on Monday, pledging $40 million in military aid."
    evs = events_of(text, PUB)
    found_event(evs, text, "AGREE", "Norway", "Moldova")
    aid = found_event(evs, text, "AID", "Norway", "Moldova")
    assert aid.status == "pledged"
    assert aid.amount is not None and aid.amount.value == 40_000_000


def test_participle_gift_after_an_agreement_with_a_partner_verb() -> None:
    text = "Sweden agreed with Georgia on a new security pact, providing 200 armoured vehicles."
    evs = events_of(text, PUB)
    found_event(evs, text, "AID", "Sweden", "Georgia")


def test_article_one_recipient_reaches_a_later_pledge() -> None:
    text = (
        "Norway signed a defence agreement with Moldova on Monday, pledging $40 million in military aid.\n\n"
        "Finland announced a new military aid package worth $15 million, which includes artillery shells."
    )
    evs = events_of(text, PUB)
    found_event(evs, text, "AID", "Norway", "Moldova")
    found_event(evs, text, "AID", "Finland", "Moldova")


def test_pledge_to_a_fund_in_an_article_about_two_states_gets_no_recipient() -> None:
    text = (
        "Italy sent 30 tanks to Moldova on Monday. Spain sent 20 howitzers to Georgia on Tuesday.\n\n"
        "Portugal pledged $10 million to an international reconstruction fund."
    )
    evs = events_of(text, PUB)
    found_event(evs, text, "AID", "Italy", "Moldova")
    found_event(evs, text, "AID", "Spain", "Georgia")
    aids = [e for e in evs if e.type == "AID" and "Portugal" in e.source]
    assert all(not e.target for e in aids), [(e.source, e.target) for e in aids]


def test_participle_with_its_own_subject_inherits_nothing() -> None:
    text = "Norway signed a defence agreement with Moldova, its finance minister pledging $40 million."
    evs = events_of(text, PUB)
    found_event(evs, text, "AGREE", "Norway", "Moldova")
    no_event([e for e in evs if "Moldova" in e.target], "AID")


@pytest.mark.parametrize(
    "text",
    [
        "Denmark will allocate $60 million to help Moldova rebuild its power grid.",
        "Denmark will allocate $60 million to help Moldova.",
    ],
)
def test_money_given_to_help_a_state_goes_to_that_state(text):
    found_event(events_of(text, "2024-03-05"), text, "AID", "Denmark", "Moldova")
