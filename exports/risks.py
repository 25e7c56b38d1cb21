"""The risks section of the advice note: legal, financial, privacy and communication, as the
map and the analysis show them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from exports.advice import cite, money
from exports.citations import cause_articles, used_articles
from exports.mandate_amend import addressed_college, addressee_en
from exports.risks_invalid import invalid_lines
from exports.risks_many import MANY, OTHER_COUNCILS, amounts, forgone, opponents
from mapper.analysis import Analysis
from mapper.codes import Code
from mapper.findings import Cause, Severity, Text
from mapper.names import Name
from mapper.wording import capital, count, join
from models.case import Case
from models.entities import Actor, Mandate, Need
from models.enums import ActorKind, Instrument, PowerAct
from models.i18n import Lang
from models.labels import label

__all__ = ["Risk", "passed_on", "risks"]

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


def _foreign(case: Case, actors: Sequence[Actor]) -> frozenset[str]:
    """The councils among ``actors`` of another municipality than the addressed college's."""
    college = case.actors.get(addressed_college(case) or "")
    own = college.organisation if college is not None else None
    return frozenset(
        a.id
        for a in actors
        if a.kind is ActorKind.COUNCIL and own and a.organisation and a.organisation != own
    )


def _line(a: Actor, foreign: frozenset[str]) -> Text:
    """What to do about one influential opponent: its own council, another's, the press."""
    return OTHER_COUNCILS[2] if a.id in foreign else _COUNCIL_LINE[a.kind == ActorKind.COUNCIL]


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
            f"share it with no one outside {addressee_en(case)} and those handling the case.",
            "Deze nota noemt de inwoner bij naam, en de casus raakt aan de gezondheid: "
            "bijzondere persoonsgegevens (art. 9 AVG). Geen van de beslispunten vraagt de naam "
            "of de gezondheidsgegevens; maak de nota geanonimiseerd (art. 5 lid 1 onder c AVG), "
            "of merk haar aan als vertrouwelijk en deel haar met niemand buiten het college en wie "
            "de casus behandelt.",
        )
    ]


# a decision to forgo money the gemeente is owed: revenue forgone, not spending
_FORGO = re.compile(
    r"\b(afzien van (terug|in)vordering|kwijtschel|waive|remission|write off)", re.IGNORECASE
)


def _forgoes(case: Case, need: Need) -> bool:
    """Whether a needed decision gives up a claim (revenue forgone) rather than spends."""
    power = case.powers.get(need.power) if need.power else None
    return bool(_FORGO.search(f"{need.decision} {power.name if power is not None else ''}"))


def _money_line(case: Case, need: Need) -> Text:
    """What a needed decision does to the budget: spending, or a claim the gemeente gives up."""
    power = case.powers.get(need.power) if need.power else None
    if _forgoes(case, need):
        basis = f" ({cite(power.legal_basis)})" if power is not None and power.legal_basis else ""
        return Text(
            f"‘{need.decision}’{basis} means the municipality does not collect a claim of "
            f"{money(need.budget, 'en')}: revenue forgone, not spending.",
            f"‘{need.decision}’{basis} betekent dat de gemeente een vordering van "
            f"{money(need.budget, 'nl')} niet int: gederfde inkomsten, geen uitgave.",
        )
    return Text(
        f"‘{need.decision}’ asks {money(need.budget, 'en')}.",
        f"‘{need.decision}’ vraagt {money(need.budget, 'nl')}.",
    )


#: defects that leave a mandate without force on the reference date (or annullable for it)
_INVALID = frozenset(
    {
        Code.MANDATE_SUBMANDATE_NOT_ALLOWED,
        Code.MANDATE_EXPIRED,
        Code.MANDATE_CHAIN_BROKEN,
        Code.MANDATE_NO_LEGAL_ROOT,
        Code.MANDATE_CYCLE,
        Code.MANDATE_GRANTOR_DELEGATED_AWAY,
        Code.MANDATE_EXCLUDED,
        Code.MANDATE_NOT_MANDATABLE,
        Code.MANDATE_CONSENT_MISSING,
        Code.MANDATE_GENERAL_NOT_IN_WRITING,
        Code.MANDATE_CASE_NOT_IN_WRITING,
    }
)

