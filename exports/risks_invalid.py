"""What the grants a large map groups as invalid mean for the decisions taken on them (issue
14, rev-jurist16 N6): chapter 6's legal risks of the 2,000 nota had no line for the 146 expired
mandates, the mandates that rest on an invalid one, or the signing authorisations a civil
servant gave, although decisions taken or signed on them are taken or signed without
authority. For each such group (a grouped finding, see :mod:`mapper.repeats`) one line counts
them. A single finding keeps its own words in chapter 5 (the example's expired mandate is
covered by another valid one)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta

from exports.mandate_decision import actor_name
from mapper.analysis import Analysis
from mapper.codes import Code
from mapper.findings import Finding, Text
from mapper.wording import capital, join, word
from models.case import Case
from models.entities import Mandate
from models.enums import Instrument
from models.i18n import long_date

__all__ = ["invalid_lines"]


def _grants(case: Case, f: Finding) -> list[Mandate] | None:
    """The mandates of a grouped finding's members (one each), or None."""
    grants = [case.mandates.get(m.split(":", 1)[1]) for m in f.members]
    found = [m for m in grants if m is not None]
    return found if found and len(found) == len(grants) else None


def _since(grants: Sequence[Mandate]) -> Text:
    """ "sinds 2 januari 2024" when they all lapsed on one day, else "nadat ze verliepen"."""
    ends = {m.valid_until for m in grants}
    if len(ends) == 1 and (end := next(iter(ends))) is not None:
        day = end + timedelta(days=1)
        return Text(f"since {long_date(day, 'en')}", f"sinds {long_date(day, 'nl')}")
    return Text("after they lapsed", "nadat ze verliepen")


def _expired(
    grants: Sequence[Mandate],
    kind: Callable[[Mandate], Instrument],
    alone: Sequence[tuple[Mandate, Text]] = (),
) -> list[Text]:
    """``alone``: expired mandates with a finding of their own, counted with the group's and
    named (rev-jurist17 R5: "139 verlopen mandaten en ondermandaten" left out the consulent
    20.9's, which beslispunt 4 is about)."""
    mandates = [m for m in grants if kind(m) is Instrument.MANDATE]
    mandates += [m for m, _ in alone if kind(m) is Instrument.MANDATE]
    whose = [t for m, t in alone if kind(m) is Instrument.MANDATE][:3]
    among_en = f" (among them that of {join([t.en for t in whose], 'en')})" if whose else ""
    among_nl = f" (waaronder dat van {join([t.nl for t in whose], 'nl')})" if whose else ""
    signing = [m for m in grants if kind(m) is Instrument.SIGNING]
    out: list[Text] = []
    if mandates:
        since, n = _since(mandates), len(mandates)
        out.append(
            Text(
                f"Decisions taken {since.en} under one of the {word(n, 'en', upto=20)} expired "
                f"mandates and sub-mandates{among_en} that no other valid mandate covered were "
                "taken without "
                "authority; until the public body that holds the power ratifies them, they can "
                "be annulled on objection or appeal.",
                f"Besluiten die {since.nl} zijn genomen op een van de {word(n, 'nl', upto=20)} "
                f"verlopen mandaten en ondermandaten{among_nl} en die geen ander geldig mandaat "
                "dekte, zijn "
                "onbevoegd genomen; zolang het bestuursorgaan met de bevoegdheid ze niet "
                "bekrachtigt, kunnen ze in bezwaar of beroep sneuvelen.",
            )
        )
    if signing:
        since, s = _since(signing), len(signing)
        one = s == 1
        of_en = (
            "the expired signing authorisation"
            if one
            else (f"one of the {word(s, 'en', upto=20)} expired signing authorisations")
        )
        of_nl = (
            "de verlopen ondertekeningsmachtiging"
            if one
            else (f"een van de {word(s, 'nl', upto=20)} verlopen ondertekeningsmachtigingen")
        )
        out.append(
            Text(
                f"Whoever signed a decision {since.en} under {of_en} was no longer authorised "
                "to sign it (Awb 10:11).",
                f"Wie {since.nl} een besluit ondertekende op {of_nl}, was daartoe niet meer "
                "gemachtigd (art. 10:11 Awb).",
            )
        )
    return out


