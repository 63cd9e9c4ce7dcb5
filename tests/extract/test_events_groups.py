"""Events: acting groups described rather than named.

"Pro-Maduro militias" fight for the leader's state; "the rebels" take up the armed group
the article named before. Each sentence is written for the test in news style; the expected
events are worked out by hand from shared/gold/FORMAT.md (the person or the state/body they
act for), not copied from dateline's output. The negative cases are descriptions that pin no
side, or could mean several.
"""

from __future__ import annotations

from dateline import extract

PUB = "2024-03-05"


def events(text: str):
    return extract(text, published=PUB).events


def found(text: str, etype: str, source: str, target: str | None):
    evs = events(text)
    hits = [
        e for e in evs if e.type == etype and source in e.source and (target is None or target in e.target)
    ]
    assert hits, f"no {etype} {source} -> {target} in {text!r}: {[(e.type, e.source, e.target) for e in evs]}"
    return hits[0]


def test_a_force_loyal_to_a_named_leader_fights_for_his_state() -> None:
    ev = found(
        "President Nicolas Maduro addressed the army on Friday. Pro-Maduro militias attacked "
        "opposition marchers in Caracas on Saturday.",
        "ASSAULT",
        "Venezuela",
        None,
    )
    assert "Nicolas Maduro" in ev.source


def test_a_sympathy_is_not_allegiance() -> None:
    # "pro-Russian" names no leader: the separatists are not Russia
    evs = events("Pro-Russian separatists shelled the town of Avdiivka on Monday.")
    assert not [e for e in evs if "Russia" in e.source]


def test_the_rebels_take_up_the_rebels_named_before() -> None:
    found(
        "Washington has long backed Nicaraguan rebels. The rebels ambushed a government convoy "
        "near Esteli on Sunday.",
        "ASSAULT",
        "Nicaraguan rebels",
        None,
    )


def test_the_militants_with_two_armed_groups_are_ambiguous() -> None:
    evs = events(
        "The Taliban and Islamic State both operate in the province. The militants attacked a "
        "checkpoint in Helmand on Sunday."
    )
    assert not [e for e in evs if e.type == "ASSAULT" and e.source]


def test_bare_rebels_without_a_group_named_before() -> None:
    evs = events("The rebels attacked a police station on Sunday.")
    assert not [e for e in evs if e.type == "ASSAULT" and e.source]