#: What a defect means, by what the grant passes on (ninth jurist, F1: a volmacht yields
#: rechtshandelingen, not besluiten; a machtiging other acts).
_INVALID_LINES: dict[Instrument, Text] = {
    Instrument.MANDATE: Text(
        "Decisions taken under an invalid mandate can be annulled on objection or appeal; the "
        "body that holds the power stays responsible.",
        "Besluiten op een ongeldig mandaat kunnen in bezwaar of beroep sneuvelen; het "
        "bestuursorgaan met de bevoegdheid blijft verantwoordelijk.",
    ),
    Instrument.POWER_OF_ATTORNEY: Text(
        "A legal act performed under an invalid power of attorney binds the principal only if "
        "the principal ratifies it (art. 3:69 of the Dutch Civil Code) or the other party could "
        "rely on an appearance of authority the principal created (art. 3:61(2) of the Dutch "
        "Civil Code).",
        "Een rechtshandeling die op een ongeldige volmacht is verricht, bindt de volmachtgever "
        "alleen als die haar bekrachtigt (art. 3:69 BW) of als de wederpartij mocht vertrouwen "
        "op een schijn van volmacht die de volmachtgever wekte (art. 3:61 lid 2 BW).",
    ),
    Instrument.AUTHORISATION: Text(
        "An act performed under an invalid authorisation is performed without authority; the "
        "body that holds the power stays responsible (Awb 10:12).",
        "Een handeling die op een ongeldige machtiging is verricht, is onbevoegd verricht; het "
        "bestuursorgaan met de bevoegdheid blijft verantwoordelijk (art. 10:12 Awb).",
    ),
}
#: a passed time limit: art. 4:17 is the penalty, not the limit (jurist 15, J7)
_LATE = Text(
    " If it is a time limit for deciding on an application (Awb 4:13), a penalty payment (Awb "
    "4:17) and an appeal for failure to decide in time (Awb 6:2(b)) loom after a notice of "
    "default.",
    " Is het een beslistermijn op een aanvraag (art. 4:13 Awb), dan dreigen na "
    "ingebrekestelling een dwangsom (art. 4:17 Awb) en beroep wegens niet tijdig beslissen "
    "(art. 6:2 onder b Awb).",
)


def passed_on(case: Case, m: Mandate) -> Instrument:
    """What ``m`` is in law: a delegation or signing authorisation as recorded; otherwise a
    volmacht over a private-law act (art. 10:12 Awb, art. 3:60 BW), a machtiging over another
    act that is no besluit, else a mandate."""
    if m.instrument in (Instrument.DELEGATION, Instrument.SIGNING):
        return m.instrument
    power = case.powers.get(str(m.power))
    if m.instrument is Instrument.POWER_OF_ATTORNEY or (
        power is not None and power.act == PowerAct.PRIVATE_LAW
    ):
        return Instrument.POWER_OF_ATTORNEY
    if m.instrument is Instrument.AUTHORISATION or (
        power is not None and power.act != PowerAct.BESLUIT
    ):
        return Instrument.AUTHORISATION
    return Instrument.MANDATE


