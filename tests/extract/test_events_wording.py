"""Events: wordings met on unseen news (session 5): demands put as statements, groups acting
through the members they name, meetings among one body's members, intention nouns, military
build-ups, the place of an attack and the date of an act answered.

Each sentence is written for the test in news style; the expected type, sides, status, date
and place are worked out by hand from shared/gold/PLOVER.md and FORMAT.md, not copied from
dateline's output.
"""

from __future__ import annotations

import pytest
from helpers import PUB, absent, events, found

# ------------------------------------------------------------ demands put as statements


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Poland's foreign minister said Germany should send more tanks to Ukraine.", "Poland", "Germany"),
        (
            "Lithuanian President Gitanas Nauseda said Hungary must stop blocking the sanctions package.",
            "Gitanas Nauseda",
            "Hungary",
        ),
        (
            '"Israel should open more crossings into Gaza," Canadian Prime Minister Justin Trudeau said.',
            "Justin Trudeau",
            "Israel",
        ),
    ],
)
def test_a_speaker_saying_another_should_act_requests_it(text, source, target):
    ev = found(text, "REQUEST", source, target)
    assert ev.status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own state: an exhortation, not a demand of anyone else
        "Ukrainian President Volodymyr Zelensky said Ukraine must win this war.",
        # a condition, not a demand
        "Turkey said it would respond if Greece should send warships to the islands.",
        # a question
        '"Why should Germany pay for this?" the Polish foreign minister said.',
    ],
)
def test_no_demand_of_ones_own_side_or_in_a_condition(text):
    absent(text, "REQUEST")


# ------------------------------------------------------------ groups named by their members


def test_a_group_acts_through_the_members_it_names():
    text = "Several Baltic leaders, including Kaja Kallas and Gitanas Nauseda, criticised Hungary on Monday."
    ev = found(text, "ACCUSE", "Kaja Kallas", "Hungary")
    assert "Gitanas Nauseda" in ev.source


def test_criticising_a_trade_blames_who_made_it():
    text = (
        "Chancellor Olaf Scholz approved the exchange of the spy for the reporter. Several opposition "
        "politicians, including Friedrich Merz and Markus Soeder, denounced the exchange."
    )
    ev = found(text, "ACCUSE", "Friedrich Merz", "Olaf Scholz")
    assert "Markus Soeder" in ev.source


# ------------------------------------------------------------ a body's members meet


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Irish minister briefed reporters after Thursday's meeting of European Union farm ministers.",
            "European Union",
        ),
        ("Sweden's accession was the main topic of the NATO summit in Vilnius on Tuesday.", "NATO"),
    ],
)
def test_a_meeting_of_one_bodys_members_is_a_consultation(text, source):
    ev = found(text, "CONSULT", source, None)
    assert ev.target == ()


def test_a_meeting_with_a_named_partner_is_read_as_usual():
    ev = found(
        "Zelensky held a meeting with NATO leaders in Vilnius on Tuesday.",
        "CONSULT",
        "Volodymyr Zelensky",
        None,
    )
    assert "NATO" in ev.target


def test_a_summit_dated_after_the_article_is_planned():
    text = "Allies are preparing their positions as a NATO summit in July approaches."
    ev = found(text, "CONSULT", "NATO", None)
    assert ev.date == "2024-07"
    assert ev.status == "planned"


# ------------------------------------------------------------ intention nouns, build-ups


def test_a_possessor_of_a_pledge_would_act_and_has_not_yet():
    text = "Romania's pledge to enlarge its army by 15,000 troops by 2027 was praised by its neighbours."
    ev = found(text, "MOBILIZE", "Romania", None)
    assert ev.status in ("planned", "pledged")


@pytest.mark.parametrize(
    "text",
    [
        "Japan has vowed to strengthen its armed forces after years of restraint.",
        "Finland will expand its army by 5,000 troops next year.",
        "Britain is sending ground forces to Estonia.",
    ],
)
def test_building_up_or_sending_forces_is_a_mobilisation(text):
    src = "United Kingdom" if "Britain" in text else ("Japan" if "Japan" in text else "Finland")
    found(text, "MOBILIZE", src, None)


