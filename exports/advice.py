"""What the advice note (nota) and the session deck share: words, pictures, risks.

The nota (:mod:`exports.nota`) and the deck (:mod:`exports.sessie`) render the same
:class:`~mapper.analysis.Analysis`: its ranked causes, ``summary.first``, scorecard and map.
Pictures come from the map as the app draws it when the caller passes ``scene_for`` (a
function that builds a scene for a case, from ``ui``), else from Graphviz, else a plain
drawing (:func:`exports.picture.map_png`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from mapper.analysis import Analysis
from mapper.findings import Cause, Severity, Status, Text
from mapper.wording import count, join, number
from models.case import Case
from models.entities import Need, Position
from models.enums import ActorKind
from models.i18n import Lang, long_date
from models.labels import label

__all__ = [
    "STATUS_RGB",
    "Risk",
    "SceneFactory",
    "W",
    "articles",
    "cause_case",
    "cause_parties",
    "long_date",
    "map_picture",
    "method_paragraphs",
    "money",
    "risks",
    "status_name",
]

SceneFactory = Callable[[Case], Any]

#: Status colours as RGB hex (the Excel report's traffic lights).
STATUS_RGB: dict[Status, str] = {
    Status.RED: "E74C3C",
    Status.AMBER: "F5B041",
    Status.GREEN: "58D68D",
    Status.GREY: "BDBDBD",
}

#: Headings and fixed phrases of the nota and the deck.
W: dict[str, Text] = {
    "advice": Text("Advice", "Advies"),
    "subtitle": Text(
        "The field of forces around the case: where doing what is needed gets stuck",
        "Het krachtenveld rond de casus: waar doen wat nodig is vastloopt",
    ),
    "date": Text("Date", "Datum"),
    "to": Text("To", "Aan"),
    "from": Text("From", "Van"),
    "reference": Text("Reference", "Kenmerk"),
    "subject": Text("Subject", "Onderwerp"),
    "portfolio": Text("Portfolio holder", "Portefeuillehouder"),
    "college": Text("The Municipal Executive", "Het college van burgemeester en wethouders"),
    "fill_in": Text("[name, department]", "[naam, afdeling]"),
    "decisions": Text("Decision points", "Beslispunten"),
    "annex_accepted": Text("Annex D. Accepted risks", "Bijlage D. Geaccepteerde risico's"),
    "finding": Text("Finding", "Bevinding"),
    "reason": Text("Reason", "Reden"),
    "by": Text("Accepted by", "Geaccepteerd door"),
    "decide_intro": Text("The Executive decides:", "Het college besluit:"),
    "as_of": Text("Reference date for mandates", "Peildatum mandaten"),
    "made_with": Text("Prepared with Krachtenveld", "Opgesteld met Krachtenveld"),
    "summary": Text("Summary", "Samenvatting"),
    "first": Text("Do first", "Eerst doen"),
    "todo": Text("What to organise", "Wat te organiseren"),
    "occasion": Text("Occasion", "Aanleiding"),
    "intent": Text("The intent", "De bedoeling"),
    "owner": Text("Owner of the intent", "Eigenaar van de bedoeling"),
    "no_description": Text(
        "The map has no description of the case yet.",
        "De kaart bevat nog geen beschrijving van de casus.",
    ),
    "scorecard": Text("Scorecard", "Scorekaart"),
    "block": Text("Building block", "Bouwsteen"),
    "verdict": Text("Verdict", "Oordeel"),
    "explanation": Text("Explanation", "Toelichting"),
    "map": Text("The field of forces", "Het krachtenveld"),
    "map_caption": Text(
        "The map: actors by kind and sphere, with mandates, trust, accountability and signals.",
        "De kaart: actoren naar soort en wereld, met mandaten, vertrouwen, verantwoording en "
        "signalen.",
    ),
    "no_map": Text("The map has no actors yet.", "De kaart bevat nog geen actoren."),
    "causes": Text("Causes and what to organise", "Oorzaken en wat te organiseren"),
    "no_causes": Text(
        "The analysis finds nothing that keeps the organisation from doing what is needed.",
        "De analyse vindt niets dat de organisatie belet te doen wat nodig is.",
    ),
    "legal": Text("Relevant articles", "Relevante artikelen"),
    "evidence": Text("Evidence", "Onderbouwing"),
    "findings": Text("Findings", "Bevindingen"),
    "blocks": Text("Building blocks", "Bouwstenen"),
    "risks": Text("Risks", "Risico's"),
    "annexes": Text("Annexes", "Bijlagen"),
    "annex_mandates": Text("Annex A. Mandates", "Bijlage A. Mandaten"),
    "annex_actors": Text("Annex B. Actors", "Bijlage B. Actoren"),
    "annex_method": Text("Annex C. How the analysis works", "Bijlage C. Hoe de analyse werkt"),
    "no_mandates": Text("The map has no mandates.", "De kaart bevat geen mandaten."),
    "grantor_holder": Text("Grantor → holder", "Mandaatgever → houder"),
    "power": Text("Power", "Bevoegdheid"),
    "instrument": Text("Instrument", "Instrument"),
    "budget": Text("Budget", "Budget"),
    "valid_until": Text("Valid until", "Geldig tot"),
    "remarks": Text("Remarks", "Opmerkingen"),
    "none": Text("none", "geen"),
    "name": Text("Name", "Naam"),
    "kind": Text("Kind", "Soort"),
    "organisation": Text("Organisation", "Organisatie"),
    "influence": Text("Influence", "Invloed"),
    "interest": Text("Interest", "Belang"),
    "stance": Text("Stance", "Houding"),
    "what_if": Text("What if", "Wat als"),
    "what_if_title": Text("What if {name} is absent?", "Wat als {name} afwezig is?"),
    # a mandate is granted to and by the post, not the person (jurist M7)
    "what_if_posts": Text(
        "The mandates granted under this post stay in force until revoked (Awb 10:8); what "
        "the map loses is the link and the decider. Lay the substitution down in the mandate "
        "decision.",
        "De mandaten die onder deze functie zijn verleend, blijven gelden tot ze worden "
        "ingetrokken (art. 10:8 Awb); wat de kaart verliest, is de schakel en de beslisser. "
        "Leg de vervanging vast in het mandaatbesluit.",
    ),
    "what_if_gained": Text(
        "Without {name}, the analysis finds {n} more:",
        "Zonder {name} vindt de analyse {n} meer:",
    ),
    "what_if_rest": Text("… and {n} more", "… en nog {n}"),
    "what_if_nothing": Text(
        "Without {name}, the analysis finds nothing new.",
        "Zonder {name} vindt de analyse niets nieuws.",
    ),
    "what_if_none": Text(
        "No single actor carries the case: no one person's absence makes new findings.",
        "Geen enkele actor draagt de casus alleen: het wegvallen van één persoon geeft geen "
        "nieuwe bevindingen.",
    ),
    "session": Text("Strategy session", "Strategiesessie"),
}

_METHOD: tuple[Text, ...] = (
    Text(
        "Krachtenveld reads the map as networks: who may decide what (mandates and powers held "
        "by law), who trusts whom, who answers to whom, and where signals travel. It judges the "
        "map under the seven building blocks of doing what is needed.",
        "Krachtenveld leest de kaart als netwerken: wie wat mag besluiten (mandaten en "
        "bevoegdheden op grond van de wet), wie wie vertrouwt, wie aan wie verantwoording "
        "aflegt en waar signalen lopen. Het beoordeelt de kaart langs de zeven bouwstenen van "
        "doen wat nodig is.",
    ),
    Text(
        "Mandates are checked against title 10.1 of the General Administrative Law Act (Awb) on "
        "the reference date: every chain must lead back to the body that holds the power, "
        "sub-mandate only where allowed, a line back to the grantor, consent where needed.",
        "Mandaten worden getoetst aan titel 10.1 van de Algemene wet bestuursrecht op de "
        "peildatum: elke keten moet terugleiden naar het bestuursorgaan dat de bevoegdheid "
        "heeft, ondermandaat alleen waar dat is toegestaan, een lijn terug naar de "
        "mandaatgever, instemming waar die nodig is.",
    ),
    Text(
        "For each needed decision the analysis looks for the nearest actor with a valid mandate "
        "or the power itself, and counts the steps from the case handler.",
        "Voor elk benodigd besluit zoekt de analyse de dichtstbijzijnde actor met een geldig "
        "mandaat of de bevoegdheid zelf, en telt de stappen vanaf de behandelaar.",
    ),
    Text(
        "Findings that follow from the same thing (the same mandate, the same missing power, "
        "the same person every route depends on) form one cause. Causes are ranked by the "
        "needed decisions they hold up, their urgency and their severity.",
        "Bevindingen die uit hetzelfde voortkomen (hetzelfde mandaat, dezelfde ontbrekende "
        "bevoegdheid, dezelfde persoon waar elke route van afhangt) vormen één oorzaak. "
        "Oorzaken worden gerangschikt naar de benodigde besluiten die zij ophouden, hun "
        "urgentie en hun ernst.",
    ),
    Text(
        "The scorecard colours each building block by the causes that belong there: red for a "
        "critical cause, amber for a warning, green when nothing is wrong, grey when the map "
        "holds too little to judge the block. The analysis shows where the map points; it "
        "does not replace the legal check of the mandate decisions themselves.",
        "De scorekaart kleurt elke bouwsteen naar de oorzaken die daar thuishoren: rood bij "
        "een kritieke oorzaak, oranje bij een waarschuwing, groen als er niets mis is, grijs "
        "als de kaart te weinig bevat om de bouwsteen te beoordelen. De analyse laat zien "
        "waar de kaart op wijst; zij vervangt niet de juridische toets van de "
        "mandaatbesluiten zelf.",
    ),
)


#: A council member is reached through the council (art. 169 Gemeentewet), the press by a
#: press line; neither about the individual case (jurist M6).
_COUNCIL_LINE: dict[bool, Text] = {
    False: Text(
        "Prepare a press line on the policy, not on the individual case.",
        "Bereid een perslijn voor over het beleid, niet over de individuele casus.",
    ),
    True: Text(
        "Have the portfolio holder inform the council about the policy (Gemeentewet art. 169), "
        "with a council letter or a technical briefing, not about the individual case.",
        "Laat de portefeuillehouder de raad informeren over het beleid (art. 169 Gemeentewet), "
        "met een raadsinformatiebrief of een technische sessie, niet over de individuele casus.",
    ),
}


def method_paragraphs(lang: Lang) -> list[str]:
    """Annex C: how the analysis works, in ``lang``."""
    return [p(lang) for p in _METHOD]


def money(value: float | None, lang: Lang) -> str:
    """An amount in euros in the language's format."""
    if value is None:
        return "—"
    text = number(value, lang, None if float(value).is_integer() else 2)
    return f"€ {text}" if lang == "nl" else f"€{text}"