def _above_amount(case: Case, analysis: Analysis) -> list[Text]:
    """Who would decide without authority, and on what, where a handler's own mandate is below
    the amount a needed decision asks: the line names its subject (jurist 15, J7)."""
    lines: list[Text] = []
    for f in analysis.findings:
        if f.code != Code.NEED_HANDLER_MANDATE_FALLS_SHORT or not f.needs:
            continue
        need = case.needs.get(f.needs[0])
        budgets = [m.budget for i in f.mandates if (m := case.mandates.get(i)) and m.budget]
        handler = case.actors.get(need.handler) if need is not None and need.handler else None
        if need is None or handler is None or not need.budget or not budgets:
            continue
        if max(budgets) < need.budget:
            who = Name.of(handler.name, handler.kind)
            asked, top = need.budget, max(budgets)
            why = Text(
                f"mandate up to {money(top, 'en')}; Awb 10:2",
                f"mandaat tot {money(top, 'nl')}; art. 10:2 Awb",
            )
            if _not_allowed(analysis, f.mandates):  # the grant itself void (N13)
                why = Text(
                    "the sub-mandate is not allowed, Awb 10:9(1), and even if it had been valid "
                    f"would reach no further than {money(top, 'en')}",
                    "het ondermandaat is niet toegestaan, art. 10:9 lid 1 Awb, en zou ook als "
                    f"het geldig was geweest niet verder reiken dan {money(top, 'nl')}",
                )
            line = Text(
                f"If {who.running('en')} takes the {money(asked, 'en')} decision alone, it is "
                f"taken without authority ({why.en}).",
                f"Neemt {who.running('nl')} het besluit van {money(asked, 'nl')} zelf, dan is "
                f"het onbevoegd genomen ({why.nl}).",
            )
            lines += [line] if line not in lines else []
    return lines


def _not_allowed(analysis: Analysis, mandates: Sequence[str]) -> bool:
    """Whether one of ``mandates`` is a sub-mandate the chain does not allow (art. 10:9 lid 1
    Awb): a risk line then says so, not only the amount (rev-jurist16 N13)."""
    return any(
        f.code == Code.MANDATE_SUBMANDATE_NOT_ALLOWED and f.mandates and f.mandates[-1] in mandates
        for f in analysis.findings
    )


def _ends(title: str, aside: str) -> bool:
    """Whether a joined headline ends in ``aside``, the second part after its semicolon."""
    return title.casefold().endswith(f"; {aside}".casefold())


def _objection_asides(case: Case, analysis: Analysis, cause: Cause) -> tuple[Text, list[Text]]:
    """The cause's title without an objection opmerking its headline also names, and that
    opmerking as the risk it is: a decision on an objection to one's own decision in mandate
    is taken without authority (art. 10:3 lid 3 Awb; rev-jurist16 J13)."""
    title, lines = cause.title, []
    for f in analysis.findings_of(cause):
        holder = case.actors.get(f.actors[-1]) if f.actors else None
        if f.code != Code.MANDATE_OBJECTION_SAME_HOLDER or holder is None:
            continue
        pairs = ((title.en, f.title.en), (title.nl, f.title.nl))
        title = Text(*(t.rsplit("; ", 1)[0] if _ends(t, a) else t for t, a in pairs))
        name = Name.of(holder.name, holder.kind)
        again = name.short or name.running("nl")
        lines.append(
            Text(
                f"If {name.running('en')} decides on an objection to a decision they took "
                "under mandate themselves, the decision on the objection is taken without "
                "authority (art. 10:3(3) Awb).",
                f"Beslist {name.running('nl')} op bezwaar tegen een besluit dat {again} zelf in "
                "mandaat nam, dan is de beslissing op bezwaar onbevoegd genomen (art. 10:3 lid 3 "
                "Awb).",
            )
        )
    return title, lines


def _title_articles(analysis: Analysis, cause: Cause, cited: str, lang: Lang) -> str:
    """``cited`` without the articles only an opmerking beside a graver part uses: the line
    names the title, which leaves that opmerking out (art. 10:3 lid 3 of another mandate
    beside a consent that is not recorded; jurist 15, J13)."""
    parts = analysis.findings_of(cause)
    info = [f for f in parts if f.severity is Severity.INFO]
    if not info or len(info) == len(parts):
        return cited
    graver = [f for f in parts if f.severity is not Severity.INFO]
    said = set(
        used_articles(
            [t for f in graver for t in (f.detail(lang), f.suggestion(lang))], lang
        ).split("; ")
    )
    aside = set(
        used_articles([t for f in info for t in (f.detail(lang), f.suggestion(lang))], lang).split(
            "; "
        )
    )
    return "; ".join(a for a in cited.split("; ") if a and (a in said or a not in aside))


