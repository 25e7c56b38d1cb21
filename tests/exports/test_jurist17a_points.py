"""The 2,000-actor nota a jurist can sign (issue 14, rev-jurist16 N3, N6–N9, N11, N12 and
rev-user16 U5): known answers on the benchmark's 2,000 map, each failing on the code before."""

from __future__ import annotations

from exports.risks import Risk, risks
from tests.exports.big_map import mapped as _mapped


def _risk(name: str) -> Risk:
    case, analysis = _mapped(2000)
    [risk] = [r for r in risks(case, analysis) if r.name.nl == name]
    return risk


def test_numbers_up_to_twenty_are_words_in_running_text() -> None:
    # N9, fails on the old code: "horen er 18 bij de raden van andere gemeenten", "18
    # invloedrijke tegenstanders … en 15 anderen"
    _, analysis = _mapped(2000)
    [cause] = [c for c in analysis.causes if c.id == "theme:political"]
    assert (
        "Van de 310 invloedrijke tegenstanders horen er achttien bij de raden van andere "
        "gemeenten en twee bij de pers en de media; die vragen een eigen aanpak, de andere 290 "
        "een gesprek." in cause.detail.nl
    ), cause.detail.nl
    assert "Of the 310 influential opponents, eighteen belong to" in cause.detail.en
    lines = [t for t in _risk("Communicatie").lines if "gemeenteraad 2" in t.nl]
    assert [t.nl[:100] for t in lines] == [
        "Achttien invloedrijke tegenstanders in de raden van andere gemeenten (de gemeenteraad "
        "2, de gemeente"
    ]
    assert "en vijftien anderen)" in lines[0].nl
    assert lines[0].en.startswith("Eighteen influential opponents in the councils of other")
    assert "and fifteen others)" in lines[0].en


def test_no_risk_line_cites_articles_that_do_not_state_its_risk() -> None:
    # N12, fails on the old code: "De ruimte om af te wijken blijft aan de top (art. 10:11 Awb;
    # art. 35 Participatiewet)" in Risico's, and §5.9's "Relevante artikelen" listed art. 35
    # Participatiewet, which only the remedy names as an example
    from exports.citations import cause_articles

    lines = [t for t in _risk("Juridisch").lines if "ruimte om af te wijken" in t.nl]
    assert lines == []
    assert not [t for t in _risk("Juridisch").lines if "Participatiewet" in t.nl]
    _, analysis = _mapped(2000)
    [cause] = [c for c in analysis.causes if c.title.nl.startswith("De ruimte om af te wijken")]
    assert cause_articles(analysis, cause, "nl") == "art. 10:11 Awb"
    assert cause_articles(analysis, cause, "en") == "art. 10:11 Awb"
    assert "art. 35 Participatiewet" in (cause.suggestion.nl if cause.suggestion else "")


def test_one_ask_per_college_in_the_remedy_of_sub_mandates_not_allowed() -> None:
    # rev-user16 U5, fails on the old code: "Laat het college B&W 4 in zijn mandaat ondermandaat
    # tot en met de consulent 4.7 toestaan (drie niveaus), … Laat het college B&W 4 in zijn
    # mandaat één niveau ondermandaat meer toestaan, of het mandaat rechtstreeks aan de
    # teamleider 4.0.1 verlenen." Both hang under the college's mandate to the directeur 4.1.
    _, analysis = _mapped(2000)
    [cause] = [c for c in analysis.causes if c.id == "power:deviate_from_rule"]
    said = cause.suggestion.nl if cause.suggestion else ""
    # another college is asked, not had act (session 18, rev-jurist17 R4)
    assert said.count("Vraag het college B&W 4 ") == 1, said
    assert (
        "Vraag het college B&W 4 in zijn mandaat ondermandaat tot en met de consulent 4.7 "
        "toe te staan (drie niveaus), of het mandaat rechtstreeks aan de consulent 4.7 en de "
        "teamleider 4.0.1 te verlenen." in said
    ), said  # a list names each in full, not "aan de consulent en de …" (rev-jurist19 J6)
    en = cause.suggestion.en if cause.suggestion else ""
    assert en.count("Ask the College B&W 4 ") == 1, en
    # the Consulent 4.7 again by its name, not "the consultant" (rev-jurist17b N6)
    assert "or to grant the mandate to the Consulent 4.7 and the Teamleider 4.0.1 directly." in en


def _cause(prefix: str) -> tuple[str, str, str, str]:
    _, analysis = _mapped(2000)
    [c] = [c for c in analysis.causes if c.id.startswith(prefix)]
    s = c.suggestion or c.detail
    return c.detail.nl, c.detail.en, s.nl, s.en


