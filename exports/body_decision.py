"""Beslispunten for a body other than the college (twelfth jurist L1): a beslispunt is decided
by the body that holds the power. The college cannot mandate a power of the burgemeester (art.
174a Gemeentewet) or the raad, nor ratify decisions taken on it; it only establishes that its
own grant had no basis (art. 10:1 Awb). The body that holds the power grants the mandate itself,
with the consent of the holder and of the college, under whose responsibility the civil service
works (art. 10:4 lid 1 Awb; art. 160 lid 1 onder c Gemeentewet), and ratifies what was decided
on the void grant. The advice note gives those points a block of their own ("De burgemeester
besluit:").
"""

from __future__ import annotations

from exports.case_decision import joint_arrangement
from exports.mandate_decision import actor_name, municipal_college, named_actor, volmacht
from mapper.addressee import addressed_college
from mapper.analysis import Analysis
from mapper.codes import Code
from mapper.wording import cite
from models.case import Case
from models.entities import Actor, Mandate
from models.enums import ActorKind
from models.i18n import Lang

__all__ = ["body_blocks", "college_id", "other_body", "void_grant_point"]


def college_id(case: Case) -> str | None:
    """The college the advice note is addressed to: the administrator named so, if any."""
    return addressed_college(case.actors)


def _college(actor: Actor) -> bool:
    return "college" in actor.name.lower()


def other_body(case: Case, m: Mandate) -> Actor | None:
    """The municipality's own public body other than the college that holds ``m``'s power
    (the burgemeester, the raad) when the college granted ``m``; None otherwise (a GR's body
    repairs its own grants, N4)."""
    power = case.powers.get(str(m.power))
    grantor = case.actors.get(m.grantor)
    body = case.actors.get(power.holder) if power is not None and power.holder else None
    if body is None or grantor is None or not _college(grantor) or _college(body):
        return None
    if grantor.kind is not ActorKind.ADMINISTRATOR or not body.is_public_body:
        return None
    if joint_arrangement(case, body.id) is not None:
        return None
    return body


def void_grant_point(case: Case, m: Mandate, phrase: str, lang: Lang) -> str | None:
    """The college's own point on a mandate it granted of another body's power: it states that
    it could not grant it ("vast te stellen dat het college … niet kon verlenen, omdat die
    bevoegdheid bij de burgemeester berust (art. 174a Gemeentewet; art. 10:1 Awb)")."""
    body = other_body(case, m)
    if body is None:
        return None
    power = case.powers.get(str(m.power))
    basis = power.legal_basis.strip() if power is not None else ""
    grantor, who = actor_name(case, m.grantor, lang), actor_name(case, body.id, lang)
    if lang == "nl":
        why = f"{cite(basis)}; art. 10:1 Awb" if basis else "art. 10:1 Awb"
        return (
            f"vast te stellen dat {grantor} {phrase} niet kon verlenen, omdat die bevoegdheid "
            f"bij {who} berust ({why})"
        )
    why = f"{basis}; Awb 10:1" if basis else "Awb 10:1"
    return (
        f"to establish that {grantor} could not grant {phrase}, since that power rests with "
        f"{who} ({why})"
    )


def _short(case: Case, actor_id: str, lang: Lang) -> str:
    """The actor by its role alone once named in full ("de teamleider", "het college")."""
    actor = case.actors.get(actor_id)
    forms = named_actor(case, actor).forms(lang) if actor is not None else ("", "")
    return forms[1] or forms[0]


def _consent(case: Case, m: Mandate, body: Actor, lang: Lang) -> str:
    """Whose consent the body's mandate needs (art. 10:4 lid 1 Awb): a civil servant works
    under the college, not under the burgemeester or the raad (art. 160 lid 1 onder c
    Gemeentewet)."""
    holder = case.actors.get(m.holder)
    name = _short(case, m.holder, lang)
    college = college_id(case)
    same = holder is not None and holder.organisation == body.organisation
    if holder is not None and not holder.is_public_body and same and college is not None:
        under = _short(case, college, lang)
    else:
        under = (
            "van degene onder wiens verantwoordelijkheid die werkt"
            if lang == "nl"
            else "of whoever it works under"
        )
        return (
            f", met instemming van {name} en {under} (art. 10:4 lid 1 Awb)"
            if lang == "nl"
            else f", with the consent of {name} and {under} (Awb 10:4(1))"
        )
    if lang == "nl":
        return f", met instemming van {name} en van {under} (art. 10:4 lid 1 Awb)"
    return f", with the consent of {name} and of {under} (Awb 10:4(1))"


