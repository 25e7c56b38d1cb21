"""A beslispunt about a grouped finding (:mod:`mapper.repeats`) names the group, not one member
picked from it (new user at scale, session 14: the first page asked to renew two single expired
sub-mandates out of "146 mandaten zijn verlopen" without saying so, and amended the mandate
decision for two holders out of 45 pairs).

- Expired mandates of a group: one point for all of them, counted as the cause's title counts
  them, three holders named: "de 146 verlopen mandaten en ondermandaten, onder meer van de
  consulent 2.17, de consulent 4.7 en de consulent 5.3, opnieuw te verlenen of door wie ze
  verleende opnieuw te laten verlenen, en …".
- A sub-mandate the chain does not allow: the first member's amendment, then the others counted
  as the heading counts its places: "…, en evenzo in de 79 andere gevallen waarin dat
  ondermandaat niet is toegestaan".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mapper.findings import Finding, Text
from mapper.mandate_down import up_chain
from mapper.wording import join, natural_key, word
from models.case import Case
from models.i18n import Lang

__all__ = ["expired_group", "group_tail", "member_chain", "other_bodies"]

#: Holders an expired group's point names before "onder meer" stops.
_NAMED = 3


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


def expired_group(groups: Sequence[Finding], lang: Lang, sections: Sequence[str] = ()) -> str:
    """The one beslispunt for the groups of expired mandates (their members counted as
    mandates, as a cause's title "146 mandaten zijn verlopen" counts them; two groups, one in a
    critical cause and one of its own, were two points on the first page at 10,000 actors).
    ``sections``: each group's section ("5.22"); with two groups or more the point says where
    each count stands, as the sum is in no heading (new user at scale, session 15, G3)."""
    n = word(sum(len(f.members) for f in groups), lang)
    split = _split(groups, sections, lang)
    places = list(dict.fromkeys(p for f in groups for p in _places(f, lang)))
    places.sort(key=natural_key)
    named = _kinds_first(places)[:_NAMED]
    if lang == "nl":
        among = f", onder meer van {join(named, lang)}," if named else ""
        if named and len(places) == len(named):
            among = f", van {join(named, lang)},"
        return (
            f"de {n} verlopen mandaten en ondermandaten{split}{among} opnieuw te verlenen of "
            "door wie ze verleende opnieuw te laten verlenen, en de besluiten die sindsdien op een "
            "verlopen mandaat zijn genomen, te laten inventariseren en de besluiten die geen "
            "geldig mandaat dekte, ter bekrachtiging voor te leggen aan het bestuursorgaan dat "
            "de bevoegdheid heeft"
        )
    among = f", among them those of {join(named, lang)}," if named else ""
    if named and len(places) == len(named):
        among = f", those of {join(named, lang)},"
    return (
        f"to grant again, or have their grantors grant again, the {n} expired mandates and "
        f"sub-mandates{split}{among} and to have the decisions taken since under an expired "
        "mandate listed and those no valid mandate covered put for ratification to the "
        "administrative body that holds the power"
    )


def _kinds_first(places: list[str]) -> list[str]:
    """``places`` with the first of each kind of holder first ("de consulent 2.17, de directeur
    2.1 en de manager 2.0.0"), then the rest in their order: "onder meer van de consulent 2.17,
    de consulent 4.7 en de consulent 4.16" read as if all 146 were consulents, 42 of them
    directors (jurist 15, J11)."""
    first: dict[str, str] = {}
    for p in places:
        first.setdefault(re.sub(r"\d+(?:\.\d+)*", "#", p), p)
    lead = list(first.values())
    return [*lead, *(p for p in places if p not in lead)]


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
        who = (
            "the other administrative body"
            if k == 1
            else (f"the {word(k, lang)} other administrative bodies")
        )
    its, it = ("its", "it") if k == 1 else ("their", "them")
    many = "one case" if cases == 1 else f"{word(cases, lang)} cases"
    return (
        f"to ask {who} to amend {its} own mandate decision{'' if k == 1 else 's'} so that each "
        f"holder of a sub-mandate under {it} that is not allowed {direct} ({many})"
    )