def test_a_grouped_text_names_the_body_it_means() -> None:
    # N7, each fails on the old code: §5.17 "het college B&W 2 kan ze bekrachtigen. Hetzelfde
    # geldt voor … de directeur 1.2 en 48 anderen" (the directeur's mandate is college B&W 1's);
    # §5.18 "of laat het college meer niveaus toestaan" after 43 colleges; §5.4 "leg …
    # ter bekrachtiging voor aan het college" after the college B&W 1 was named
    nl, en, _, _ = _cause("group:MANDATE_GENERAL_NOT_IN_WRITING")
    assert (
        "; het bestuursorgaan met de bevoegdheid (hier het college B&W 2) kan ze bekrachtigen. "
        in nl
    ), nl
    assert "; the public body that holds the power (here the College B&W 2) can ratify them." in en
    _, _, said, _ = _cause("group:MANDATE_SUBMANDATE_WIDENED")
    assert said == (
        "Breng het ondermandaat in lijn met de mandaten die het college B&W 1, het college B&W 3, "
        "het college B&W 4 en 40 anderen verleenden, of vraag elk college meer niveaus toe te "
        "staan."
    )
    _, _, said, en = _cause("power:spend_budget")
    # asked, not had act (session 18, rev-jurist17 R4)
    assert said.endswith(
        "Vraag het college B&W 8 het mandaat aan de directeur 8.2 voor ‘budget besteden’ "
        "opnieuw te verlenen, de besluiten die sinds 2 januari 2024 op deze keten zijn genomen, "
        "te inventariseren en de besluiten die geen geldig mandaat dekte, te bekrachtigen."
    ), said
    assert "ter bekrachtiging voor aan het college." not in said
    assert en.endswith(
        "Ask the College B&W 8 to grant the mandate to the Directeur 8.2 for ‘spend budget’ "
        "again, to list the decisions taken on this chain since 2 January 2024 and to ratify "
        "those no valid mandate covered."
    ), en


def test_the_ombudsman_report_is_not_the_consulents() -> None:
    # N8, fails on the old code: "de ombudsman 318 brengt verslag uit aan het bestuursorgaan zelf
    # (art. 9:36 Awb) … Doe hetzelfde bij de consulent 6.4, de consulent 35.7 en vier anderen"
    # read as if consulenten report under art. 9:36 Awb
    _, _, said, en = _cause("group:SIGNAL_SINGLE_PERSON")
    assert (
        "spreek af hoe dat verslag de betrokken bestuurder bereikt. Doe hetzelfde waar de route "
        "van een ombudsman of toezichthouder via de consulent 6.4, de consulent 35.7 en vier "
        "anderen loopt. Geef de inwoner 118 een tweede route" in said
    ), said
    assert "Doe hetzelfde bij de consulent 4.15, de consulent 11.4 en twaalf anderen." in said
    assert (
        "Do the same where the route of an ombudsman or supervisor runs through the Consulent "
        "6.4, the Consulent 35.7 and four others." in en
    ), en


def test_signing_authorisations_by_non_bodies_are_one_group_counted_by_role() -> None:
    # N11, fails on the old code: D.4 (39 pairs) and D.5 ("De directeur 49.1 …; hetzelfde geldt
    # voor de directeur 49.2 en de manager 49.0.0") were one legal point in two groups, D.4
    # named only directeuren, and "(art. 10:9 Awb)" for passing signing on within a mandate
    _, analysis = _mapped(2000)
    groups = [f for f in analysis.findings if f.code == "MANDATE_SIGNING_NOT_BY_BODY"]
    assert len(groups) == 1
    [group] = groups
    # 42 before rev-jurist19b N3, 32 before rev-jurist19c J1 (m20, m652, m666, m708: their
    # directeur's own mandate allowed them and has expired since, a broken chain now)
    assert len(group.members) == 28
    assert group.title.nl.endswith("en voor 25 andere paren")
    assert (
        "Het gaat om ondertekeningsmachtigingen die drie directeuren, dertien managers en "
        "twaalf teamleiders gaven; geen van hen is een bestuursorgaan." in group.detail.nl
    )
    assert "given by three directors, thirteen managers and twelve team leaders;" in (
        group.detail.en
    )
    assert "binnen een mandaat dat dat toestaat (vgl. art. 10:9 lid 1 Awb)." in group.detail.nl
    assert "within a mandate that allows it (compare Awb 10:9(1))." in group.detail.en