#: the articles that state the risk of a cause led by a code, where its text cites others too:
#: "De ruimte om af te wijken blijft aan de top" is no risk of art. 10:11 Awb (a listed grant's
#: reason) nor of art. 35 Participatiewet (the remedy's example); what the mandate decision
#: reserves (art. 10:6 lid 1 Awb) and the duty to deviate (art. 4:84 Awb) are (rev-jurist16 N12)
_STATING = {Code.INTENT_NOT_PASSED_DOWN: ("art. 4:84 ", "art. 10:6 ")}


def _stated(analysis: Analysis, cause: Cause, cited: str) -> str:
    """``cited`` without the articles that do not state the cause's risk (see _STATING)."""
    parts = analysis.findings_of(cause)
    stating = _STATING.get(parts[0].code) if parts else None
    if stating is None:
        return cited
    return "; ".join(a for a in cited.split("; ") if a.startswith(stating))


def _legal(case: Case, analysis: Analysis) -> list[Text]:
    """The legal risks: what an invalid mandate or one too small means, only when the map has
    one (jurist, fourth round N8), then each legal cause with the articles its text uses."""
    legal = [c for c in analysis.causes if c.legal_basis and c.severity != Severity.INFO]
    lines = []
    for c in legal:
        en, nl = cause_articles(analysis, c, "en"), cause_articles(analysis, c, "nl")
        en, nl = _title_articles(analysis, c, en, "en"), _title_articles(analysis, c, nl, "nl")
        en, nl = _stated(analysis, c, en), _stated(analysis, c, nl)
        if not nl and (c.id.startswith("theme:") or _stated(analysis, c, "x") == ""):
            continue  # how the organisation works, citing nothing: "Niemand doet triage." (N12)
        if nl == "art. 4:17 Awb":
            lines.append(Text(f"{c.title.en}.{_LATE.en}", f"{c.title.nl}.{_LATE.nl}"))
            continue
        title, asides = _objection_asides(case, analysis, c)
        lines.append(
            Text(
                f"{title.en}{f' ({en})' if en else ''}.",
                f"{title.nl}{f' ({nl})' if nl else ''}.",
            )
        )
        lines += asides
    if not lines:
        return [
            Text(
                "The map shows no mandate that breaks the Awb rules.",
                "De kaart toont geen mandaat dat de regels van de Awb schendt.",
            )
        ]
    kinds = {
        passed_on(case, m)
        for f in analysis.findings
        if f.code in _INVALID
        for i in f.mandates[:1]
        if (m := case.mandates.get(i)) is not None
    }
    opening = [line for kind, line in _INVALID_LINES.items() if kind in kinds]
    opening += _above_amount(case, analysis)
    # the groups of expired, broken and civil servants' grants, counted (rev-jurist16 N6)
    opening += invalid_lines(case, analysis, lambda m: passed_on(case, m))
    return opening + lines


# a name before a child's age in the title ("Lotte de Wit (9)", "X (9)": user review 12b, C1)
_AGED = re.compile(r"(?<![^\W_])(?-i:[A-Z])[^\W\d_]*\s*\(\d{1,2}(?:\s*(?:jaar|jr\.?|years?))?\)")