def status_name(status: Status, lang: Lang) -> str:
    """The verdict of a scorecard row in words."""
    names = {
        Status.RED: Text("Red", "Rood"),
        Status.AMBER: Text("Amber", "Oranje"),
        Status.GREEN: Text("Green", "Groen"),
        Status.GREY: Text("Not enough to judge", "Niet te beoordelen"),
    }
    return names[status](lang)


def cause_case(case: Case, cause: Cause) -> Case:
    """The part of ``case`` a cause is about: its actors and the ties among them.

    Used for the zoomed picture of a cause. The title is the cause's; needs are left out.
    """
    keep = set(cause.actors)
    for m in case.mandates:
        if m.id in cause.mandates:
            keep |= {m.grantor, m.holder}
    for r in case.relationships:
        if r.id in cause.relationships:
            keep |= {r.source, r.target}
    keep |= set(cause_parties(case, cause))
    part = case.subset(keep)
    part.set_positions(_drawn_together(part))
    return part


def cause_parties(case: Case, cause: Cause) -> tuple[str, ...]:
    """The actors of the organisations ``cause``'s needs involve that none of its own actors
    belongs to: for "nobody can push through between the municipality and GGZ Rivierland",
    the GGZ team (the other party, shown with the cause on its slide and in presentation mode)."""
    orgs: list[str] = []
    for need_id in cause.needs:
        need = case.needs.get(need_id)
        if need is not None:
            orgs += [o for o in need.organisations if o not in orgs]
    own = {a.organisation for a in case.actors if a.id in cause.actors}
    return tuple(a.id for a in case.actors if a.organisation in orgs and a.organisation not in own)


