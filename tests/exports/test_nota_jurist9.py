"""The eighth jurist's remaining points on the nota (docs/reviews/2026-12-03-seventh-round.md):
N5, delegation is no route to an official who is no bestuursorgaan (art. 10:13 Awb), and what
an agreement cannot do is said once per section."""

from __future__ import annotations

from exports.nota import build_nota
from mapper import analyse
from mapper.codes import Code
from models.example import example_case
from models.i18n import Lang
from tests.exports.jurist7_maps import map_b


def _sections(doc: object, lang: str = "nl") -> dict[str, str]:
    """The nota's sections 5.x by their number, as text."""
    out: dict[str, list[str]] = {}
    key = ""
    for p in doc.paragraphs:  # type: ignore[attr-defined]
        if p.style.name.startswith("Heading"):
            key = p.text.split(" ", 1)[0]
        out.setdefault(key, []).append(p.text)
    return {k: "\n".join(v) for k, v in out.items()}


def test_n5_delegation_to_the_manager_is_no_route() -> None:
    found = {f.code: f for f in analyse(example_case()).findings}
    over = found[Code.AGREEMENT_OVER_PUBLIC_POWER]
    assert (
        "delegatie is hier geen weg: die vraagt een wettelijk voorschrift "
        "dat erin voorziet (art. 10:15 Awb)" in (over.detail.nl)
    )
    assert (
        "delegation is no route here: it needs a statutory provision "
        "that provides for it (Awb 10:15)" in over.detail.en
    )
    assert "10:13" not in over.detail.nl  # jurist 12b M3: art. 10:15, not 10:13


def test_n5_what_an_agreement_cannot_do_is_said_once_per_section() -> None:
    for case in (example_case(), map_b()):
        pairs: tuple[tuple[Lang, str], ...] = (
            ("nl", "Een afspraak kan"),
            ("en", "An agreement can"),
        )
        for lang, words in pairs:
            sections = _sections(build_nota(case, lang=lang))
            counts = {k: v.count(words) for k, v in sections.items() if k.startswith("5.")}
            assert set(counts.values()) <= {0, 1}, counts
            assert 1 in counts.values()


def test_a_finding_told_in_a_joined_cause_is_not_listed_again() -> None:
    analysis = analyse(example_case())
    doc = build_nota(example_case(), lang="nl")
    text = "\n".join(p.text for p in doc.paragraphs)
    for cause in analysis.causes:
        for f in analysis.findings_of(cause):
            if f.id in cause.told:
                assert f"{f.title.nl} — " not in text, f.code
    joined = [c for c in analysis.causes if len(c.told) > 1]
    assert joined, "the example has joined causes"


def test_the_other_body_still_explains_itself_without_an_agreement() -> None:
    from tests.mapper.test_jurist6_map_c import map_c

    [f] = [f for f in analyse(map_c()).findings if f.code == "NEED_OTHER_BODY_DECIDES"]
    assert "Het besluit bij een ander leggen kan met mandaat" in f.detail.nl
    assert not f.detail.nl.endswith(" ")


def test_n7_a_home_visit_needs_consent_and_a_note_ends_once() -> None:
    from mapper.checks import rules
    from mapper.context import Context
    from models import Case, CaseInfo, Rule, RuleOrigin
    from tests.mapper.test_jurist7_texts import COLLEGE, HANDLER, POWER

    rule = Rule(
        "hb",
        "Huisbezoek bij elke aanvraag van een jongere",
        owner="college",
        applies_to=("bb",),
        origin=RuleOrigin.MOTION,
        burden=1,
        origin_note="Motie na raadsdebat over fraude.",
    )
    case = Case.from_parts(CaseInfo("t"), [HANDLER, COLLEGE], powers=[POWER], rules=[rule])
    (f,) = [f for f in rules.check(Context.of(case)) if f.code == "RULE_RISK_REFLEX"]
    assert "(Motie na raadsdebat over fraude)." in f.detail.nl
    assert "Een huisbezoek vraagt toestemming van de aanvrager" in f.detail.nl
    assert "art. 8 EVRM" in f.detail.nl
    assert "art. 8 ECHR" in f.detail.en
    for text in (f.detail.nl, f.detail.en):
        assert ".)." not in text


def test_n7_the_example_s_bracketed_note_has_one_full_stop() -> None:
    for f in analyse(example_case()).findings:
        assert ".)." not in f.detail.nl, f.code
        assert ".)." not in f.detail.en, f.code


def test_w13_the_articles_list_what_the_text_cites_with_letter_and_dotted_number() -> None:
    from exports.citations import used_articles

    nl = "(art. 6:2 onder b Awb); binnen de wettelijke termijn (art. 2.3.5 lid 1 Wmo 2015)"
    en = "(Awb 6:2(b)); within the statutory term (Wmo 2015 art. 2.3.5(1))"
    assert used_articles([nl], "nl") == "art. 6:2 onder b Awb; art. 2.3.5 lid 1 Wmo 2015"
    assert used_articles([en], "en") == "art. 6:2(b) Awb; art. 2.3.5(1) Wmo 2015"
    langs: tuple[Lang, ...] = ("nl", "en")
    for lang in langs:
        text = "\n".join(p.text for p in build_nota(map_b(), lang=lang).paragraphs)
        assert "art. 2 Wmo 2015" not in text
        assert ("art. 6:2 onder b Awb" if lang == "nl" else "art. 6:2(b) Awb") in text
