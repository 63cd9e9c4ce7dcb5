"""Strike reports in the Kyiv Independent manner: attributions, passive agents, places and days.

Published on Tuesday 2024-03-05, so "on Monday" is 2024-03-04 and an undated lede act is the 5th.
"""

from __future__ import annotations

import pytest
from helpers import events_of, found_event

PUB = "2024-03-05"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place the tagger folds into a following time word ("Odesa overnight") is still aimed at
        ("Russia launched 30 drones at Odesa overnight, the Ukrainian Air Force said.", "Odesa"),
        (
            "Russia launched 12 missiles at Kharkiv overnight, regional governor Oleh Syniehubov said.",
            "Kharkiv",
        ),
        ("Russia fired 20 drones at Mykolaiv overnight, the General Staff reported.", "Mykolaiv"),
    ],
)
def test_attributed_strike_keeps_the_attack(text: str, place: str) -> None:
    ev = found_event(events_of(text, PUB), text, "ASSAULT", "Russia", "Ukraine")
    assert ev.location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Three Ukrainian soldiers were hit by a guided bomb dropped by a Russian jet near Avdiivka on Monday.",
            "Avdiivka",
        ),
        (
            "Two Ukrainian medics were wounded by a missile fired by Russian troops near Kharkiv on Monday.",
            "Kharkiv",
        ),
    ],
)
def test_passive_agent_projectile_carries_day_and_place(text: str, place: str) -> None:
    ev = found_event(events_of(text, PUB), text, "ASSAULT", "Russia", "Ukraine")
    assert ev.date == "2024-03-04"
    assert ev.location == place


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("Two civilians were killed by a Russian drone in Kherson on Monday.", "Kherson", "2024-03-04"),
        ("Two civilians were killed by a drone launched by Russian forces in Kherson.", "Kherson", PUB),
        (
            "Four civilians were injured by a Russian missile in Zaporizhzhia on Monday, "
            "regional governor Ivan Fedorov said.",
            "Zaporizhzhia",
            "2024-03-04",
        ),
    ],
)
def test_civilians_harmed_in_a_town_are_its_country(text: str, place: str, day: str) -> None:
    ev = found_event(events_of(text, PUB), text, "ASSAULT", "Russia", "Ukraine")
    assert ev.location == place
    assert ev.date == day


def test_weekday_after_at_is_still_a_time() -> None:
    # "at" followed by a day names when, not whom: no attack on "Monday"
    text = "Russia launched 30 drones on Monday, the Ukrainian Air Force said."
    for e in events_of(text, PUB):
        assert "Monday" not in e.target