#: Centres of a cause's actors at most this far apart per actor (scene units) on its picture.
_TOGETHER = 150.0
_APART = 170.0  # and, drawn together, at least this far (each name keeps room)


def _drawn_together(part: Case) -> dict[str, Position]:
    """The positions of ``part``'s actors drawn towards their centre, the arrangement kept,
    so that two actors far apart on the map do not end in opposite corners of a picture."""
    placed = {a.id: a.position for a in part.actors if a.position is not None}
    if len(placed) < 2:
        return dict(placed)
    xs = [p.x for p in placed.values()]
    ys = [p.y for p in placed.values()]
    extent = max(max(xs) - min(xs), max(ys) - min(ys), 1.0)
    nearest = min(
        math.hypot(p.x - q.x, p.y - q.y)
        for i, p in enumerate(placed.values())
        for j, q in enumerate(placed.values())
        if i < j
    )
    factor = min(1.0, _TOGETHER * math.sqrt(len(placed)) / extent)
    factor = min(1.0, max(factor, _APART / max(nearest, 1e-6)))
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {
        k: Position(cx + (p.x - cx) * factor, cy + (p.y - cy) * factor) for k, p in placed.items()
    }


def map_picture(case: Case, lang: Lang, scene_for: SceneFactory | None) -> bytes | None:
    """PNG of the map (None for an empty map): the app's drawing when ``scene_for`` is given."""
    from exports.picture import NOTA_MAP_PAGE, map_png

    if not len(case.actors):
        return None
    scene = scene_for(case) if scene_for is not None else None
    return map_png(case, lang, scene=scene, page=NOTA_MAP_PAGE, titled=False)


