"""Events: wordings beyond the seed articles' (synonyms by PLOVER type, defenders of an
attack, phrasal verbs of criticism, bombs dropped on a place).

Each sentence is written for the test in news style; the expected type, source and target
are worked out by hand from shared/gold/PLOVER.md, not copied from dateline's output.
"""

from __future__ import annotations

import pytest
from helpers import events, events_of, found, found_event, no_event

from dateline import extract


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        # ASSAULT: killing and harm verbs and nouns
        ("Turkey downed a Russian warplane near the Syrian border.", "ASSAULT", "Turkey", "Russia"),
        ("Taliban fighters overran an Afghan army base in Kunduz.", "ASSAULT", "Taliban", "Afghanistan"),
        (
            "Islamic State militants beheaded a Japanese journalist in Syria.",
            "ASSAULT",
            "Islamic State",
            None,
        ),
        ("Russian troops slaughtered civilians in Bucha, Ukraine said.", "ASSAULT", "Russia", None),
        (
            "The assassination of Qassem Soleimani by the United States angered Iran.",
            "ASSAULT",
            "United States",
            "Qassem Soleimani",
        ),
        ("Hamas launched an incursion into southern Israel on Saturday.", "ASSAULT", "Hamas", "Israel"),
        # COERCE: arrests, blockades, annexation
        ("Georgian police apprehended three Russian citizens in Tbilisi.", "COERCE", "Georgia", None),
        ("Russia annexed Crimea from Ukraine in 2014.", "COERCE", "Russia", "Ukraine"),
        ("Azerbaijan imposed a blockade on Armenia in December.", "COERCE", "Azerbaijan", "Armenia"),
        # ACCUSE: criticism
        ("Poland censured Germany over its energy policy.", "ACCUSE", "Poland", "Germany"),
        (
            "Zelensky hit out at Hungary for blocking the aid package.",
            "ACCUSE",
            "Volodymyr Zelensky",
            "Hungary",
        ),
        ("Trump lashed out at Germany on Tuesday.", "ACCUSE", "Donald Trump", "Germany"),
        # REQUEST, REJECT, RETREAT, SANCTION
        ("Zelensky begged Germany for more tanks.", "REQUEST", "Volodymyr Zelensky", "Germany"),
        ("Moscow repudiated the treaty with Washington on Monday.", "REJECT", "Moscow", None),
        ("The United States blacklisted six Chinese firms on Monday.", "SANCTION", "United States", "China"),
        ("The US Treasury froze the assets of five Russian banks.", "SANCTION", "United States", "Russia"),
        ("Britain recalled its ambassador from Iran.", "SANCTION", "United Kingdom", "Iran"),
        # MOBILIZE, AID
        ("Russia amassed troops on the border with Ukraine.", "MOBILIZE", "Russia", None),
        ("The EU disbursed a €1.5 billion tranche to Ukraine.", "AID", "European Union", "Ukraine"),
    ],
)
def test_synonyms_by_type(text, etype, source, target):
    found(text, etype, source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ukrainian forces repelled 45 Russian attacks over the past day.", "Russia", "Ukraine"),
        ("Ukrainian troops repelled a Russian assault near Bakhmut.", "Russia", "Ukraine"),
        (
            "Turkish troops thwarted an attack by PKK militants near the border.",
            "Kurdistan Workers' Party",
            "Turkey",
        ),
    ],
)
def test_attack_repelled_targets_the_defender(text, source, target):
    """The subject of "repelled"/"thwarted" is the one attacked, the attack noun's owner attacks."""
    found(text, "ASSAULT", source, target)


def test_repelling_names_no_target_without_an_attack_noun():
    # "repelled the proposal" is no attack: no ASSAULT at all
    assert not [e for e in events("Poland repelled the proposal from Germany.") if e.type == "ASSAULT"]


def test_bombs_dropped_on_a_place_are_an_attack():
    found("The Syrian regime dropped barrel bombs on Idlib.", "ASSAULT", "Syria", "Idlib")