def _broken(grants: Sequence[Mandate]) -> Text:
    n, by = len(grants), len({m.grantor for m in grants})
    return Text(
        f"The {word(n, 'en', upto=20)} mandates and sub-mandates that {word(by, 'en', upto=20)} "
        "mandate holders granted while their own mandate is not valid pass nothing on either; "
        "decisions taken under them that no other valid mandate covered were taken without "
        "authority too.",
        f"Ook de {word(n, 'nl', upto=20)} mandaten en ondermandaten die "
        f"{word(by, 'nl', upto=20)} gemandateerden verleenden terwijl hun eigen mandaat niet "
        "geldig is, geven niets door; besluiten die erop zijn genomen en die geen ander geldig "
        "mandaat dekte, zijn evenmin bevoegd genomen.",
    )


def _not_by_body(grants: Sequence[Mandate]) -> Text:
    """The group's risk line: only the authorisations no mandate of the official allowed
    (since rev-jurist19b N3 an official may authorise within its mandate; rev-jurist19c J2)."""
    n = word(len(grants), "nl", upto=20), word(len(grants), "en", upto=20)
    return Text(
        f"Whoever signed a decision under one of the {n[1]} signing authorisations that "
        "officials gave without their mandate allowing it was not authorised to sign it (Awb "
        "10:11), which can be raised on objection or appeal against that decision.",
        f"Wie een besluit ondertekende op een van de {n[0]} ondertekeningsmachtigingen die "
        "ambtenaren gaven zonder dat hun mandaat dat toestond, was daartoe niet gemachtigd (art. "
        "10:11 Awb); dat kan in bezwaar of beroep tegen dat besluit worden aangevoerd.",
    )


def _one_not_by_body(case: Case, m: Mandate) -> Text:
    """A single signing authorisation a civil servant gave, with the same risk as a group's
    (rev-jurist19 R4: it had no line, only the group had)."""
    power = case.powers.get(str(m.power))
    body = power.holder if power is not None and power.holder else ""
    names = [
        Text(actor_name(case, a, "en"), actor_name(case, a, "nl"))
        for a in (m.grantor, m.holder, body)
    ]
    grantor, holder, owner = names
    owner_en = owner.en or "the public body"
    owner_nl = owner.nl or "het bestuursorgaan"
    return Text(
        f"{capital(grantor.en)} gave {holder.en} a signing authorisation that only {owner_en} "
        "can grant: decisions signed under it were signed by someone not authorised to sign "
        "(Awb 10:11), which can be raised on objection or appeal against those decisions.",
        f"{capital(grantor.nl)} gaf {holder.nl} een ondertekeningsmachtiging die alleen "
        f"{owner_nl} kan verlenen: besluiten die erop zijn ondertekend, zijn ondertekend door "
        "wie daartoe niet gemachtigd was (art. 10:11 Awb), en dat kan in bezwaar of beroep "
        "tegen die besluiten worden aangevoerd.",
    )


def invalid_lines(
    case: Case, analysis: Analysis, kind: Callable[[Mandate], Instrument]
) -> list[Text]:
    """One line for each grouped finding of expired mandates, mandates on a broken chain and
    signing authorisations a civil servant gave; ``kind``: what a grant passes on in law."""
    said: dict[str, list[Text]] = {}
    alone = [
        (m, Text(actor_name(case, m.holder, "en"), actor_name(case, m.holder, "nl")))
        for f in analysis.findings
        if f.code == Code.MANDATE_EXPIRED
        and not f.members
        and (m := case.mandates.get(f.id.partition(":")[2])) is not None
    ]
    for f in analysis.findings:
        grants = _grants(case, f) if f.members else None
        if f.code == Code.MANDATE_SIGNING_NOT_BY_BODY and not f.members:
            if (one := case.mandates.get(f.id.partition(":")[2])) is not None:
                said.setdefault(f.code, []).append(_one_not_by_body(case, one))
            continue
        if grants is None:
            continue
        if f.code == Code.MANDATE_EXPIRED:
            said.setdefault(f.code, []).extend(_expired(grants, kind, alone))
        elif f.code == Code.MANDATE_CHAIN_BROKEN:
            said.setdefault(f.code, []).append(_broken(grants))
        elif f.code == Code.MANDATE_SIGNING_NOT_BY_BODY:
            said.setdefault(f.code, []).append(_not_by_body(grants))
    order = (Code.MANDATE_EXPIRED, Code.MANDATE_CHAIN_BROKEN, Code.MANDATE_SIGNING_NOT_BY_BODY)
    return [line for code in order for line in said.get(code, [])]