_LAW = (
    r"(Awb|Participatiewet|Gemeentewet|Wgr|Wmo 2015|Jeugdwet|AVG|BW|Huisvestingswet 2014|Woningwet)"
)
_CITE = re.compile(rf"^{_LAW}\s+(?:art\.\s+)?(\d[\w:.]*(?:\s+lid\s+\d+)?(?:\s+onder\s+\w)?)$")
_BARE = re.compile(r"^(\d+[a-z]?:\d+[a-z]?(?:\s+lid\s+\d+)?)$")


def cite(basis: str) -> str:
    """A legal basis in one citation style, "art. 10:3 lid 4 Awb" (jurist L7); what is no
    article of a law ("Beleidsregels ... 2025") stays as it is.

    >>> cite("Awb 10:1; 10:9; 10:5")
    'art. 10:1 Awb; art. 10:9 Awb; art. 10:5 Awb'
    >>> cite("Participatiewet art. 58 lid 8")
    'art. 58 lid 8 Participatiewet'
    """
    out: list[str] = []
    law = ""
    for part in (p.strip() for p in basis.split(";")):
        if found := _CITE.match(part):
            law = found.group(1)
            out.append(f"art. {found.group(2)} {law}")
        elif law and (bare := _BARE.match(part)):
            out.append(f"art. {bare.group(1)} {law}")
        else:
            out.append(part)
    return "; ".join(out)


