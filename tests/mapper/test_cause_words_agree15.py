"""A merged suggestion that names several holders puts its verb in the plural (issue 14,
rev-jurist15 J18): the 2,000-actor nota said "de directeur 2.2, de directeur 3.1, de directeur
4.1 en 63 anderen adviseert en zorgt" and "moet de directeur 4.2, … en zes anderen zelf
beslissen"."""

from __future__ import annotations

from mapper.sentence_merge import one_name


def test_a_list_after_a_semicolon_advises_and_sees_to_it() -> None:
    sentences = [
        f"Leg het voor aan het college: het college stelt de koers vast; de directeur {i} "
        "adviseert en zorgt dat die koers de behandelaar bereikt."
        for i in range(1, 8)
    ]
    [out] = one_name(sentences, "nl")
    assert out.endswith(
        "; de directeur 1, de directeur 2, de directeur 3 en vier anderen adviseren en zorgen "
        "dat die koers de behandelaar bereikt."
    )


def test_must_comes_first_in_the_plural() -> None:
    sentences = [
        f"Moet de directeur {i} zelf beslissen, laat dan mandaat verlenen." for i in (1, 2)
    ]
    assert one_name(sentences, "nl") == [
        "Moeten de directeur 1 en de directeur 2 zelf beslissen, laat dan mandaat verlenen."
    ]


def test_one_name_keeps_the_singular() -> None:
    sentences = ["Moet de directeur 1 zelf beslissen, laat dan mandaat verlenen.", "Stop."]
    assert one_name(sentences, "nl") == sentences


def test_up_to_twenty_others_are_written_in_words() -> None:
    # "19 anderen" beside "negen anderen" in one paragraph (jurist 15, J18)
    sentences = [f"Bel de consulent {i} vandaag." for i in range(1, 23)]
    [out] = one_name(sentences, "nl")
    assert out == "Bel de consulent 1, de consulent 2, de consulent 3 en negentien anderen vandaag."
    [more] = one_name([*sentences, "Bel de consulent 23 vandaag."], "nl")
    assert "en 20 anderen" not in more
    assert "en twintig anderen" in more