@pytest.mark.parametrize(
    "text",
    [
        "The ministry dropped the charges on Friday.",
        "Israel dropped leaflets on Gaza on Monday.",
    ],
)
def test_dropping_other_things_is_no_attack(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"]


def test_downing_drones_is_defence_not_attack():
    # "down" attacks an aircraft; downing projectiles aimed at you is interception
    assert not [
        e for e in events("Ukraine's air defence downed 30 Russian drones overnight.") if e.type == "ASSAULT"
    ]


def test_amassing_money_is_no_mobilisation():
    # "amass" moves forces only with troops or weapons as its object
    assert not [e for e in events("Russia amassed $300 billion in reserves.") if e.type == "MOBILIZE"]


def test_hitting_out_at_someone_is_not_an_attack():
    evs = events("Zelensky hit out at Hungary for blocking the aid package.")
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_a_past_clause_of_time_keeps_its_own_status():
    # the joining is planned, the invasion "after" which they applied is a past fact
    evs = events("Sweden and Finland applied to join Nato after Russia invaded Ukraine.")
    invasion = [e for e in evs if e.type == "ASSAULT"]
    assert invasion and invasion[0].source == ("Russia",) and invasion[0].target == ("Ukraine",)
    assert invasion[0].status == "occurred"


def test_a_condition_still_makes_the_act_hypothetical():
    ev = found("Turkey will respond if Syria attacks its troops.", "ASSAULT", "Syria", None)
    assert ev.status == "hypothetical"


def test_a_warning_of_ones_own_act_threatens_its_target():
    # "warned (that) it would cut ties with Israel": Turkey's own future act, aimed at Israel
    ev = found("Turkey warned it would cut ties with Israel.", "THREATEN", "Turkey", "Israel")
    assert ev.status == "occurred"


def test_a_threatened_offensive_names_its_target_on_the_light_verb():
    # the parser hangs "against the YPG" on "launch", not on "offensive"
    found(
        "Erdogan threatened to launch an offensive against the YPG.",
        "THREATEN",
        "Recep Tayyip Erdoğan",
        "People's Protection Units",
    )


def test_an_offensive_against_an_armed_group_is_an_assault():
    found(
        "Turkey launched an offensive against the YPG on Sunday.",
        "ASSAULT",
        "Turkey",
        "People's Protection Units",
    )


def test_a_campaign_against_corruption_is_no_assault():
    assert not [e for e in events("The party launched a campaign against corruption.") if e.type == "ASSAULT"]


def test_a_cyber_attack_is_coercion_not_assault():
    evs = events("Russia launched a cyber attack on Ukraine's banks on Tuesday.")
    assert [e for e in evs if e.type == "COERCE" and e.source == ("Russia",) and e.target == ("Ukraine",)]
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_driving_a_force_out_of_a_city_is_an_assault():
    found(
        "The SDF drove Islamic State out of Raqqa in October.",
        "ASSAULT",
        "Syrian Democratic Forces",
        "Islamic State",
    )


def test_a_poisoning_by_a_state_is_an_assault():
    found("Russia's poisoning of Sergei Skripal angered Britain.", "ASSAULT", "Russia", "Sergei Skripal")


def test_an_attack_as_a_passive_subject_is_still_stated():
    found("Russia's attack on Odesa was condemned by the UN.", "ASSAULT", "Russia", "Odesa")


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        (
            "Zelensky signed a decree imposing sanctions on Russian banks.",
            "SANCTION",
            "Volodymyr Zelensky",
            "Russia",
        ),
        ("Putin signed a law banning Ukrainian books.", "COERCE", "Vladimir Putin", "Ukraine"),
    ],
)
def test_an_enacted_text_acts_for_its_signatory(text, etype, source, target):
    # the decree or law imposes nothing itself: whoever signed it does, when they signed it
    ev = found(text, etype, source, target)
    assert ev.status == "occurred"


def test_in_order_to_is_no_enacted_order():
    text = "Poland and Hungary, who in order to meet Nato's standards have had to cut their armies, joined."
    assert not [e for e in events(text) if e.type == "CONSULT"]


def test_a_body_named_before_an_investigation_leads_it():
    # a compound organisation is the actor ("the FBI investigation"), a place would only be where
    found("The FBI investigation into Trump's campaign continued on Monday.", "ACCUSE", "FBI", None)
    found("A Hamas attack on southern Israel killed 1,200 people.", "ASSAULT", "Hamas", "Israel")


def test_voting_down_a_deal_rejects_its_author():
    found("Parliament voted down Johnson's Brexit deal.", "REJECT", "Parliament", "Johnson")


def test_a_sanction_pledged_with_a_condemnation_targets_the_one_condemned():
    text = "The Security Council condemned North Korea's latest nuclear test and pledged to impose further sanctions."
    ev = found(text, "SANCTION", "UN Security Council", "North Korea")
    assert ev.status == "planned"


def test_a_friendly_act_lends_no_target_to_a_sanction():
    # praise is no hostile act: the sanction's target stays unknown, so no event
    evs = events("Britain praised Ukraine and pledged to impose sanctions.")
    assert not [e for e in evs if e.type == "SANCTION"]


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        (
            "A small group led by Senator Bob Corker is introducing a new bill to impose sanctions on Iran.",
            "SANCTION",
            "Bob Corker",
            "Iran",
        ),
        (
            "A delegation headed by Foreign Minister Dmytro Kuleba met Chinese officials in Beijing.",
            "CONSULT",
            "Dmytro Kuleba",
            "China",
        ),
    ],
)
def test_a_group_led_by_someone_acts_through_its_leader(text, etype, source, target):
    found(text, etype, source, target)