def risks(case: Case, analysis: Analysis, *, anonymised: bool = False) -> tuple[Risk, ...]:
    """Legal, financial, privacy and communication risks the map and the analysis show
    (``anonymised``: the note names no resident, see :mod:`exports.anonymise`)."""
    legal_lines = _legal(case, analysis)
    budgets = [n for n in case.needs if n.budget]
    money_lines = [_money_line(case, n) for n in budgets]
    if len(budgets) > MANY:  # a count and a sum, not 170 lines (user at scale 14, F9)
        spend = [(n.decision, float(n.budget or 0)) for n in budgets if not _forgoes(case, n)]
        given = [(n.decision, float(n.budget or 0)) for n in budgets if _forgoes(case, n)]
        money_lines = [amounts(spend)] if spend else []
        money_lines += [forgone(given)] if given else []
    short = [f for f in analysis.findings if "BUDGET" in f.code]
    money_lines += [Text(f"{f.title.en}.", f"{f.title.nl}.") for f in short]  # a sentence
    if not money_lines:
        money_lines = [
            Text(
                "The map names no amounts for the needed decisions.",
                "De kaart noemt geen bedragen bij de benodigde besluiten.",
            )
        ]
    # "(mevrouw Jansen)": a form of address is lower case inside a sentence (jurist L4)
    named = [Name.of(a.name, a.kind) for a in case.actors if a.kind == ActorKind.CITIZEN]
    citizens = [n.running("nl") for n in named]
    privacy = [
        Text(
            f"The map names {count(len(named), 'resident', 'residents', 'en')} "
            f"({join(named, 'en')}). Share this note only with those handling the case; "
            "discuss the policy, not the person, in the council and with the press.",
            f"De kaart noemt {count(len(citizens), 'inwoner', 'inwoners', 'nl')} "
            f"({join(citizens, 'nl')}). Deel deze nota alleen met wie de casus behandelt; "
            "bespreek in de raad en met de pers het beleid, niet de persoon.",
        )
        if citizens
        else Text(
            "No resident is an actor on the map, but its title names a person with an age; "
            "share this note only with those handling the case.",
            "Geen inwoner is actor op de kaart, maar de titel noemt iemand met een leeftijd; "
            "deel deze nota alleen met wie de casus behandelt.",
        )
        if _AGED.search(case.info.title)
        else Text(
            "The map names no residents; keep it that way when it is shared.",
            "De kaart noemt geen inwoners; houd dat zo als de kaart wordt gedeeld.",
        )
    ]
    if anonymised and citizens:
        # pseudonymised, not anonymous: whoever knows the case recognises the resident
        # (jurist, third round M2); no "zij" for a resident who may be a man (issue 11)
        one = len(citizens) == 1
        privacy = [
            Text(
                f"This note does not name the {'resident' if one else 'residents'}, but anyone "
                f"who knows the case can recognise them. Share it only with {addressee_en(case)} "
                "and those handling the case.",  # the note's one name for it (rev-jurist19 R8)
                f"Deze nota noemt de {'inwoner' if one else 'inwoners'} niet bij naam, maar wie "
                f"de casus kent, kan {'de inwoner' if one else 'hen'} herkennen. Deel de nota "
                "alleen met het college en wie de casus behandelt.",
            )
        ]
    else:
        privacy += _special_data(case)
    opponents_found = [
        a
        for a in case.actors
        if a.stance < 0 and a.kind in (ActorKind.MEDIA, ActorKind.COUNCIL) and a.influence >= 3
    ]
    foreign = _foreign(case, opponents_found)
    communication = [
        Text(
            # the role in English words: "The opposition group leader (council)" (issue 11)
            f"{capital(Name.of(a.name, a.kind).running('en'))} ({label(a.kind, 'en').lower()}) "
            "is influential and opposes the intent. " + _line(a, foreign).en,
            f"{capital(Name.of(a.name, a.kind).running('nl'))} ({label(a.kind, 'nl').lower()}) "
            "is invloedrijk en staat negatief tegenover de bedoeling. " + _line(a, foreign).nl,
        )
        for a in opponents_found
    ] or [
        Text(
            "The map shows no influential opponent in the council or the press.",
            "De kaart toont geen invloedrijke tegenstander in de raad of de pers.",
        )
    ]
    if len(opponents_found) > MANY:  # per council and media, counted (user at scale 14, F9)
        communication = opponents(opponents_found, _COUNCIL_LINE, _foreign(case, opponents_found))
    return (
        Risk(Text("Legal", "Juridisch"), tuple(legal_lines)),
        Risk(Text("Financial", "Financieel"), tuple(money_lines)),
        Risk(Text("Privacy", "Privacy"), tuple(privacy)),
        Risk(Text("Communication", "Communicatie"), tuple(communication)),
    )