@pytest.mark.parametrize(
    "text",
    [
        "The central bank will expand its bond purchases next year.",
        "The company is sending new forms to its customers.",
    ],
)
def test_expanding_or_sending_other_things_is_no_mobilisation(text):
    absent(text, "MOBILIZE")


def test_leaving_a_move_unanswered_is_no_withdrawal():
    absent(
        'Venezuela\'s foreign minister said, "Caracas would never leave such a British provocation unpunished."',
        "RETREAT",
    )


# ------------------------------------------------------------ where and when


def test_a_thing_owned_by_a_state_is_not_the_place_it_was_hit():
    ev = found("Houthi rebels fired missiles at an American destroyer on Monday.", "ASSAULT", "Houthis", None)
    assert ev.location != "United States"


def test_a_state_land_named_by_its_adjective_is_the_place():
    ev = found("Iranian troops attacked Iraqi territory on Monday.", "ASSAULT", "Iran", "Iraq")
    assert ev.location == "Iraq"


def test_an_act_answered_is_not_dated_to_the_day_of_the_answer():
    text = (
        "Israeli jets bombed a Hezbollah depot near Tyre on Monday in reprisal for a Hezbollah rocket "
        "attack on Haifa."
    )
    evs = [e for e in events(text) if e.type == "ASSAULT" and e.evidence.startswith("a Hezbollah rocket")]
    assert evs, [(e.type, e.source, e.evidence) for e in events(text)]
    assert evs[0].date != PUB


# ------------------------------------------------------------ denials, calls, wants, displeasure


def test_denying_a_stated_fact_rejects_whoever_stated_it():
    text = (
        "Kyiv said Russian drones had struck a grain terminal in Odesa. The Kremlin denied that its "
        "forces had hit any civilian site."
    )
    found(text, "REJECT", "Kremlin", "Ukraine")


def test_a_denial_with_no_earlier_claimant_names_no_one():
    absent("The Kremlin denied that its forces had hit any civilian site.", "REJECT")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Biden called Netanyahu on Sunday to discuss the hostages.", "Joe Biden", "Benjamin Netanyahu"),
        ("Scholz called Putin on Friday.", "Olaf Scholz", "Vladimir Putin"),
    ],
)
def test_calling_a_named_leader_is_a_phone_call(text, source, target):
    ev = found(text, "CONSULT", source, target)
    assert ev.mode == "phone"


@pytest.mark.parametrize(
    "text",
    [
        "Trump called Comey a liar.",
        "Macron called the decision absurd.",
        "Netanyahu called on Biden to act.",
    ],
)
def test_calling_someone_names_or_calling_on_them_is_no_phone_call(text):
    absent(text, "CONSULT")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The French foreign minister said Paris wanted Italy to take in more migrants.", "France", "Italy"),
        ('"We want Chile to reopen the border," Bolivian President Luis Arce said.', "Bolivia", "Chile"),
    ],
)
def test_a_stated_wish_that_another_actor_act_requests_it(text, source, target):
    ev = found(text, "REQUEST", source, target)
    assert ev.status in ("occurred", "ongoing")


@pytest.mark.parametrize(
    "text",
    [
        "Iran wants Israel to leave Syria.",
        "The Kremlin wants Georgia to abandon its bid for NATO membership.",
    ],
)
def test_the_writers_account_of_a_wish_is_no_request(text):
    # nobody is said to have asked anything: the writer tells what one side prefers
    absent(text, "REQUEST")


@pytest.mark.parametrize("text", ["Putin wanted Trump to win the election.", "Kyiv wants to join NATO soon."])
def test_wanting_an_outcome_or_ones_own_act_is_no_request(text):
    absent(text, "REQUEST")


def test_expressing_frustration_with_an_actor_accuses_it():
    text = "Germany expressed frustration with Hungary on Monday over the stalled aid package."
    found(text, "ACCUSE", "Germany", "Hungary")


def test_stepping_up_pressure_on_a_state_is_a_demand():
    text = "France increased pressure on Mali on Thursday to free the detained aid workers."
    found(text, "REQUEST", "France", "Mali")


def test_a_concession_in_reported_speech_is_no_accusation():
    text = (
        'The senator said that "despite the corruption scandal, Congress will approve the aid for Kyiv '
        'this year."'
    )
    evs = [e for e in events(text) if e.type == "ACCUSE" and "Congress" in e.target]
    assert not evs, evs