def test_victims_of_a_country_are_its_civilians_not_its_state():
    ev = found(
        "Russian troops killed three Ukrainian civilians in Bucha.",
        "ASSAULT",
        "Russia",
        "Ukrainian civilians",
    )
    assert "Ukraine" not in ev.target  # the people were harmed, not the state
    found(
        "Turkish police detained 12 Turkish journalists in Istanbul.",
        "COERCE",
        "Turkey",
        "Turkish journalists",
    )


def test_an_anti_country_label_is_no_nationality():
    evs = events("Hezbollah killed a prominent anti-Syria journalist in Beirut.")
    assert not [e for e in evs if any("Syria" in t for t in e.target)]


def test_an_aid_package_names_its_giver_as_the_one_blocked():
    # "package" counts nothing here: the EU owning it is the one whose package is blocked
    found(
        "Hungary blocked the EU's 50-billion-euro aid package for Ukraine.",
        "REJECT",
        "Hungary",
        "European Union",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's Air Force shot down 40 drones launched by Russia overnight.",
        "Ukraine's Air Force shot down 20 out of 25 Shahed drones launched by Russia overnight.",
    ],
)
def test_drones_shot_down_were_launched_at_the_defender(text):
    evs = events(text)
    assert not [e for e in evs if e.type == "ASSAULT" and "Ukraine" in e.source]
    found(text, "ASSAULT", "Russia", "Ukraine")


def test_dismissing_an_official_removes_him_dismissing_a_claim_rejects_it():
    found(
        "Zelensky dismissed Commander-in-Chief Valerii Zaluzhnyi on Thursday.",
        "SANCTION",
        "Volodymyr Zelensky",
        "Valerii Zaluzhnyi",
    )
    assert [e.type for e in events("The Kremlin dismissed the allegations as absurd.")] == ["REJECT"]


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("The EU opened accession talks with Ukraine and Moldova.", "CONSULT", "European Union", "Ukraine"),
        ("Russia and Iran sealed a deal on gas supplies.", "AGREE", "Russia", "Iran"),
    ],
)
def test_more_light_verbs_pass_on_to_their_noun(text, etype, source, target):
    found(text, etype, source, target)


def test_a_capital_strikes_for_its_state():
    found("Kyiv struck a Russian oil refinery in Ryazan Oblast.", "ASSAULT", "Kyiv", "Russia")


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Washington hit Beijing with new tariffs.", "SANCTION", "China"),
        ("London attacked the EU's Brexit stance.", "ACCUSE", "European Union"),
        ("China attacked the US decision to sell arms to Taiwan.", "ACCUSE", "United States"),
    ],
)
def test_hitting_with_tariffs_or_attacking_a_stance_is_not_physical(text, etype, target):
    evs = events(text)
    assert not [e for e in evs if e.type == "ASSAULT"]
    assert [e for e in evs if e.type == etype and target in e.target]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Islamic State claimed responsibility for the bombing in Kabul.", "Islamic State", "Afghanistan"),
        ("Hamas claimed responsibility for the rocket attack on Tel Aviv.", "Hamas", "Israel"),
    ],
)
def test_who_claims_an_attack_carried_it_out(text, source, target):
    found(text, "ASSAULT", source, target)


def test_unclaimed_or_denied_attacks_have_no_author():
    assert not [
        e for e in events("No group has claimed responsibility for the attack.") if e.type == "ASSAULT"
    ]
    assert not [e for e in events("The Kremlin denied responsibility for the attack.") if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Biden called Putin a butcher.", "Joe Biden", "Vladimir Putin"),
        ("Zelensky called Putin a war criminal.", "Volodymyr Zelensky", "Vladimir Putin"),
    ],
)
def test_an_insulting_label_accuses(text, source, target):
    found(text, "ACCUSE", source, target)


def test_a_neutral_label_accuses_no_one():
    assert not [e for e in events("The UN called the situation a catastrophe.") if e.type == "ACCUSE"]


def test_joint_war_games_are_military_cooperation():
    found("Russia held war games with Belarus in February.", "COOPERATE", "Russia", "Belarus")


def test_evacuating_civilians_is_no_retreat():
    # PLOVER RETREAT is a concession with material effect (forces withdrawn, prisoners
    # released); a government moving its own civilians out of danger concedes nothing
    text = "Ukraine announced the evacuation of civilians from Pokrovsk on Monday."
    assert not [e for e in extract(text, published="2024-02-05").events if e.type == "RETREAT"]