def test_the_legal_risks_count_expired_broken_and_civil_servants_grants() -> None:
    # N6, fails on the old code: Juridisch had no line for the 146 expired mandates, the
    # mandates on a broken chain (D.2) or the signing authorisations a civil servant gave
    lines = [t.nl for t in _risk("Juridisch").lines]
    assert lines[1:5] == [
        # 140 with the consulent 20.9's since rev-jurist17 R5
        "Besluiten die sinds 2 januari 2024 zijn genomen op een van de 140 verlopen mandaten en "
        "ondermandaten (waaronder dat van de consulent 20.9) en die geen ander geldig mandaat "
        "dekte, zijn onbevoegd genomen; zolang "
        "het bestuursorgaan met de bevoegdheid ze niet bekrachtigt, kunnen ze in bezwaar of "
        "beroep sneuvelen.",
        "Wie sinds 2 januari 2024 een besluit ondertekende op een van de zeven verlopen "
        "ondertekeningsmachtigingen, was daartoe niet meer gemachtigd (art. 10:11 Awb).",
        # 145 and 117 before rev-jurist19c J1: four signing authorisations under an expired
        # mandate of their directeur rest on a broken chain now
        "Ook de 149 mandaten en ondermandaten die 117 gemandateerden verleenden terwijl hun "
        "eigen mandaat niet geldig is, geven niets door; besluiten die erop zijn genomen en die "
        "geen ander geldig mandaat dekte, zijn evenmin bevoegd genomen.",
        # only those no mandate allowed (rev-jurist19c J2: "Ambtenaren, niet het
        # bestuursorgaan, gaven 32" still stated the rule before rev-jurist19b N3)
        "Wie een besluit ondertekende op een van de 28 ondertekeningsmachtigingen die "
        "ambtenaren gaven zonder dat hun mandaat dat toestond, was daartoe niet gemachtigd (art. "
        "10:11 Awb); dat kan in bezwaar of beroep tegen dat besluit worden aangevoerd.",
    ]
    en = [t.en for t in _risk("Juridisch").lines]
    assert en[1].startswith("Decisions taken since 2 January 2024 under one of the 140 expired")
    assert en[4].startswith(
        "Whoever signed a decision under one of the 28 signing authorisations that officials "
        "gave without their mandate allowing it was not authorised to sign it (Awb 10:11)"
    )
    assert len(lines) <= 10  # chapter 6 shows ten at most


def test_a_split_names_who_and_a_college_speaks_to_its_own_directors() -> None:
    # N3, fails on the old code: "Verdeeldheid aan de top: het college B&W 1 en de directeur 2.2
    # trekken verschillende kanten op; … en 63 anderen" for 36 directeuren, 19 managers and 11
    # teamleiders of other organisations, and "leg het verschil voor aan het college B&W 1: het
    # college … legt de ruimte om af te wijken vast in zijn beleidsregels en het mandaatbesluit"
    _, analysis = _mapped(2000)
    [cause] = [c for c in analysis.causes if c.id == "theme:top"]
    assert cause.title.nl == (
        "De directeur 2.2 van een andere organisatie staat anders tegenover de bedoeling dan het "
        "college B&W 1; hetzelfde geldt voor de directeur 3.1, de directeur 4.1 en 52 anderen"
    )
    assert (
        "De directeur werkt bij Gemeente 2 en volgt de koers die het college B&W 2 vaststelt, "
        "niet die van het college B&W 1;" in cause.detail.nl
    ), cause.detail.nl
    assert cause.detail.nl.endswith(
        "Het gaat om 36 directeuren en 19 managers van andere organisaties."
    ), cause.detail.nl
    said = cause.suggestion.nl if cause.suggestion else ""
    assert said == (
        "Stem de koers in de casus af met het college B&W 2, het college B&W 3, het college B&W "
        "4 en 35 anderen. Het college B&W 1 stelt alleen voor de eigen organisatie de koers vast."
    )
    assert "teamleider" not in cause.detail.nl  # a teamleider is no senior civil service
    assert "Verdeeldheid aan de top" not in cause.title.nl
    en = cause.suggestion.en if cause.suggestion else ""
    assert en.startswith("Align the course in the case with the College B&W 2, the College B&W 3")
    assert cause.title.en.startswith(
        "The Directeur 2.2 of another organisation views the intent otherwise than the College"
    )


def test_beslispunt_6_says_signed_on_an_expired_signing_authorisation() -> None:
    # fails on the old code: "de besluiten die sindsdien op een verlopen mandaat zijn genomen"
    # while seven of the 146 are ondertekeningsmachtigingen and 100 ondermandaten
    from exports.decisions import decision_points

    case, analysis = _mapped(2000)
    [nl] = [p for p in decision_points(case, analysis, "nl") if "genoemde 143" in p]
    # the other bodies list and ratify their own decisions since rev-jurist17 R4, in a point of
    # its own since rev-jurist18 K3 (tests/exports/test_jurist18d_points.py)
    assert nl.endswith(
        "ondertekeningsmachtigingen zijn genomen of ondertekend, te inventariseren en de "
        "besluiten die geen geldig (onder)mandaat dekte of die zonder geldige machtiging zijn "
        "ondertekend, te bekrachtigen"
    ), nl
    [en] = [p for p in decision_points(case, analysis, "en") if "named in 8 and 9" in p]
    assert "the decisions taken or signed under the 143 expired mandates, sub-mandates" in en


def test_the_expired_list_shows_each_kind_of_holder_first() -> None:
    # §5.16's list order, fails on the old code: "Hetzelfde geldt voor de consulent 4.7, de
    # consulent 4.16, … de consulent 13.2 en 131 anderen" beside "39 mandaten die een
    # bestuursorgaan zelf verleende" (to directeuren), as beslispunt 6 already names them
    _, analysis = _mapped(2000)
    [cause] = [c for c in analysis.causes if c.id.startswith("group:MANDATE_EXPIRED")]
    assert (
        "Hetzelfde geldt voor de directeur 2.1, de manager 4.1.0, de teamleider 1.0.0, de "
        "consulent 4.7, de consulent 4.16," in cause.detail.nl
    ), cause.detail.nl
    assert "The same holds for the Directeur 2.1, the Manager 4.1.0, the Teamleider 1.0.0," in (
        cause.detail.en
    )