# ------------------------------------------------------------ unnamed protesters, strikes, arrests


def test_protesters_marching_are_a_protest_with_no_named_source():
    text = "Thousands of protesters marched through Tbilisi on Sunday against the foreign agents law."
    ev = next(e for e in events(text) if e.type == "PROTEST")
    assert ev.source == ()
    assert ev.date == "2024-03-03"


def test_a_general_strike_by_workers_is_a_protest_not_an_air_strike():
    text = "A nationwide strike called by Portuguese dock workers over wages closed Lisbon's port on Monday."
    evs = events(text)
    assert any(e.type == "PROTEST" for e in evs), evs
    assert not any(e.type == "ASSAULT" for e in evs)


def test_a_strike_on_a_city_is_still_an_attack():
    found("Russia launched a missile strike on Kharkiv on Monday.", "ASSAULT", "Russia", None)


def test_arrests_in_the_passive_are_made_by_the_state_where_they_happen():
    text = "More than 200 people were detained in Moscow on Sunday."
    ev = found(text, "COERCE", "Russia", None)
    assert ev.location == "Moscow"


def test_a_state_telling_of_a_passive_arrest_is_read_as_usual():
    absent("The minister was detained for questioning.", "COERCE")


def test_a_body_members_named_in_apposition_act_for_themselves():
    text = "The alliance's Nordic members, notably Norway and Finland, denounced Belarus on Friday."
    ev = found(text, "ACCUSE", "Norway", "Belarus")
    assert "Finland" in ev.source


# ------------------------------------------------------------ war reporting


def test_drones_counted_out_of_a_launch_were_fired_at_the_defender():
    text = "Ukraine's Air Force said it shot down 30 of the 35 drones launched by Russia overnight."
    found(text, "ASSAULT", "Russia", "Ukraine")


def test_an_armed_group_attacking_a_ship_is_an_assault_not_criticism():
    ev = found("The Houthis attacked a British-owned cargo ship in the Red Sea.", "ASSAULT", "Houthis", None)
    assert ev.location == "Red Sea"


def test_a_politician_attacking_a_rival_is_still_criticism():
    absent("Trump attacked Clinton over her emails.", "ASSAULT")


def test_the_one_criticised_for_a_deed_did_it():
    text = "Turkey condemned Greece for sending troops to its Aegean islands."
    ev = found(text, "MOBILIZE", "Greece", None)
    assert "Turkey" not in ev.source


def test_them_after_things_is_not_a_state():
    text = "Workers on two oil platforms near Qatar were hurt when American warships shelled them on Monday."
    assert not any("Qatar" in e.target for e in events(text) if e.type == "ASSAULT")


def test_an_aid_programme_owned_by_a_state_is_aid():
    text = "Washington's military aid program for the Kurdish Peshmerga was renewed on Monday."
    ev = found(text, "AID", "United States", None)
    assert ev.status == "ongoing"


# ------------------------------------------------------------ arms sales


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The secret French arms sale to Iraq angered Tehran.", "France", "Iraq"),
        ("Germany approved weapons sales to Saudi Arabia on Tuesday.", "Germany", "Saudi Arabia"),
    ],
)
def test_an_arms_sale_to_a_state_is_cooperation(text, source, target):
    found(text, "COOPERATE", source, target)


def test_a_sale_of_anything_else_is_commerce():
    absent("The sale of the steelmaker to Japan was approved on Tuesday.", "COOPERATE")


# ------------------------------------------------------------ unnamed agents of a passive


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("Two protesters were arrested by police in Tbilisi on Sunday.", "COERCE", "Georgia"),
        ("Dozens of activists were detained by security forces in Tehran.", "COERCE", "Iran"),
        ("The attacker was shot dead by police in Nice on Thursday night.", "ASSAULT", "France"),
    ],
)
def test_police_named_only_as_a_passive_agent_act_for_the_state_they_police(text, etype, source):
    found(text, etype, source, None)


def test_police_with_no_place_named_are_no_one_in_particular():
    absent("Two protesters were arrested by police on Sunday.", "COERCE")


def test_sending_jets_to_a_state_at_war_is_aid_not_a_deployment():
    evs = events("Denmark will send 19 F-16 jets to Ukraine.")
    assert not any(e.type == "MOBILIZE" for e in evs), evs
