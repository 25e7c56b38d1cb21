"""Catalogue-wide language checks: what the analysis says reads as an adviser writes it.

Every rendered text (finding titles, details and suggestions, causes, the summary, the
scorecard, the text and Markdown reports) in Dutch and English is checked for bare ids and
English keys, "(s)"/"(en)" plurals, dates in another format than "1 oktober 2026", raw
scores and jargon, calques, and Dutch sentences that start without a capital; and the
jurist's language points of the second review: bare ids (L1), capitalised power names (L2),
capitals and missing articles (L4), raw scores (L5), drawing for organising (L6), decisions
glued on with a colon (L8) and scare quotes (L11).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from mapper import analyse
from mapper.analysis import Analysis
from mapper.report import to_markdown, to_text
from models import Actor, ActorKind, Case, CaseInfo, Practice, RelationKind, Relationship
from models.acceptance import Acceptance
from models.enums import EntityKind
from models.example import example_case
from models.i18n import Lang
from tests.mapper.cases import well_organised

# a form of address or a role written with a capital inside a Dutch sentence (jurist L4)
_CAPITALS = (
    r"(?<=[a-z] )(Mevrouw|Meneer|Buurman|Buurvrouw|Huishouden) "
    r"|\b([Aa]an|[Zz]onder|[Ll]aat|raakt|via|met) "
    r"(Gemeentesecretaris|Manager|Wethouder|Teamleider|Consulent|Dagelijks|Iemand|Onafhankelijke)\b"
)
# "Laat de wethouder Sociaal Domein … . Laat de wethouder Sociaal Domein …" (jurist L-d)
_SAME_ASK = r"\b(Laat|Have) (\S+ \S+ \S+) [^.]*\.\s+\1 \2 "
# "de manager Werk en Inkomen … de manager Werk en Inkomen" in one text (jurist L3)
# ... but a list with a member named for the first time names each in full (rev-jurist19 J6:
# "tussen de wethouder Sociaal Domein en de consulent wijkteam (Sanne)")
_LONG_TWICE = (
    r"\b[Dd]e ([a-z]+ (?:[A-Z][a-z]+ en [A-Z][a-z]+|[a-z]+ \([A-Z][a-z]+\)))(?!\w)"
    r".*(?<! en )(?<!, )(?<! of )\b[Dd]e \1(?!\w)(?! en )(?!, )(?! of )"
)
# "(Mevrouw Jansen)", "(Wethouder Armoede en Schulden)", "(Consulent wijkteam (Sanne), …)"
_IN_BRACKETS = r"\((Mevrouw|Meneer|Wethouder|Consulent|Manager|Teamleider|Fractievoorzitter)\b"
# "Mandaat voor bijzondere bijstand verlenen van de teamleider … aan …" (jurist L2)
_L2 = r"(andaat|achtiging) voor [a-z ]+en van (de|het) [^.]* aan "
# "Wat te organiseren: Verleng …": a suggestion after a colon starts in lower case (issue 11)
_AFTER_COLON = (
    r"Wat te organiseren:\*? (?:Verleng|Spreek|Laat|Maak|Geef|Leg|Organiseer|Zet|Zorg|Vervang|"
    r"Bespreek|Agendeer|Nodig|Verantwoord|Ga|Vraag|Beleg|De|Het|Een)\b"
)
# "Doorbraakafspraak … legt", "van Belastingsamenwerking", "van Wijkverpleegkundige" (N7)
_NO_ARTICLE = (
    r"(?:^|[.;:] |\d )(?:Doorbraakafspraak|Raamovereenkomst|Convenant)\b"
    r"|\b(?:van|met|bij|door|aan|laat) (?:Belastingsamenwerking|Wijkverpleegkundige)\b"
)
# (pattern, why) — each one a thing the reviews found in rendered advice
BAD: list[tuple[str, str]] = [
    (r"\b(mandate|power|need|person|pair|theme):[a-z0-9_]+", "a bare cause id or English key"),
    (r"\w\((s|en)\)", "a '(s)' or '(en)' plural"),
    (r"\b\d{4}-\d{2}-\d{2}\b", "an ISO date (write '1 oktober 2026')"),
    (r"\b\d{2}-\d{2}-\d{4}\b", "a dd-mm-yyyy date (write '1 oktober 2026')"),
    (r"Louvain|\bseed\b", "method jargon"),
    (r"\((0|1)[.,]\d{3}\)", "a raw score in brackets"),
    (
        r"\b(invloed|influence) -?\d\b|\b(houding|stance) -?\d\b|\(-\d( en -?\d)?\)",
        "a raw influence, stance or trust level",
    ),
    (r"getekend|raakt aan:|verliezen ze elkaar|elkaar verliezen", "a calque"),
    (r"\bbehoefte", "'behoefte' for a needed decision"),
    (r"\b[Zz]onder één van\b", "the cut-point sentence (jurist L9)"),
    (r"\b[Tt]eken met wie\b", "tool jargon (jurist L6: 'leg vast')"),
    (r"\b(de|het) (de|het)\b", "a double article"),
    (r"[.!?] (de|het) ", "a Dutch sentence starting in lower case"),
    (r"\b[mna]\d{1,3}\b", "a bare id of a mandate, need or actor (jurist L1)"),
    (r"\b(voor|om) [A-Z][a-zë]+ [a-z]+ [a-z]+en\b", "a capitalised power name mid-sentence (L2)"),
    (_CAPITALS, "a capital or a missing article mid-sentence (L4)"),
    (r" \([−-]?\d( en [−-]?\d)?\)", "a raw score in the advice (L5)"),
    (
        r"\b([Tt]eken (die|dat|vertrouwen|een)|[Ll]eg een lijn|draw (that|a) line)\b",
        "drawing instead of organising (L6)",
    ),
    (
        r"\b(beslissen|doorzetten|behandelt|de casus|uiterste datum|bereikt dat|draagt|decide|"
        r"push through|handles|above the case|deadline): [A-Z‘]",
        "a decision glued on with a colon (L8)",
    ),
    (r"‘[A-Za-z]+’", "scare quotes around one word (L11)"),
    # third round
    (r"\bOok geldig zou\b", "'ook geldig zou' (L-a: only 'ook als het geldig was', if not)"),
    (r"\been niveau\b", "'een niveau' for 'één niveau' (L-c)"),
    (r"\b(1[1-9]|20) (oorzaken|causes)\b", "a count of causes up to twenty in figures (L-c)"),
    (r"\bhet (dagelijks|algemeen) bestuur [A-Z]", "a body of an organisation without 'van' (L4)"),
    # issue 11, after the third round
    (r"\bop het mandaat van [^()]+\(ondermandaat", "a sub-mandate read as the grantor's (L-b)"),
    (_SAME_ASK, "the same person asked twice in a row (L-d: 'Laat de wethouder … en …')"),
    (_LONG_TWICE, "a long role named in full twice in one text (L3: then by its role alone)"),
    (_IN_BRACKETS, "a role with a capital in brackets (L4: '(mevrouw Jansen)')"),
    (r"\b(Mandaat aan|Ondertekening voor) [A-Z][a-z]", "a role with a capital in a heading (L4)"),
    (r"\bzij (blijft|blijven) herleidbaar", "'zij' for a resident of either sex"),
    (r"\bcollege van (als|aan|ondertekenen)\b|\bcollege van[.,]", "a name cut short"),
    (_L2, "'mandaat voor X verlenen van A aan B' (L2: 'het mandaat om X te verlenen dat A …')"),
    # fourth round (jurist N7, new user 11, issue 11's open list)
    (_AFTER_COLON, "a capital after 'Wat te organiseren:' (issue 11)"),
    (r"\b[Dd]it houdt [^.]* op\b", "'Dit houdt … op', a calque (new user, fourth round 11)"),
    (r"Spreek af bij wie [^.]*\..*\bSpreek af bij wie", "two 'Spreek af bij wie' sentences"),
    (r"\bAlle twee\b|\bAll two\b", "'Alle twee' for 'Beide' (N7)"),
    (_NO_ARTICLE, "an agreement or organisation named without its article (N7)"),
    (r"\bde woningcorporatie Thuisplus", "a proper name in lower case (new user, fourth round 11)"),
    # fifth round (jurist J13)
    (
        r"\bAlle (drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) relaties\b",
        "'Alle drie relaties' for 'Alle drie de relaties' (J13)",
    ),
]
DUTCH_ONLY = {
    _NO_ARTICLE,
    r"\bde woningcorporatie Thuisplus",
    _AFTER_COLON,
    r"\b[Dd]it houdt [^.]* op\b",
    r"Spreek af bij wie [^.]*\..*\bSpreek af bij wie",
    r"[.!?] (de|het) ",
    r"\b(de|het) (de|het)\b",
    r"\bbehoefte",
    _CAPITALS,
    r"\been niveau\b",
    r"\bhet (dagelijks|algemeen) bestuur [A-Z]",
    _LONG_TWICE,
    _IN_BRACKETS,
    r"\bzij (blijft|blijven) herleidbaar",
    _L2,
}


def _texts(result: Analysis, lang: Lang) -> Iterator[tuple[str, str]]:
    for f in (*result.findings, *result.structure):
        for part in ("title", "detail", "suggestion"):
            yield f"{f.id}.{part}", getattr(f, part)(lang)
    for c in result.causes:
        yield f"{c.id}.title", c.title(lang)
        yield f"{c.id}.detail", c.detail(lang)
        yield f"{c.id}.suggestion", c.suggestion(lang)
        for i, e in enumerate(c.evidence):
            yield f"{c.id}.evidence[{i}]", e(lang)
    yield "summary", result.summary.text(lang)
    for row in result.scorecard:
        yield f"scorecard[{row.building_block}]", row.summary(lang)
    for r in result.returned:
        yield f"returned {r.finding.id}", r.why(lang)
    # the reports, without the codes and ids they name in brackets on purpose
    for name, text in (("text", to_text(result, lang)), ("markdown", to_markdown(result, lang))):
        yield name, re.sub(r"\(`?[A-Z_]+(:[^)`]*)?`?\)|\([a-z]+ [0-9, en]+\)", "", text)


def _problems(result: Analysis) -> list[str]:
    out = []
    langs: tuple[Lang, ...] = ("nl", "en")
    for lang in langs:
        for where, text in _texts(result, lang):
            for pattern, why in BAD:
                if lang == "en" and pattern in DUTCH_ONLY:
                    continue
                if pattern == _LONG_TWICE and where in ("text", "markdown"):
                    continue  # a report names an actor once per finding
                m = re.search(pattern, text)
                if m:
                    out.append(
                        f"{lang} {where}: {why}: …{text[max(0, m.start() - 40) : m.end() + 20]}…"
                    )
    return out


_TEMPLATES = ("debt_eviction_case", "wmo_case", "youth_care_case")
# the analyses read, by name: each made when its test runs (issue 15: made at collection they
# were analysed in every worker, whichever ran the tests)
_VARIANTS = [
    "example",
    "example without reference date",
    *(f"example, {practice.value}" for practice in Practice),
    "example with odd parts",
    "well organised",
    # the templates' role names ("Huishouden met schulden", "Onafhankelijke
    # cliëntondersteuner") take their article in running text (jurist L4)
    *(f"template {name}" for name in _TEMPLATES),
    "empty",
]


def _variant(name: str) -> Analysis:
    case = example_case()
    if name == "example":
        return analyse(case)
    if name == "example without reference date":
        parts = {k: list(case.collection(k)) for k in _kinds()}
        return analyse(Case.build(replace(case.info, as_of=None), parts))
    for practice in Practice:
        if name == f"example, {practice.value}":
            return analyse(case, practice=practice)
    if name == "example with odd parts":
        # a lapsed acceptance, an actor drawn twice, a self-loop, an isolated actor
        first = case.actors[0]
        case.add(EntityKind.ACTOR, replace(first, id="twice", position=None))
        case.add(EntityKind.ACTOR, Actor("alone", "Beleidsmedewerker", ActorKind.PROFESSIONAL))
        loop = Relationship("loop", first.id, first.id, RelationKind.TRUST)
        case.add(EntityKind.RELATIONSHIP, loop)
        fid = analyse(case).findings[0].id
        case.add(EntityKind.ACCEPTANCE, Acceptance("acc1", fid, "Bewust", until=date(2026, 1, 1)))
        return analyse(case)
    if name == "well organised":
        return analyse(well_organised())
    if name.startswith("template "):
        from models.templates import debt_eviction, wmo, youth_care

        made = {
            "debt_eviction_case": debt_eviction.debt_eviction_case,
            "wmo_case": wmo.wmo_case,
            "youth_care_case": youth_care.youth_care_case,
        }
        return analyse(made[name.removeprefix("template ")]())
    assert name == "empty", name
    return analyse(Case.from_parts(CaseInfo("Leeg")))


def _kinds() -> list[EntityKind]:
    from models.fields import KINDS

    return list(KINDS)


@pytest.mark.parametrize("name", _VARIANTS)
def test_the_example_reads_as_an_adviser_writes(name: str) -> None:
    problems = _problems(_variant(name))
    assert problems == [], name + "\n" + "\n".join(problems)


def test_the_checks_catch_what_they_name() -> None:
    """Each pattern fails on the text the reviews quoted (so the test can fail)."""
    quoted = [
        "(bouwsteen 4; mandate:m7)",
        "Alle 1 relatie(s)",
        "gold tot en met 2026-06-30",
        "gold tot en met 30-06-2026",
        "Gemeenschapsdetectie (Louvain, seed 0)",
        "de hoogste tussenpositie (0,549)",
        "heeft invloed 3 en houding -1",
        "geen vertrouwen getekend",
        "de behoefte",
        "Zonder één van het college van B&W, de wethouder valt het netwerk uiteen",
        "Teken met wie de consulent samenwerkt",
        "via de de manager",
        "Zo is het. de manager beslist.",
        "de consulent wijkteam (Sanne) (m4) is een ondermandaat",
        "Mandaat voor Bijzondere bijstand verlenen van de teamleider",
        "Laat Dagelijks bestuur Kredietbank Rivierland beslissen",
        "de consulent wantrouwt de manager (-1)",
        "Spreek af hoe de manager het college informeert, en teken die lijn.",
        "Niemand kan doorzetten: GGZ-behandeling starten",
        "Niemand dicht bij de casus heeft ‘doorzettingsmacht’",
        "Ook geldig zou het mandaat hooguit € 1.000 dekken",
        "Laat het college een niveau ondermandaat meer toestaan",
        "De analyse vindt 12 oorzaken, waarvan vijf kritiek",
        "het dagelijks bestuur Kredietbank Rivierland",
        "steunt de consulent wijkteam (Sanne) op het mandaat van de teamleider Wijkteam Noord "
        "(ondermandaat niet toegestaan, art. 10:9 lid 1 Awb)",
        "Laat de wethouder Sociaal Domein een perslijn opstellen over het beleid. Laat de "
        "wethouder Sociaal Domein de raad informeren over het beleid.",
        "Is de consulent wijkteam (Sanne) afwezig of mist die het, dan wacht de consulent "
        "wijkteam (Sanne).",
        "Wie de bedoeling steunt (Wethouder Armoede en Schulden) heeft geen bevoegdheid",
        "1.1 Mandaat aan Gemeentesecretaris",
        "Deze nota noemt de inwoner niet bij naam; zij blijft herleidbaar voor wie de casus kent.",
        "alleen het college van als oorspronkelijke mandaatgever bepaalt",
        "Mandaat voor bijzondere bijstand verlenen van de teamleider Wijkteam Noord aan de "
        "consulent wijkteam (Sanne) is een ondermandaat.",
        "Wat te organiseren: Verleng het Convenant voorkomen huisuitzettingen Rivierstad 2024",
        "Dit houdt één benodigd besluit op: ‘Ontruiming aanhouden’.",
        "Spreek af bij wie Belastingsamenwerking met een signaal terecht kan, en leg dat vast. "
        "Spreek af bij wie het deurwaarderskantoor met een signaal terecht kan, en leg dat vast.",
        "Alle twee relaties tussen de ambtelijke organisatie en de ketenpartners lopen via",
        "Doorbraakafspraak schulden Rivierland 2025 legt een besluit van Belastingsamenwerking bij",
        "‘Ontruiming aanhouden’ is een besluit van de woningcorporatie Thuisplus",
        "Alle drie relaties tussen de ambtelijke organisatie en de ketenpartners lopen via",
    ]
    for text, (pattern, _why) in zip(quoted, BAD, strict=True):
        assert re.search(pattern, text), (pattern, text)


def test_a_void_mandate_gets_no_advice_on_instructions() -> None:
    """Jurist, third round M6: a mandate without a legal root is void; advising that its
    grantor give instructions under art. 10:6 Awb treats it as valid."""
    from models import Mandate

    case = Case.from_parts(
        CaseInfo("t"),
        [Actor("m", "Manager"), Actor("p", "Consulent")],
        mandates=[Mandate("m1", "m", "p", "spend_budget")],
    )
    codes = {f.code for f in analyse(case).findings}
    assert "MANDATE_NO_LEGAL_ROOT" in codes
    assert "MANDATE_NO_INFO_LINE" not in codes
