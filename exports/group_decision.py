"""A beslispunt about a grouped finding (:mod:`mapper.repeats`) names the group, not one member
picked from it (new user at scale, session 14: the first page asked to renew two single expired
sub-mandates out of "146 mandaten zijn verlopen" without saying so, and amended the mandate
decision for two holders out of 45 pairs).

- Expired mandates of a group: one point for all of them, counted as the cause's title counts
  them, three holders named, asked of the bodies that granted or allowed them (rev-jurist16
  N2): "de 49 bestuursorganen die de 146 verlopen mandaten, ondermandaten en
  ondertekeningsmachtigingen, onder meer van …, verleenden of toestonden, te vragen ze opnieuw
  te verlenen of te laten verlenen, …".
- A sub-mandate the chain does not allow: the first member's amendment, then the others counted
  as the heading counts its places: "…, en evenzo in de 79 andere gevallen waarin dat
  ondermandaat niet is toegestaan".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from exports.mandate_amend import addressed_college
from mapper.findings import Finding, Text
from mapper.mandate_down import roots, up_chain
from mapper.wording import join, kinds_first, natural_key, word
from models.case import Case
from models.entities import Mandate
from models.enums import ActorKind, Instrument
from models.i18n import Lang

__all__ = ["expired_group", "group_tail", "member_chain", "other_bodies"]

#: Holders an expired group's point names before "onder meer" stops.
_NAMED = 3
#: How the college renews the expired grants under it (:func:`_how`).
_RENEW_NL = (
    "opnieuw te verlenen",
    "opnieuw te laten verlenen",
    "opnieuw te verlenen of te laten verlenen",
)
_RENEW_EN = ("to grant again", "to have granted again", "to grant again or have granted again")


def member_chain(case: Case, f: Finding) -> tuple[str, ...]:
    """The mandates of the first member of grouped finding ``f``, as a member lists them: the
    chain above from the root, then the mandate it is about (its id is the code and that
    mandate's id, :func:`mapper.finding_ids.finding_id`); () when none is found."""
    _, _, subject = f.members[0].partition(":") if f.members else ("", "", "")
    first = case.mandates.get(subject.split("#", 1)[0])
    if first is None:
        return ()
    return (*(m.id for m in up_chain(case.mandates, first)), first.id)


def _places(f: Finding, lang: Lang) -> list[str]:
    """The group's members as its heading names them, each once."""
    return list(dict.fromkeys(s(lang) if isinstance(s, Text) else str(s) for s in f.subjects))


def expired_group(
    case: Case,
    groups: Sequence[Finding],
    lang: Lang,
    name: Callable[[str], str],
    sections: Sequence[str] = (),
) -> str:
    """The one beslispunt for the groups of expired mandates (their members counted as
    mandates, as a cause's title "146 mandaten zijn verlopen" counts them; two groups, one in a
    critical cause and one of its own, were two points on the first page at 10,000 actors).
    ``sections``: each group's section ("5.22"); with two groups or more the point says where
    each count stands, as the sum is in no heading (new user at scale, session 15, G3).
    The college renews only what it granted or allowed itself and asks the other bodies for
    theirs; the kinds are named as the heading counts them, and a signing authorisation a
    directeur or teamleider gave, which they cannot give, is given anew by the body itself
    (rev-jurist16 N2: the college B&W 1 "besluit te verlengen" 146 grants it never made)."""
    n = sum(len(f.members) for f in groups)
    split = _split(groups, sections, lang)
    places = list(dict.fromkeys(p for f in groups for p in _places(f, lang)))
    places.sort(key=natural_key)
    named = kinds_first(places)[:_NAMED]
    grants = [m for f in groups for m in _members(case, f)]
    college = addressed_college(case)
    signing = [m for m in grants if m.instrument is Instrument.SIGNING]
    by_staff = [m for m in signing if not _is_body(case, m.grantor)]
    staff = sorted({_role(case, m.grantor) for m in by_staff} - {""})
    kinds = _kind_words(case, grants, lang)
    if lang == "nl":
        among = f", onder meer van {join(named, lang)}," if named else ""
        if named and len(places) == len(named):
            among = f", van {join(named, lang)},"
        what = f"de {word(n, lang)} verlopen {kinds}{split}{among}"
        head = f"{what} {_RENEW_NL[_how(case, grants, college)]}"
        if by_staff:
            k = len(by_staff)
            them = (
                "de ondertekeningsmachtiging"
                if k == 1
                else (f"de {word(k, lang)} ondertekeningsmachtigingen")
            )
            head += (
                f", {them} die {_either(['een ' + r for r in staff], 'of')} gaf, door het "
                "bestuursorgaan zelf, want alleen dat kan tot ondertekening machtigen (art. 10:11 "
                "Awb)"
            )
        return f"{head}, {_TAKEN_NL[_taken(case, grants)]}"
    among = f", among them those of {join(named, lang)}," if named else ""
    if named and len(places) == len(named):
        among = f", those of {join(named, lang)},"
    what = f"the {word(n, lang)} expired {kinds}{split}{among}"
    head = f"{_RENEW_EN[_how(case, grants, college)]} {what.removesuffix(',')}"
    if by_staff:
        k = len(by_staff)
        head += (
            f", the {'' if k == 1 else word(k, lang) + ' '}signing authorisation"
            f"{'' if k == 1 else 's'} {_either(['a ' + r for r in staff], 'or')} gave by the "
            "public body itself (only a public body can authorise signing, "
            "Awb 10:11)"
        )
    return f"{head}, {_TAKEN_EN[_taken(case, grants)]}"


def _taken(case: Case, grants: Sequence[Mandate]) -> tuple[bool, bool]:
    """Whether ``grants`` hold a sub-mandate, and a signing authorisation: what was decided on
    them is said as taken on an (onder)mandaat or signed on a machtiging (rev-jurist16 N2)."""
    sub = _has_sub(case, grants)
    return sub, any(m.instrument is Instrument.SIGNING for m in grants)


#: what was decided on the expired grants is listed and put forward for ratification, by
#: (sub-mandate among them, signing authorisation among them)
_TAKEN_NL = {
    (sub, signing): "en de besluiten die sindsdien op een verlopen {m} zijn genomen{s}, te "
    "laten inventariseren en de besluiten die geen geldig {m} dekte{z}, ter bekrachtiging voor "
    "te leggen aan het bestuursorgaan dat de bevoegdheid heeft".format(
        m="(onder)mandaat" if sub else "mandaat",
        s=" of op een verlopen ondertekeningsmachtiging zijn ondertekend" if signing else "",
        z=" of die zonder geldige machtiging zijn ondertekend" if signing else "",
    )
    for sub in (False, True)
    for signing in (False, True)
}
_TAKEN_EN = {
    (sub, signing): "and to have the decisions taken since under an expired {m}{s} listed and "
    "those no valid {m} covered{z} put for ratification to the public body that holds "
    "the power".format(
        m="(sub-)mandate" if sub else "mandate",
        s=" or signed under an expired signing authorisation" if signing else "",
        z=" or signed without a valid authorisation" if signing else "",
    )
    for sub in (False, True)
    for signing in (False, True)
}


def _members(case: Case, f: Finding) -> list[Mandate]:
    """The mandates of the members of grouped finding ``f`` (code and mandate id each)."""
    ids = [member.partition(":")[2].split("#", 1)[0] for member in f.members]
    return [m for m in map(case.mandates.get, ids) if m is not None]


def _has_sub(case: Case, grants: Sequence[Mandate]) -> bool:
    """Whether a grant that is no signing authorisation hangs below another (a sub-mandate)."""
    root = roots(case.mandates, grants)
    return any(m.instrument is not Instrument.SIGNING and root[m.id] != m.grantor for m in grants)


def _how(case: Case, grants: Sequence[Mandate], college: str | None) -> int:
    """How the college renews the grants under it: 0 itself (it granted them all), 1 by
    having them granted again (its mandatarissen granted them all), 2 both."""
    root = roots(case.mandates, grants)
    mine = [m for m in grants if root[m.id] == college]
    own = {m.grantor == college for m in mine}
    return 2 if len(own) > 1 else (1 if own == {False} else 0)


def _is_body(case: Case, actor_id: str) -> bool:
    actor = case.actors.get(actor_id)
    return actor is not None and actor.kind is ActorKind.ADMINISTRATOR


def _role(case: Case, actor_id: str) -> str:
    """``directeur`` for "Directeur 4.2": the kind of official, without the number."""
    actor = case.actors.get(actor_id)
    return re.sub(r"\s*\d+(?:\.\d+)*$", "", actor.name).lower() if actor is not None else ""


def _either(items: Sequence[str], word_or: str) -> str:
    """``a, b of c``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {word_or} {items[-1]}"


def _kind_words(case: Case, grants: Sequence[Mandate], lang: Lang) -> str:
    """ "mandaten, ondermandaten en ondertekeningsmachtigingen", the kinds the group holds (the
    heading counts the signing authorisations too: rev-jurist16 N2)."""
    nl = lang == "nl"
    signing = [m for m in grants if m.instrument is Instrument.SIGNING]
    words = ["mandaten" if nl else "mandates"]
    if not grants:  # none found on the map: the kinds a group of them usually holds
        return "mandaten en ondermandaten" if nl else "mandates and sub-mandates"
    if _has_sub(case, grants):
        words.append("ondermandaten" if nl else "sub-mandates")
    if signing:
        words.append("ondertekeningsmachtigingen" if nl else "signing authorisations")
    return join(words, lang)


def _who(name: Callable[[str], str], bodies: Sequence[str], other: bool, lang: Lang) -> str:
    """The bodies asked: named up to three, else counted."""
    if len(bodies) <= _NAMED:
        return join([name(b) for b in bodies], lang)
    n = word(len(bodies), lang)
    if lang == "nl":
        return f"de {n} {'andere ' if other else ''}bestuursorganen"
    return f"the {n} {'other ' if other else ''}public bodies"


def _split(groups: Sequence[Finding], sections: Sequence[str], lang: Lang) -> str:
    """ " (zes in paragraaf 5.2 en 703 in paragraaf 5.22)" for two groups or more, in the
    order of their sections; "" for one group."""
    if len(groups) < 2 or len(sections) != len(groups):
        return ""
    pairs = sorted(zip(sections, groups, strict=True), key=lambda p: natural_key(p[0]))
    where = " in paragraaf " if lang == "nl" else " in section "
    return f" ({join([word(len(f.members), lang) + where + s for s, f in pairs], lang)})"


def _roots(case: Case, f: Finding) -> list[str]:
    """The body each member of ``f`` hangs from: the grantor of its chain's first mandate."""
    roots = []
    for member in f.members:
        m = case.mandates.get(member.partition(":")[2].split("#", 1)[0])
        top = next(iter(up_chain(case.mandates, m)), m) if m is not None else None
        roots.append(top.grantor if top is not None else "")
    return roots


def _split_bodies(case: Case | None, f: Finding, lang: Lang) -> tuple[list[str], dict[str, int]]:
    """The places under the first member's body, and the places under each other body."""
    places = _places(f, lang)
    if case is None or not f.members or len(f.subjects) != len(f.members):
        return places, {}
    roots = _roots(case, f)
    said = [s(lang) if isinstance(s, Text) else str(s) for s in f.subjects]
    mine = list(dict.fromkeys(p for p, r in zip(said, roots, strict=True) if r == roots[0]))
    rest: dict[str, set[str]] = {}
    for p, r in zip(said, roots, strict=True):
        if r != roots[0] and p not in mine:
            rest.setdefault(r, set()).add(p)
    return mine, {r: len(ps) for r, ps in rest.items()}


def group_tail(f: Finding, lang: Lang, case: Case | None = None) -> str:
    """What follows the first member's clause of a grouped finding: the others under the same
    body, counted as its heading counts them ("" for a finding that is no group)."""
    others = len(_split_bodies(case, f, lang)[0]) - 1
    if not f.members or others < 1:
        return ""
    n = word(others, lang)
    if lang == "nl":
        return f", en evenzo in de {n} andere gevallen waarin dat ondermandaat niet is toegestaan"
    return f", and likewise in the {n} other cases where that sub-mandate is not allowed"


def other_bodies(
    case: Case, f: Finding, direct: str, lang: Lang, name: Callable[[str], str]
) -> str:
    """The point for the members of ``f`` under other bodies than the first's: a college can
    change only its own mandaatbesluit (jurist session 15 J6: "en evenzo in de 79 andere
    gevallen" sat under 48 other colleges). ``direct``: "rechtstreeks en schriftelijk
    gemandateerd is voor …"; ``name``: an actor's name by id. "" when there are none."""
    rest = _split_bodies(case, f, lang)[1]
    if not rest:
        return ""
    cases, k = sum(rest.values()), len(rest)
    names = [name(r) for r in sorted(rest, key=natural_key)] if k <= _NAMED else []
    if lang == "nl":
        if names and all(names):
            who = join(names, lang)
        else:
            who = (
                "het andere bestuursorgaan"
                if k == 1
                else f"de {word(k, lang)} andere bestuursorganen"
            )
        its = "zijn" if k == 1 else "hun"
        many = "één geval" if cases == 1 else f"{word(cases, lang)} gevallen"
        return (
            f"{who} te vragen {its} eigen mandaatbesluit zo te wijzigen dat wie daaronder een "
            f"niet toegestaan ondermandaat heeft, {direct} ({many})"
        )
    if names and all(names):
        who = join(names, lang)
    else:
        who = "the other public body" if k == 1 else (f"the {word(k, lang)} other public bodies")
    its, it = ("its", "it") if k == 1 else ("their", "them")
    many = "one case" if cases == 1 else f"{word(cases, lang)} cases"
    return (
        f"to ask {who} to amend {its} own mandate decision{'' if k == 1 else 's'} so that each "
        f"holder of a sub-mandate under {it} that is not allowed {direct} ({many})"
    )
