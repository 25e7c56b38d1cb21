"""What the legal findings name in running text: a mandate, a power, an actor, an organisation.

The words themselves live in :mod:`mapper.texts.mandate_words`; this module only fills them in.
Running text names a mandate by what it is, never by its id (jurist L1), and a power by its
name as the user wrote it, between quotes ("mandaat voor ‘Bijzondere bijstand verlenen’";
adviser, session 10); only where Dutch grammar takes the name apart ("om bijzondere bijstand
te verlenen") does it read in lower case.

Examples
--------
>>> running("Bijzondere bijstand verlenen"), running("GGZ-behandeling starten")
('bijzondere bijstand verlenen', 'GGZ-behandeling starten')
>>> decision_text("Mandaatbesluit Rivierstad 2025", "").nl
'het Mandaatbesluit Rivierstad 2025'
"""

from __future__ import annotations

from mapper.findings import Text
from mapper.gr_board import staff_board
from mapper.graph import CaseGraphs
from mapper.legal import LegalMap, no_besluit
from mapper.mandate_form import private_power
from mapper.names import Name
from mapper.texts.mandate_words import INSTRUMENTS, MANDATE, MANDATE_DECISION
from mapper.wording import quoted, running, subject, to_do
from models import Instrument, Mandate, PowerAct, PowerCategory
from models.enums import ActorKind, OrganisationKind
from models.labels import label

__all__ = [
    "decision_text",
    "employer",
    "instrument_of",
    "mandate_text",
    "no_basis_parts",
    "power_quoted",
    "power_text",
    "running",
]


#: A mandate with no power given (an import without one): not the category "Other" (jargon).
UNSPECIFIED = Text("power not specified", "bevoegdheid niet opgegeven")


def power_text(legal: LegalMap, key: str) -> Text:
    """A power's own name as the user wrote it (the texts put it between quotes), or the
    lower-case name of a category, in both languages; the category "other" that no power of
    the case is named by reads "power not specified".

    >>> from mapper.graph import build_graphs
    >>> from models import Case
    >>> legal = LegalMap(build_graphs(Case()))
    >>> power_text(legal, "other").nl, power_text(legal, "spend_budget").en
    ('bevoegdheid niet opgegeven', 'spend budget')
    """
    en = legal.power_name(key, "en")
    if (
        key == PowerCategory.OTHER.value
        and en.casefold() == label(PowerCategory.OTHER, "en").casefold()
    ):
        return UNSPECIFIED
    return Text(en, legal.power_name(key, "nl"))


def power_quoted(legal: LegalMap, key: str) -> Text:
    """A power in a list or a bare place: its own name between quotes as the user wrote it;
    a category's lower-case name without them ("spend budget")."""
    text = power_text(legal, key)
    power = legal.powers.get(key)
    if power is None or not power.name.strip():
        return text
    return Text(quoted(text.en), quoted(text.nl))


def decision_text(basis: str, grantor: Name | str) -> Text:
    """The instrument a mandate was laid down in ("het Mandaatbesluit Rivierstad 2025"), or,
    without one, the mandate of ``grantor``."""
    basis = basis.strip()
    if basis:
        return Text(f"the {basis}", f"{_article(basis)} {basis}")
    who = grantor if isinstance(grantor, Name) else Name(grantor)
    return Text(
        MANDATE_DECISION.en.format(grantor=who.running("en")),
        MANDATE_DECISION.nl.format(grantor=who.running("nl")),
    )


#: the head nouns of a decision or rule and their article; the first word that ends in one
#: decides ("Gemeenschappelijke regeling Werkbedrijf 2024 art. 5": de)
_HEADS = (
    ("regeling", "de"), ("regels", "de"), ("beschikking", "de"), ("verordening", "de"),
    ("wet", "de"), ("besluit", "het"), ("reglement", "het"), ("statuut", "het"),
    ("afspraak", "de"), ("instructie", "de"), ("overeenkomst", "de"),  # L10: "de Afspraak …"
)  # fmt: skip


def _article(basis: str) -> str:
    """The Dutch article of a decision's name.

    >>> _article("Gemeenschappelijke regeling Werkbedrijf 2024 art. 5")
    'de'
    >>> _article("Delegatiebesluit dagelijks bestuur 2025"), _article("Mandaat 2025")
    ('het', 'het')
    """
    for w in basis.casefold().split():
        for head, article in _HEADS:
            if w.endswith(head):
                return article
    return "het"