# --------------------------------------------------------------------------- releases and weapons tests


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Myanmar's junta released 120 prisoners on Monday.", "Myanmar"),
        ("Azerbaijan freed two Armenian soldiers in a prisoner exchange.", "Azerbaijan"),
    ],
)
def test_a_release_of_people_held_is_a_retreat_even_unowned(text, source):
    found_event(events_of(text, "2024-03-05"), text, "RETREAT", source, None)


def test_the_release_of_a_report_is_no_retreat():
    no_event(events_of("Amnesty released a report on Myanmar's prisons.", "2024-03-05"), "RETREAT")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired three short-range missiles into the sea on Thursday.",
        "Pakistan test-fired a nuclear-capable cruise missile on Friday.",
    ],
)
def test_a_missile_test_is_a_show_of_force(text):
    evs = events_of(text, "2024-03-05")
    assert [e.type for e in evs] == ["MOBILIZE"], [(e.type, e.source, e.target) for e in evs]


def test_missiles_fired_at_a_place_are_an_attack():
    text = "Houthi rebels fired two missiles at a tanker in the Red Sea."
    assert "ASSAULT" in [e.type for e in events_of(text, "2024-03-05")]


# --------------------------------------------------------------------------- attacks told in the passive


def test_a_passive_hit_with_one_attacker_of_its_state_is_that_attackers():
    text = "Russian drones struck Odesa on Monday. A Ukrainian grain ship was hit in the port on Wednesday."
    evs = [e for e in events_of(text, "2024-03-08") if e.type == "ASSAULT" and e.date == "2024-03-06"]
    assert evs and "Russia" in evs[0].source and "Ukraine" in evs[0].target, [
        (e.source, e.target, e.date) for e in events_of(text, "2024-03-08")
    ]


def test_a_passive_hit_with_two_attackers_of_its_state_is_nobodys():
    text = (
        "Russian drones struck Odesa on Monday. Belarusian artillery shelled Chernihiv on Tuesday. "
        "A Ukrainian grain ship was hit in the port on Wednesday."
    )
    evs = [e for e in events_of(text, "2024-03-08") if e.type == "ASSAULT" and e.date == "2024-03-06"]
    assert not evs, [(e.source, e.target, e.date) for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan conducted a nuclear test in Balochistan on Friday.",
        "Iran carried out a missile test on Monday.",
    ],
)
def test_a_weapons_test_noun_is_a_show_of_force(text):
    evs = events_of(text, "2024-03-05")
    assert [e.type for e in evs] == ["MOBILIZE"], [(e.type, e.source) for e in evs]


def test_a_test_of_a_law_is_no_show_of_force():
    no_event(events_of("Iran's parliament conducted a test of the new voting law.", "2024-03-05"), "MOBILIZE")


def test_troops_ordered_to_a_country_are_deployed():
    text = "Macron ordered 500 troops to Chad to support local forces."
    found_event(events_of(text, "2024-03-05"), text, "MOBILIZE", "France", "Chad")


def test_sorties_flown_against_targets_are_an_attack():
    text = "Turkish jets flew 30 sorties against PKK targets in northern Iraq."
    found_event(events_of(text, "2024-03-05"), text, "ASSAULT", "Turkey", None)


def test_brokering_is_mediation_not_a_party_to_the_deal():
    # the broker is no party: "Qatar brokered a ceasefire between Israel and Hamas" is mediation
    evs = events_of("Qatar brokered a ceasefire between Israel and Hamas on Monday.", "2024-03-05")
    assert not [e for e in evs if e.type == "AGREE" and "Qatar" in e.source], [
        (e.type, e.source) for e in evs
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Two bombs went off in central Ankara on Saturday morning.",
        "A roadside device exploded near a police post in Quetta.",
    ],
)
def test_a_bomb_going_off_is_an_attack_by_no_one_named(text):
    evs = events_of(text, "2024-03-05")
    assert [(e.type, e.source) for e in evs] == [("ASSAULT", ())], [(e.type, e.source) for e in evs]


@pytest.mark.parametrize(
    "text", ["A gas cylinder exploded in a restaurant in Lagos.", "The ceremony went off without a hitch."]
)
def test_other_things_going_off_are_no_attack(text):
    no_event(events_of(text, "2024-03-05"), "ASSAULT")


def test_a_repeated_invitation_is_a_request():
    text = "Cyprus repeated an invitation to Turkey to resume talks at the United Nations."
    found_event(events_of(text, "2024-03-05"), text, "REQUEST", "Cyprus", "Turkey")
