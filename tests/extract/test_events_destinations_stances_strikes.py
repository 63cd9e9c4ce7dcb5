"""Seas and regions are destinations not aid recipients; attacks on a stance target its holder;
workers who strike protest."""

from __future__ import annotations

from helpers import events_of, found_event, no_event

DAY = "2024-03-05"


def test_ships_sent_to_a_sea_are_no_aid() -> None:
    text = "Britain is sending two frigates to the Baltic Sea."
    evs = events_of(text, DAY)
    no_event(evs, "AID")
    ev = found_event(evs, text, "MOBILIZE", "United Kingdom", None)
    assert "Baltic Sea" not in ev.target


def test_aid_sent_to_a_region_has_no_recipient() -> None:
    no_event(events_of("Japan sent food aid to the Middle East.", DAY), "AID")


def test_aid_sent_to_a_state_keeps_its_recipient() -> None:
    text = "Germany sent weapons to Ukraine on Monday."
    found_event(events_of(text, DAY), text, "AID", "Germany", "Ukraine")


def test_troops_sent_to_an_ally_are_a_deployment() -> None:
    text = "The United States sent troops to Estonia last week."
    evs = events_of(text, DAY)
    no_event(evs, "AID")
    found_event(evs, text, "MOBILIZE", "United States", "Estonia")


def test_a_rejected_position_targets_its_holder_not_its_topic() -> None:
    text = "Ankara rejected Washington's position on the Kurds."
    ev = found_event(events_of(text, DAY), text, "REJECT", "Ankara", "Washington")
    assert "Syria" not in ev.target


def test_an_attacked_stance_targets_its_holder() -> None:
    text = "Erdogan attacked Kilicdaroglu's position on Syria."
    evs = events_of(text, DAY)
    assert not [e for e in evs if "Syria" in e.target]


def test_workers_striking_plants_protest() -> None:
    text = "Workers struck General Motors plants in Michigan on Monday."
    evs = events_of(text, DAY)
    no_event(evs, "ASSAULT")
    assert any(e.type == "PROTEST" for e in evs)


def test_a_union_striking_a_company_protests() -> None:
    text = "The United Auto Workers union struck General Motors on Monday."
    evs = events_of(text, DAY)
    no_event(evs, "ASSAULT")
    found_event(evs, text, "PROTEST", "United Auto Workers", None)


def test_missiles_striking_a_city_still_assault() -> None:
    text = "Russian missiles struck Kyiv on Monday."
    found_event(events_of(text, DAY), text, "ASSAULT", "Russia", "Kyiv")


def test_arming_group_fighters_helps_the_group() -> None:
    text = "Germany is arming peshmerga fighters in northern Iraq."
    found_event(events_of(text, DAY), text, "AID", "Germany", "Peshmerga")


def test_arming_rebel_fighters_names_them_not_jets() -> None:
    text = "The United States began arming Syrian rebel fighters last year."
    ev = found_event(events_of(text, DAY), text, "AID", "United States", None)
    assert ev.target
    assert all("jet" not in i.what.lower() and "fighter" not in i.what.lower() for i in ev.items)


def test_sending_group_fighters_is_a_deployment() -> None:
    text = "Russia sent Wagner fighters to Mali."
    evs = events_of(text, DAY)
    no_event(evs, "AID")
    found_event(evs, text, "MOBILIZE", "Russia", "Mali")


def test_numbered_fighter_aircraft_stay_goods() -> None:
    text = "The Pentagon will send F-16 fighters to Poland."
    evs = events_of(text, DAY)
    no_event(evs, "MOBILIZE")
    found_event(evs, text, "AID", "United States", "Poland")