def articles(bases: Iterable[str]) -> str:
    """The articles of several bases cited once each (jurist, third round L7): a bare article
    goes when the same article is cited with its lid, and no article is named twice.

    >>> articles(["Awb 10:9 lid 1", "Awb 10:1; 10:9; 10:5", "Awb 10:5 lid 2"])
    'art. 10:9 lid 1 Awb; art. 10:1 Awb; art. 10:5 lid 2 Awb'
    """
    cited = list(dict.fromkeys(c for b in bases for c in cite(b).split("; ") if c))
    with_lid = {re.sub(r" lid \d+\w*", "", c) for c in cited if " lid " in c}
    out: list[str] = []
    for c in cited:
        if c in with_lid:  # "art. 10:9 Awb" beside "art. 10:9 lid 1 Awb"
            continue
        out.append(c)
    return "; ".join(out)


@dataclass(frozen=True)
class Risk:
    """One kind of risk and what the analysis says about it."""

    name: Text
    lines: tuple[Text, ...]


# words that show health data in the occasion, the intent or the needs (art. 9 AVG)
_HEALTH = re.compile(
    r"\b(ggz|zorg|gezondheid|psychisch|psychiatr|verslav|medisch|ziekte|ziek|behandeling|"
    r"health|medical|mental|addiction|treatment|care)\w*",
    re.IGNORECASE,
)


def _special_data(case: Case) -> list[Text]:
    """A line on special personal data when a named resident's health shows in the case."""
    citizens = [a.name for a in case.actors if a.kind == ActorKind.CITIZEN]
    texts = [case.info.title, case.info.description, case.info.intent]
    texts += [f"{n.decision} {n.notes}" for n in case.needs]
    found = sorted({m.group(0).lower() for t in texts for m in _HEALTH.finditer(t or "")})
    if not citizens or not found:
        return []
    # the trigger words stay out of the text: a list of them reads like a machine (jurist M11)
    return [
        Text(
            "This note names the resident, and the case touches on their health: special "
            "personal data (art. 9 GDPR). None of the decisions needs the name or the health "
            "data; export the note anonymised (art. 5(1)(c) GDPR), or mark it confidential and "
            "share it with no one outside the college and those handling the case.",
            "Deze nota noemt de inwoner bij naam, en de casus raakt aan de gezondheid: "
            "bijzondere persoonsgegevens (art. 9 AVG). Geen van de beslispunten vraagt de naam "
            "of de gezondheidsgegevens; maak de nota geanonimiseerd (art. 5 lid 1 onder c AVG), "
            "of merk hem aan als vertrouwelijk en deel hem met niemand buiten het college en wie "
            "de casus behandelt.",
        )
    ]


# a decision to forgo money the gemeente is owed: revenue forgone, not spending
_FORGO = re.compile(
    r"\b(afzien van (terug|in)vordering|kwijtschel|waive|remission|write off)", re.IGNORECASE
)


def _money_line(case: Case, need: Need) -> Text:
    """What a needed decision does to the budget: spending, or a claim the gemeente gives up."""
    power = case.powers.get(need.power) if need.power else None
    words = f"{need.decision} {power.name if power is not None else ''}"
    if _FORGO.search(words):
        basis = f" ({cite(power.legal_basis)})" if power is not None and power.legal_basis else ""
        return Text(
            f"‘{need.decision}’{basis} means the gemeente does not collect a claim of "
            f"{money(need.budget, 'en')}: revenue forgone, not spending.",
            f"‘{need.decision}’{basis} betekent dat de gemeente een vordering van "
            f"{money(need.budget, 'nl')} niet int: gederfde inkomsten, geen uitgave.",
        )
    return Text(
        f"‘{need.decision}’ asks {money(need.budget, 'en')}.",
        f"‘{need.decision}’ vraagt {money(need.budget, 'nl')}.",
    )


