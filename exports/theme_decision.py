"""Beslispunten on how the organisation works (backing, learning, a person the case hangs on,
signals, distrust, the political line): each goes to whoever can arrange it. The civil
service's own working goes to the gemeentesecretaris, who leads it for the college, its
employer (art. 160 lid 1 onder d and art. 103 Gemeentewet; jurist J11); a GR's staff to the
GR's own bestuur, whom the municipality reaches through its member of the algemeen bestuur
(J23; seventh round W4); a rule-maker hears what the professionals see pinch, not the other
way round (W4).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from exports.case_decision import board_member, secretaris_id, stand_in
from exports.case_decision import joint_arrangement as _joint_arrangement
from exports.case_decision import owner as _owner
from exports.case_decision import secretaris as _secretaris
from exports.mandate_decision import actor_name
from exports.staff_decision import bestuur as staff_bestuur
from mapper.casebook.variant import variant_of
from mapper.checks.learning import college_of
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Cause, Finding
from mapper.names import Name
from mapper.wording import join
from models.case import Case
from models.entities import Organisation
from models.enums import ActorKind, RelationKind
from models.i18n import Lang

__all__ = ["endorse", "route_of", "second_route", "theme_point"]


def _names(
    case: Case, ids: Iterable[str], lang: Lang, *, skip: ActorKind | None = None
) -> list[str]:
    out = [
        actor_name(case, a, lang)
        for a in dict.fromkeys(ids)
        if (actor := case.actors.get(a)) is not None and actor.kind is not skip
    ]
    return [n for n in out if n]


def _actors(case: Case, ids: Iterable[str], lang: Lang, *, skip: ActorKind | None = None) -> str:
    return join(_names(case, ids, lang, skip=skip), lang)


def _professional(case: Case, actors: tuple[str, ...]) -> str | None:
    """The professional at the end of a line (the one who must dare to deviate)."""
    for a in reversed(actors):
        actor = case.actors.get(a)
        if actor is not None and actor.kind is ActorKind.PROFESSIONAL:
            return a
    return actors[-1] if actors else None


def theme_point(
    case: Case,
    cause: Cause,
    f: Finding,
    findings: Sequence[Finding],
    lang: Lang,
    carriers: frozenset[str] = frozenset(),
) -> str | None:
    """Backing, learning, signals, a person the case hangs on, distrust between two, the
    political line: what the college can commission on each."""
    owner = _owner(case, lang)
    nl = lang == "nl"
    if f.code.startswith("TRUST_BACKING"):
        pro = _professional(case, f.actors)
        who = actor_name(case, pro, lang)
        ask = _ask_staff(case, pro, lang)
        backing = (
            f"{ask} dat {who} vooraf rugdekking krijgt om beargumenteerd van de routine af te "
            "wijken, en dat casussen worden besproken zonder af te rekenen"
            if nl
            else f"{ask} that {who} is backed in advance when deviating from routine with good "
            "reason, and that cases are discussed without blame"
        )
        return _and_second_route(case, backing, findings, lang, carriers)
    if f.code == Code.LEARNING_NO_FEEDBACK_PATH:
        return _reflection(case, f, lang)
    if f.code == Code.INTENT_NO_OWNER or (
        f.code == Code.INTENT_NOT_STATED and not case.info.intent_owner
    ):
        return (
            "de portefeuillehouder aan te wijzen die eigenaar is van de bedoeling van deze aanpak"
            if nl
            else "to appoint the portfolio holder who owns the intent of this approach"
        )
    if f.code == Code.INTENT_NOT_STATED:
        return (
            f"{owner} te vragen de bedoeling van deze aanpak op te schrijven en aan het college "
            "voor te leggen"
            if nl
            else f"to ask {owner} to write down the intent of this approach and put it to the "
            "college"
        )
    if cause.id.startswith("person:") and f.actors:
        who = actor_name(case, cause.id.split(":", 1)[1], lang) or actor_name(
            case, f.actors[0], lang
        )
        gr = _joint_arrangement(case, cause.id.split(":", 1)[1])
        if gr is not None:
            return _raise_in_board(case, gr, who, lang)
        lead = _secretaris(case, lang)
        if cause.id.split(":", 1)[1] == secretaris_id(case):
            return stand_in(case, cause.id.split(":", 1)[1], lang)  # the college's (N11)
        if f.code == Code.STRUCTURE_CARRYING_ACTOR and len(f.actors) >= 3:
            return second_route(case, f.actors[:1], f.actors[-1], lang, carriers)
        if any(n.handler == cause.id.split(":", 1)[1] for n in case.needs):
            # a route "beside" the handler is a route around the case itself; the second route
            # from the handler up is another point's (eleventh jurist H9): a stand-in here
            signals = any(g.code.startswith("SIGNAL") for g in findings)
            return (
                f"{lead} te vragen een vervanger voor {who} aan te wijzen"
                + (", bij wie ook de signalen over de casus terechtkomen" if signals else "")
                + ", zodat de casus niet van één persoon afhangt"
                if nl
                else f"to ask {lead} to appoint a stand-in for {who}"
                + (", who also receives the signals about the case" if signals else "")
                + ", so that the case does not depend on one person"
            )
        return (
            f"{lead} te vragen naast {who} een tweede ambtelijke route in te richten, zodat de "
            "casus niet van één persoon afhangt"
            if nl
            else f"to ask {lead} to set up a second route in the civil service beside {who}, so "
            "that the case does not depend on one person"
        )
    if f.code == Code.SIGNAL_UNHEARD:
        partners = _actors(
            case, [a for g in findings if g.code == f.code for a in g.actors[:1]], lang
        )
        # how signals are received is the civil service's working, not a matter for the
        # portfolio holder to settle with a resident (tenth jurist J6: a wethouder hears of the
        # case through the college, not directly)
        lead = _secretaris(case, lang)
        return (
            f"{lead} te vragen vast te leggen bij wie {partners} met een signaal terechtkunnen"
            if nl
            else f"to ask {lead} to lay down whom {partners} can go to with a signal"
        )
    if f.code == Code.TRUST_MUTUAL_DISTRUST and len(f.actors) >= 2:
        pair = _actors(case, f.actors[:2], lang)
        return (
            f"{owner} te vragen iemand aan te wijzen die {pair} allebei vertrouwen, om "
            "de casus tussen hen te dragen"
            if nl
            else f"to ask {owner} to appoint someone whom {pair} both trust, to carry "
            "the case between them"
        )
    if f.code == Code.SPHERES_OPPONENT_UNCONNECTED:
        return (
            f"{owner} te vragen een perslijn op te stellen over het beleid achter deze "
            "aanpak; individuele casussen blijven daarbuiten"
            if nl
            else f"to ask {owner} to draw up a press line on the policy behind this "
            "approach; individual cases stay out of it"
        )
    return None


def endorse(case: Case, f: Finding, lang: Lang) -> str | None:
    """The college that holds the power to deviate, or is divided over the intent, endorses
    the intent itself: it decides as one body, and whoever decides in its mandate can rest on
    it (jurist J9: the portfolio holder holds no power to deviate; "maak het bestuursorgaan
    dat deze besluiten neemt eigenaar van de bedoeling"). A body in a GR hears of it through
    the municipality's member of its algemeen bestuur, another body through the portfolio
    holder. The form that only says the map names no power to deviate is no beslispunt (an
    opmerking, N3); the forms are told apart by :func:`mapper.casebook.variant.variant_of`."""
    nl = lang == "nl"
    bodies: tuple[str, ...] = ()
    if f.code == Code.INTENT_NO_DEVIATION_POWER:
        form, bodies = variant_of(Context.of(case), f, f.cause)
        if form == "unnamed":
            return None
    elif f.code != Code.SPHERES_COLLEGE_DIVIDED:
        return None
    college = college_of(Context.of(case)) if bodies else None
    body = next((b for b in bodies if b != college), None)
    gr = _joint_arrangement(case, body)
    if gr is not None:
        member = board_member(gr, lang)
        return (
            f"{member}, te vragen de bedoeling achter deze aanpak daar aan de orde te stellen"
            if nl
            else f"to ask {member} to raise the intent behind this approach there"
        )
    if body is not None:
        owner, who = _owner(case, lang), actor_name(case, body, lang)
        return (
            f"{owner} te vragen de bedoeling achter deze aanpak aan {who} voor te leggen"
            if nl
            else f"to ask {owner} to put the intent behind this approach to {who}"
        )
    return (
        "de bedoeling achter deze aanpak als college te onderschrijven, zodat wie in mandaat "
        "beslist, daarop kan steunen"
        if nl
        else "to endorse the intent behind this approach as the Executive, so that whoever "
        "decides under its mandate can rest on it"
    )


def _reflection(case: Case, f: Finding, lang: Lang) -> str:
    """A periodic case review in which whoever sets the rules hears the professionals the
    case cannot reach them from (the finding's actors: those handlers first, then the rule
    owners). Inside a GR, its dagelijks bestuur sets it up: the gemeentesecretaris has no say
    over a GR's staff (jurist, seventh round W4)."""
    handlers = {n.handler for n in case.needs if n.handler}
    lost = list(f.actors)
    while lost and lost[-1] not in handlers:
        lost.pop()
    owners = f.actors[len(lost) :]
    nl = lang == "nl"
    grs = [_joint_arrangement(case, a) for a in lost]
    gr = grs[0] if grs and all(g is not None and g == grs[0] for g in grs) else None
    if gr is not None:  # only the GR's own staff: its bestuur sets the review up
        bestuur = staff_bestuur(case, gr, lang)
        seen = _actors(case, lost, lang)
        return (
            f"{bestuur} te vragen een periodieke casusreflectie in te richten waarin wie de "
            f"regels vaststelt, hoort wat {seen} zien knellen"
            if nl
            else f"to ask {bestuur} to set up a regular case review in which whoever sets the "
            f"rules hears what {seen} see pinch"
        )
    names = _names(case, owners, lang, skip=ActorKind.COUNCIL)
    whom = join(names, lang) or ("de eigenaren van de regels" if nl else "the owners of the rules")
    one = len(names) == 1
    hear = ("hoort" if one else "horen") if nl else ("hears" if one else "hear")
    lead = _secretaris(case, lang)  # the civil service's own working (J11)
    return (
        f"{lead} te vragen een periodieke casusreflectie in te richten waarin "
        f"{whom} {hear} welke regels in casussen als deze knellen"
        if nl
        else f"to ask {lead} to set up a regular case review in which {whom} {hear} "
        "which rules pinch in cases like this one"
    )


def _and_second_route(
    case: Case, point: str, findings: Sequence[Finding], lang: Lang, carriers: frozenset[str]
) -> str:
    """``point`` and, when the cause also holds the person every route runs through (a joined
    cause: backing and the manager the case hangs on), the second route beside that person
    too (the seventh round's open point: the beslispunt named only one route). Asked of the
    same person, it is one request: "… te vragen af te spreken dat …, en naast … een tweede
    ambtelijke route in te richten …"."""
    carrying = next(
        (f for f in findings if f.code == Code.STRUCTURE_CARRYING_ACTOR and len(f.actors) >= 3),
        None,
    )
    if carrying is None:
        return point
    route = second_route(case, carrying.actors[:1], carrying.actors[-1], lang, carriers)
    lead = _secretaris(case, lang)
    ask = f"{lead} te vragen " if lang == "nl" else f"to ask {lead} "
    if point.startswith(ask) and route.startswith(ask):
        # "to ask X to agree …, and to set up …" / "X te vragen af te spreken …, en naast …"
        return f"{point}, {'en' if lang == 'nl' else 'and'} {route[len(ask) :]}"
    return f"{point}; {route}"


def route_of(case: Case, cause: Cause, findings: Sequence[Finding]) -> tuple[str, str] | None:
    """The person a cause hangs on and the handler beside whom a second route is built, when
    the cause is one such person in the municipality's own staff."""
    if not cause.id.startswith("person:") or _joint_arrangement(case, cause.id[7:]) is not None:
        return None
    for f in findings:
        if f.code == Code.STRUCTURE_CARRYING_ACTOR and len(f.actors) >= 3:
            return f.actors[0], f.actors[-1]
    return None


def second_route(
    case: Case, people: Sequence[str], handler: str, lang: Lang, carriers: frozenset[str]
) -> str:
    """The beslispunt for the people every tie between the intent's owner and the case runs
    through: a second route in the civil service from the handler to whoever may decide, by
    the handler's own superior when that is someone else (jurist J2: "bijvoorbeeld via de
    teamleider"), never by another person the case hangs on (``carriers``), and a deputy for
    each (the youth template's point 3 was generic). Two such people beside the same handler
    share one beslispunt (the Wmo template's points 3 and 4 were near-duplicates, W14). The
    secretaris is never asked to route around himself: the college lays down who stands in
    for him (N11)."""
    top = secretaris_id(case)
    if top is not None and top in people:
        own = stand_in(case, top, lang)
        rest = [p for p in people if p != top]
        if not rest:
            return own
        return f"{own}; {second_route(case, rest, handler, lang, carriers | {top})}"
    lead = _secretaris(case, lang)
    who = join([actor_name(case, p, lang) for p in people], lang)
    shorts = []
    for p in people:
        actor = case.actors.get(p)
        short = Name.of(actor.name, actor.kind).forms(lang)[1] if actor is not None else ""
        shorts.append(short or actor_name(case, p, lang))
    absent = join(shorts, lang)
    up = [
        r.target
        for r in case.relationships
        if r.source == handler and r.kind in (RelationKind.ACCOUNTABILITY, RelationKind.ESCALATION)
    ] + [
        r.source
        for r in case.relationships
        if r.target == handler and r.kind is RelationKind.HIERARCHY
    ]
    skip = {*people, handler, *carriers}
    via = next((a for a in up if a not in skip and case.actors.get(a)), None)
    by = actor_name(case, via, lang) if via else ""
    if lang == "nl":
        return (
            f"{lead} te vragen naast {who} een tweede ambtelijke route in te richten van "
            f"{actor_name(case, handler, lang)} naar wie in de casus mag beslissen"
            + (f", bijvoorbeeld via {by}" if by else "")
            + f", en vast te leggen wie {absent} bij afwezigheid vervangt"
        )
    return (
        f"to ask {lead} to set up a second route in the civil service beside {who}, from "
        f"{actor_name(case, handler, lang)} to whoever may decide in the case"
        + (f", for instance through {by}" if by else "")
        + f", and to record who stands in for {absent} when absent"
    )


def _raise_in_board(case: Case, gr: Organisation, who: str, lang: Lang) -> str:
    """A GR's staff is the GR's own business: its dagelijks bestuur, not the algemeen bestuur,
    sees to it that the case does not hang on ``who`` (J23; eighth round N4)."""
    board = staff_bestuur(case, gr, lang)
    if lang == "nl":
        return (
            f"{board} te vragen te voorkomen dat de casus van één persoon ({who}) afhangt, "
            "bijvoorbeeld met een tweede route of een vervanger"
        )
    return (
        f"to ask {board} to prevent the case from depending on one person ({who}), for "
        "example with a second route or a stand-in"
    )


def _ask_staff(case: Case, actor_id: str | None, lang: Lang) -> str:
    """The opening of a point on the civil service's own working: the college is the employer
    (art. 160 lid 1 onder d Gemeentewet), the secretaris leads it (J11); a GR's staff goes to
    the GR's algemeen bestuur (J23)."""
    gr = _joint_arrangement(case, actor_id)
    if gr is not None:
        member = board_member(gr, lang)
        if lang == "nl":
            return f"{member}, te vragen daar af te spreken"
        return f"to ask {member} to agree there"
    lead = _secretaris(case, lang)
    return f"{lead} te vragen af te spreken" if lang == "nl" else f"to ask {lead} to agree"