def _body_point(case: Case, m: Mandate, body: Actor, lang: Lang) -> str:
    holder, short = actor_name(case, m.holder, lang), _short(case, m.holder, lang)
    grantor = _short(case, m.grantor, lang)
    power = case.powers.get(str(m.power))
    what = f" voor ‘{power.name}’" if power is not None else ""
    consent = _consent(case, m, body, lang)
    if lang == "nl":
        return (
            f"{holder} mandaat te verlenen{what}{consent}, en de besluiten die {short} op het "
            f"mandaat van {grantor} nam, te laten inventariseren en de besluiten die geen geldig "
            "mandaat dekte, ter bekrachtiging voor te leggen"
        )
    what = f" for ‘{power.name}’" if power is not None else ""
    return (
        f"to grant {holder} a mandate{what}{consent}, and to have the decisions {short} took "
        f"under the mandate of {grantor} listed and those no valid mandate covered put forward "
        "for ratification"
    )


def _burgemeester(case: Case, college: str) -> Actor | None:
    """The burgemeester of the college's municipality, if the map has him."""
    org = case.actors.get(college)
    return next(
        (
            a
            for a in case.actors
            if a.kind is ActorKind.ADMINISTRATOR
            and "burgemeester" in a.name.lower()
            and (org is None or a.organisation == org.organisation)
        ),
        None,
    )


def _represent_point(case: Case, m: Mandate, lang: Lang) -> str:
    """The burgemeester designates (again, when it expired) whom a volmacht let sign: the
    college decides to conclude a contract, the burgemeester represents the municipality and
    may have someone else do so (art. 171 lid 2 Gemeentewet; jurist 12b M1, maps K and H)."""
    holder = actor_name(case, m.holder, lang)
    power = case.powers.get(str(m.power))
    what = f"‘{power.name}’" if power is not None else ""
    again = municipal_college(case, m.grantor)  # the raad's volmacht is void, not renewed
    if lang == "nl":
        at = f" bij {what}, waartoe het college besluit" if what else ""
        return (
            f"{holder} {'opnieuw ' * again}aan te wijzen om de gemeente te vertegenwoordigen"
            f"{at} (art. 171 lid 2 Gemeentewet)"
        )
    at = f" in {what}, on which the executive decides" if what else ""
    return (
        f"to designate {holder}{' again' * again} to represent the municipality{at} (art. "
        "171(2) Municipalities Act)"
    )


def _represented(case: Case, analysis: Analysis) -> list[Mandate]:
    """The volmachten for which the college's own beslispunt grants a mandate to decide:
    expired ones of the municipality's college (exports.mandate_decision.own_clauses) and the
    raad's, which the raad could not grant (exports.grant_point._council_point). Each needs the
    burgemeester's designation too."""
    found: list[Mandate] = []
    for cause in analysis.causes:
        if cause.severity.value == "info":
            continue
        for f in analysis.findings_of(cause):
            m = case.mandates.get(f.mandates[-1]) if f.mandates else None
            if m is None or m in found:
                continue
            power = case.powers.get(str(m.power))
            expired = f.code == Code.MANDATE_EXPIRED and municipal_college(case, m.grantor)
            if (expired and volmacht(power, m)) or f.code == Code.MANDATE_COUNCIL_PRIVATE_LAW:
                found.append(m)
    return found


def body_blocks(case: Case, analysis: Analysis, lang: Lang) -> list[tuple[str, str, list[str]]]:
    """Per other body, its name ("de burgemeester"), its intro ("De burgemeester besluit:")
    and its beslispunten: the mandates of its powers the college granted without the power
    (MANDATE_NO_LEGAL_ROOT); and the burgemeester's designation of whoever represents the
    municipality where an expired volmacht of the college is renewed (art. 171 lid 2
    Gemeentewet)."""
    blocks: dict[str, list[str]] = {}
    for f in analysis.findings:
        if f.code != Code.MANDATE_NO_LEGAL_ROOT or not f.mandates or len(f.actors) >= 3:
            continue
        m = case.mandates.get(f.mandates[-1])
        body = other_body(case, m) if m is not None else None
        if m is None or body is None:
            continue
        point = _body_point(case, m, body, lang)
        if point not in (points := blocks.setdefault(body.id, [])):
            points.append(point)
    for m in _represented(case, analysis):
        mayor = _burgemeester(case, m.grantor)
        point = _represent_point(case, m, lang)
        key = mayor.id if mayor is not None else ""  # "" : the burgemeester, not on the map
        if point not in (points := blocks.setdefault(key, [])):
            points.append(point)
    out: list[tuple[str, str, list[str]]] = []
    for body_id, points in blocks.items():
        name = (
            actor_name(case, body_id, lang)
            if body_id
            else ("de burgemeester" if lang == "nl" else "the Burgemeester")
        )
        intro = f"{name} besluit:" if lang == "nl" else f"{name} decides:"
        out.append((name, intro[:1].upper() + intro[1:], points))
    return out
