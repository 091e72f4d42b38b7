"""Statutory references normalised to "<provision> of the <Act>", with "the Act" resolved."""

from __future__ import annotations

from oversight.extract.common.statutes import find_statutes


def test_provisions_and_bare_acts_are_listed_separately() -> None:
    text = ("This report is made under Part 3 of Schedule 5 of the Police Reform and Social Responsibility Act 2011.\n"
            "In accordance with the Police Reform and Social Responsibility Act 2011 the Panel reviewed it.")
    assert find_statutes(text) == [
        "Part 3 of Schedule 5 of the Police Reform and Social Responsibility Act 2011",
        "Police Reform and Social Responsibility Act 2011",
    ]


def test_the_act_is_resolved_to_its_definition_as_written() -> None:
    text = ("under the Police Reform and Social Responsibility Act 2022 (the “Act”) I must respond. This letter is "
            "my response in accordance with Schedule 5(5) of\nthe Act.")
    assert find_statutes(text) == [
        "Police Reform and Social Responsibility Act 2022",
        "Schedule 5(5) of the Police Reform and Social Responsibility Act 2022",
    ]


def test_names_with_commas_brackets_and_instruments_need_years() -> None:
    text = ("powers under the Anti-Social Behaviour, Crime and Policing Act 2014 and the Crime and Disorder "
            "(Overview and Scrutiny) Regulations 2009; a Sexual Harm Prevention Order; Public Order policing; "
            "sections 44 and 45 of the Police Act 1996; section 136 of the Mental Health Act.")
    assert find_statutes(text) == [
        "Anti-Social Behaviour, Crime and Policing Act 2014",
        "Crime and Disorder (Overview and Scrutiny) Regulations 2009",
        "sections 44 and 45 of the Police Act 1996",
        "section 136 of the Mental Health Act",
    ]


def test_headings_and_abbreviated_citations() -> None:
    assert find_statutes("BACKGROUND DOCUMENTS Police Act 1996") == ["Police Act 1996"]
    assert find_statutes("duties [PRSRA, Ss11-14; and Schedule 11] apply") == ["PRSRA, Ss11-14; and Schedule 11"]
    assert find_statutes("The Act requires nothing here; act now.") == []