def risks(case: Case, analysis: Analysis, *, anonymised: bool = False) -> tuple[Risk, ...]:
    """Legal, financial, privacy and communication risks the map and the analysis show
    (``anonymised``: the note names no resident, see :mod:`exports.anonymise`)."""
    causes = analysis.causes
    legal = [c for c in causes if c.legal_basis and c.severity != Severity.INFO]
    legal_lines = [
        Text(
            f"{c.title.en} ({'; '.join(cite(b) for b in c.legal_basis)}).",
            f"{c.title.nl} ({'; '.join(cite(b) for b in c.legal_basis)}).",
        )
        for c in legal
    ] or [
        Text(
            "The map shows no mandate that breaks the Awb rules.",
            "De kaart toont geen mandaat dat de regels van de Awb schendt.",
        )
    ]
    if legal:
        legal_lines.insert(
            0,
            Text(
                "Decisions taken under an invalid mandate can be annulled on objection or "
                "appeal; the body that holds the power stays responsible.",
                "Besluiten op een ongeldig mandaat kunnen in bezwaar of beroep sneuvelen; het "
                "bestuursorgaan met de bevoegdheid blijft verantwoordelijk.",
            ),
        )
    budgets = [n for n in case.needs if n.budget]
    money_lines = [_money_line(case, n) for n in budgets]
    short = [f for f in analysis.findings if "BUDGET" in f.code]
    money_lines += [f.title for f in short]
    if not money_lines:
        money_lines = [
            Text(
                "The map names no amounts for the needed decisions.",
                "De kaart noemt geen bedragen bij de benodigde besluiten.",
            )
        ]
    citizens = [a.name for a in case.actors if a.kind == ActorKind.CITIZEN]
    privacy = [
        Text(
            f"The map names {count(len(citizens), 'resident', 'residents', 'en')} "
            f"({join(citizens, 'en')}). Share this note only with those who need it for the "
            "case; discuss the policy, not the person, in the council and with the press.",
            f"De kaart noemt {count(len(citizens), 'inwoner', 'inwoners', 'nl')} "
            f"({join(citizens, 'nl')}). Deel deze nota alleen met wie hem voor de casus nodig "
            "heeft; bespreek in de raad en met de pers het beleid, niet de persoon.",
        )
        if citizens
        else Text(
            "The map names no residents; keep it that way when it is shared.",
            "De kaart noemt geen inwoners; houd dat zo als de kaart wordt gedeeld.",
        )
    ]
    if anonymised and citizens:
        # pseudonymised, not anonymous: whoever knows the case recognises the resident
        # (jurist, third round M2); "zij" is the resident in the singular, the residents in
        # the plural
        one = len(citizens) == 1
        privacy = [
            Text(
                f"This note does not name the {'resident' if one else 'residents'}; "
                "they remain identifiable to anyone who knows "
                "the case. Share it only with the college and those handling the case.",
                f"Deze nota noemt de {'inwoner' if one else 'inwoners'} niet bij naam; "
                f"zij {'blijft' if one else 'blijven'} herleidbaar voor wie de casus kent. "
                "Deel haar alleen met het college en wie de casus behandelt.",
            )
        ]
    else:
        privacy += _special_data(case)
    opponents = [
        a
        for a in case.actors
        if a.stance < 0 and a.kind in (ActorKind.MEDIA, ActorKind.COUNCIL) and a.influence >= 3
    ]
    communication = [
        Text(
            f"{a.name} ({label(a.kind, 'en').lower()}) is influential and opposes the intent. "
            + _COUNCIL_LINE[a.kind == ActorKind.COUNCIL].en,
            f"{a.name} ({label(a.kind, 'nl').lower()}) is invloedrijk en staat negatief "
            "tegenover de bedoeling. " + _COUNCIL_LINE[a.kind == ActorKind.COUNCIL].nl,
        )
        for a in opponents
    ] or [
        Text(
            "The map shows no influential opponent in the council or the press.",
            "De kaart toont geen invloedrijke tegenstander in de raad of de pers.",
        )
    ]
    return (
        Risk(Text("Legal", "Juridisch"), tuple(legal_lines)),
        Risk(Text("Financial", "Financieel"), tuple(money_lines)),
        Risk(Text("Privacy", "Privacy"), tuple(privacy)),
        Risk(Text("Communication", "Communicatie"), tuple(communication)),
    )