def instrument_of(legal: LegalMap, m: Mandate) -> Instrument:
    """What ``m`` is in law, whatever the map calls it: what a non-public body passes on of
    its own decision is a volmacht (art. 3:60 BW); a mandate over what is no besluit
    (art. 1:3 Awb) is a machtiging, or for a private-law act a volmacht (art. 10:12 Awb)."""
    key = str(m.power)
    kind = m.instrument
    if kind != Instrument.SIGNING and private_power(legal, key):
        return Instrument.POWER_OF_ATTORNEY
    if kind == Instrument.MANDATE and key in legal.powers and no_besluit(legal.powers[key]):
        private = legal.powers[key].act == PowerAct.PRIVATE_LAW
        return Instrument.POWER_OF_ATTORNEY if private else Instrument.AUTHORISATION
    return kind


#: A category's English name as what a mandate is for: "The mandate for deviating from a rule",
#: not "for deviate from a rule" (rev-jurist17 R11; the beslispunten's words,
#: exports.category_words).
_GERUNDS = {
    "deviate_from_rule": "deviating from a rule",
    "suspend_routine": "suspending the routine",
    "spend_budget": "spending budget",
    "push_through": "pushing a decision through",
    "decide_objection": "deciding on objections",
    "impose_fine": "imposing a fine",
    "set_rules": "setting rules",
}


def mandate_text(legal: LegalMap, m: Mandate) -> Text:
    """``mandaat voor bijzondere bijstand verlenen van het college aan de manager`` in both
    languages; what a non-public body passes on of its own decision is named a volmacht."""
    g = legal.graphs
    key = str(m.power)
    kind = instrument_of(legal, m)
    out = []
    for lang in ("en", "nl"):
        name = legal.power_name(key, lang)
        named = key in legal.powers and bool(legal.powers[key].name.strip())
        if not named and lang == "en":  # a category, not a name: "for spending budget"
            what = f"for {_GERUNDS.get(key, name)}"
        elif kind != Instrument.SIGNING:
            what = to_do(name, lang)
        elif lang == "nl":  # signing is no power to grant, only to sign decisions about it
            what = f"voor besluiten over {subject(name)}"
        else:
            what = f"for {quoted(name)}"
        word = INSTRUMENTS[kind].pick(lang)
        out.append(
            MANDATE.pick(lang).format(
                the="het" if word == "mandaat" else "de",
                which="dat" if word == "mandaat" else "die",
                kind=word,
                what=what,
                grantor=g.name(m.grantor).running(lang),
                holder=g.name(m.holder).running(lang),
            )
        )
    return Text(out[0], out[1])


def employer(g: CaseGraphs, legal: LegalMap, m: Mandate) -> Name | None:
    """Whose consent art. 10:4 lid 1 Awb asks besides the holder's, when the holder works for a
    joint arrangement: its dagelijks bestuur on the map, not the GR by name (jurist 8, N12)."""
    if (body := legal.staff_body(m)) is not None:
        return g.name(body)  # the college, for the burgemeester's mandate (twelfth jurist L5)
    top = legal.top(g.actors[m.holder].organisation)
    org = g.organisations.get(top)
    if org is None or org.kind is not OrganisationKind.JOINT_ARRANGEMENT:
        return None
    board = staff_board(
        g.actors.values(),
        g.relationships,
        lambda a: bool(a.organisation) and legal.top(a.organisation) == top,
    )
    if board is None:  # the staff of a GR work under its dagelijks bestuur (jurist 12b M4)
        return Name.of(f"Dagelijks bestuur {org.name}", ActorKind.ADMINISTRATOR)
    return g.name(board)


def no_basis_parts(g: CaseGraphs, legal: LegalMap, m: Mandate) -> tuple[str, ...]:
    """The remedy of a delegation without a statutory basis (art. 10:15 Awb): to a GR's body
    the basis may lie in the regeling, and a mandate instead needs the consent of a body that
    does not work under the grantor (art. 10:4 lid 1 Awb; eleventh jurist, J14 rest)."""
    holder = g.actors[m.holder]
    top = g.organisations.get(legal.top(holder.organisation)) if holder.organisation else None
    gr = top is not None and top.kind is OrganisationKind.JOINT_ARRANGEMENT
    other = legal.same_organisation(g.actors[m.grantor], holder) is False
    return (*(("or_gr",) if gr else ()), *(("consent",) if holder.is_public_body or other else ()))
