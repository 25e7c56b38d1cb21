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

from collections.abc import Sequence

from mapper.findings import Finding, Text
from mapper.mandate_down import up_chain
from mapper.wording import join, natural_key, word
from models.case import Case
from models.i18n import Lang

__all__ = ["expired_group", "group_tail", "member_chain"]

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


def expired_group(groups: Sequence[Finding], lang: Lang) -> str:
    """The one beslispunt for the groups of expired mandates (their members counted as
    mandates, as a cause's title "146 mandaten zijn verlopen" counts them; two groups, one in a
    critical cause and one of its own, were two points on the first page at 10,000 actors)."""
    n = word(sum(len(f.members) for f in groups), lang)
    places = list(dict.fromkeys(p for f in groups for p in _places(f, lang)))
    places.sort(key=natural_key)
    named = places[:_NAMED]
    if lang == "nl":
        among = f", onder meer van {join(named, lang)}," if named else ""
        if named and len(places) == len(named):
            among = f", van {join(named, lang)},"
        return (
            f"de {n} verlopen mandaten en ondermandaten{among} opnieuw te verlenen of door wie "
            "ze verleende opnieuw te laten verlenen, en de besluiten die sindsdien op een "
            "verlopen mandaat zijn genomen, te laten inventariseren en de besluiten die geen "
            "geldig mandaat dekte, ter bekrachtiging voor te leggen aan het bestuursorgaan dat "
            "de bevoegdheid heeft"
        )
    among = f", among them those of {join(named, lang)}," if named else ""
    if named and len(places) == len(named):
        among = f", those of {join(named, lang)},"
    return (
        f"to grant again, or have their grantors grant again, the {n} expired mandates and "
        f"sub-mandates{among} and to have the decisions taken since under an expired mandate "
        "listed and those no valid mandate covered put for ratification to the "
        "administrative body that holds the power"
    )


def group_tail(f: Finding, lang: Lang) -> str:
    """What follows the first member's clause of a grouped finding: the others, counted as its
    heading counts them ("" for a finding that is no group)."""
    others = len(_places(f, lang)) - 1
    if not f.members or others < 1:
        return ""
    n = word(others, lang)
    if lang == "nl":
        return f", en evenzo in de {n} andere gevallen waarin dat ondermandaat niet is toegestaan"
    return f", and likewise in the {n} other cases where that sub-mandate is not allowed"
