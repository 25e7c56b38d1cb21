"""The expired grants of a group when other bodies granted some of them, or the college's own
would not be valid renewed (rev-jurist17 R1-R4): beslispunt 6 of the 2,000 nota asked the college
to renew three sub-mandates its own mandate does not allow, read as if officials of other
municipalities fell under it, and had it inventory other bodies' decisions. Now up to three
points: the college's own (renewed only where a renewal in a copy of the map is valid,
:mod:`exports.renewal`), what was decided on them, and the other bodies asked for theirs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from exports.group_decision import (
    _NAMED,
    _RENEW_EN,
    _RENEW_NL,
    _either,
    _how,
    _is_body,
    _kind_words,
    _members,
    _role,
    _taken,
    _who,
    expired_group,
)
from exports.mandate_amend import addressed_college
from exports.renewal import after_renewal
from mapper.authority import Status
from mapper.findings import Finding
from mapper.mandate_down import roots, up_chain
from mapper.role_words import english_role
from mapper.wording import join, kinds_first, natural_key, word
from models.case import Case
from models.entities import Mandate
from models.enums import Instrument, Scope
from models.i18n import Lang

__all__ = ["expired_points"]

#: The bodies whose civil servants gave signing authorisations, named up to this many
_NAMED_SIGNING = 5


def expired_points(
    case: Case,
    groups: Sequence[Finding],
    lang: Lang,
    name: Callable[[str], str],
    sections: Sequence[str],
    as_of: date | None,
) -> list[str]:
    """The beslispunten for the groups of expired grants: one (:func:`expired_group`) when all
    fall under the college and each would be valid renewed, else split (:func:`split_points`)."""
    grants = [m for f in groups for m in _members(case, f)]
    college = addressed_college(case)
    status = after_renewal(case, grants, as_of or case.info.as_of or date.today())
    bad = {i for i, s in status.items() if s is not Status.VALID}
    root = roots(case.mandates, grants)
    if any(root[m.id] != college or m.id in bad for m in grants):
        return split_points(case, grants, (college, bad, status), lang, name)
    return [expired_group(case, groups, lang, name, sections)]


def split_points(
    case: Case,
    grants: Sequence[Mandate],
    judged: tuple[str | None, set[str], dict[str, Status]],
    lang: Lang,
    name: Callable[[str], str],
) -> list[str]:
    """The expired grants of a group as up to three points (rev-jurist17 R1-R4): what falls
    under the college, renewed only where a renewal would be valid (``judged``: the college,
    the ids that would not be, each id's status renewed); what was decided on those, listed
    and ratified; and the other bodies asked to do both for theirs."""
    college, bad, status = judged
    nl = lang == "nl"
    root = roots(case.mandates, grants)  # one pass for all (rev-hostile17 F5)
    mine = [m for m in grants if root[m.id] == college]
    rest = [m for m in grants if root[m.id] != college]
    # in English the college by its name, as in the rest of the note: "the college" named no
    # one there (rev-jurist19 R8); in Dutch "het college" is the one that decides
    us = "het college" if nl else (name(college) if college else "the Executive")
    points = []
    if mine:
        good = [m for m in mine if m.id not in bad]
        wrong = [m for m in mine if m.id in bad and not _staff_signing(case, m)]
        parts = []
        if good:
            which = _holders(case, good, name, lang)
            renew = (_RENEW_NL if nl else _RENEW_EN)[_how(case, good, college)]
            kinds = _kind_words(case, good, lang)
            parts.append(
                f"de {word(len(good), lang)} verlopen {kinds} die onder het college vallen "
                f"({which}) {renew}"
                if nl
                else f"{renew} the {word(len(good), lang)} expired {kinds} that fall under "
                f"{us} ({which})"
            )
        if wrong:
            parts.append(_not_again(case, wrong, status, lang, name, us))
        staff = [m for m in mine if m.id in bad and _staff_signing(case, m)]
        if staff:
            parts.append(_by_body(case, staff, lang))
        points.append(join(parts, lang))
        points.append(_own_taken(case, mine, lang, us))
    if rest:
        points += _ask_others(case, rest, (bad, status), lang, name, bool(mine))
    return points


def _staff_signing(case: Case, m: Mandate) -> bool:
    return m.instrument is Instrument.SIGNING and not _is_body(case, m.grantor)


def _holders(case: Case, grants: Sequence[Mandate], name: Callable[[str], str], lang: Lang) -> str:
    """ "de teamleider 1.0.0, de teamleider 1.0.1 en de teamleider 1.1.1", or three of them."""
    names = kinds_first(sorted({name(m.holder) for m in grants}, key=natural_key))
    of = "van " if lang == "nl" else "those of "
    if len(names) <= _NAMED:
        return of + join(names, lang)
    return ("onder meer " if lang == "nl" else "among them ") + of + join(names[:_NAMED], lang)


def _not_again(
    case: Case,
    wrong: Sequence[Mandate],
    status: dict[str, Status],
    lang: Lang,
    name: Callable[[str], str],
    us: str,
) -> str:
    """Grants under the college (``us``) that a renewal would not make valid: not renewed, but
    granted directly or allowed one level more in the mandate at the root (art. 10:9 lid 1 Awb)."""
    k = word(len(wrong), lang)
    who = _holders(case, wrong, name, lang)
    top = {next(iter(up_chain(case.mandates, m)), m) for m in wrong}
    tops = sorted({name(t.holder) for t in top}, key=natural_key)
    # a general mandate at the root not in writing stays invalid (art. 10:5 lid 2 Awb; N1)
    oral = sorted(
        {name(t.holder) for t in top if t.scope is Scope.GENERAL and t.in_writing is not True},
        key=natural_key,
    )
    levels = all(status.get(m.id) is Status.SUB_MANDATE_NOT_ALLOWED for m in wrong)
    if lang == "nl":
        why = "het mandaat van het college staat dat ondermandaat niet toe (art. 10:9 lid 1 Awb)"
        if not levels:
            why = "ook opnieuw verleend zouden ze niet geldig zijn"
        fix = (
            f"{'de mandaten' if len(oral) > 1 else 'het mandaat'} aan {join(oral, lang)} "
            "schriftelijk vast te leggen, "
            if oral
            else ""
        )
        return (
            # "zoals ze waren": the second half has them renewed in writing once the mandate
            # above allows them (rev-jurist18 K5: the two halves seemed to contradict)
            f"de {k} verlopen ondermandaten {who.replace('van ', 'aan ', 1)} niet zoals ze "
            f"waren opnieuw te laten verlenen, want {why}, "
            f"maar hun het mandaat rechtstreeks en schriftelijk te verlenen, of {fix}in "
            f"{'de mandaten' if len(tops) > 1 else 'het mandaat'} aan "
            f"{join(tops, lang)} een niveau ondermandaat meer toe te staan en de ondermandaten "
            "dan schriftelijk opnieuw te laten verlenen"
        )
    why = f"the mandate {us} granted does not allow that sub-mandate (Awb 10:9(1))"
    if not levels:
        why = "granted again they would not be valid either"
    fix = (
        f"to lay down the mandate{'s' if len(oral) > 1 else ''} to {join(oral, lang)} in writing, "
        if oral
        else "to "
    )
    return (
        f"not to have the {k} expired sub-mandates {who.replace('those of', 'to', 1)} granted "
        f"again as they were, as {why}, but to grant them the mandate directly and in writing, "
        f"or {fix}"
        f"allow one more level of sub-mandate in the mandate{'s' if len(tops) > 1 else ''} to "
        f"{join(tops, lang)} and then have the sub-mandates granted again in writing"
    )


def _by_body(
    case: Case, staff: Sequence[Mandate], lang: Lang, many: bool = False, asked: bool = False
) -> str:
    """Signing authorisations a civil servant gave without a mandate that allowed it: granted
    by the body itself, or allowed in its own mandate decision (art. 10:11 Awb; vgl. art. 10:9
    lid 1 Awb), the one rule of the current ones' points (:mod:`exports.signing_points`,
    rev-jurist19b N2); ``many``: asked of more than one body, each for its own decisions
    (N4); ``asked``: of another body than the college's own. Not "by that college itself"
    after four colleges (rev-jurist19 R9)."""
    k = len(staff)
    roles = sorted({_role(case, m.grantor) for m in staff} - {""})
    if lang == "nl":
        # "verlopen": a point of its own since rev-jurist18 K3, it says what it is about
        them = (
            "de verlopen ondertekeningsmachtiging"
            if k == 1
            else f"de {word(k, lang)} verlopen ondertekeningsmachtigingen"
        )
        who = _either(["een " + r for r in roles], "of")
        own = ("hun" if many else "zijn") if asked else "het eigen"
        again = (
            "die ambtenaar haar opnieuw verleent"
            if k == 1
            else "die ambtenaren ze opnieuw verlenen"
        )
        return (
            f"{them} die {who} gaf zonder dat een mandaat dat toestond, zelf schriftelijk te "
            f"verlenen of in {own} mandaatbesluit toe te staan dat {again} (art. 10:11 Awb; "
            "vgl. art. 10:9 lid 1 Awb)"
        )  # in writing as in the other points: art. 10:5 lid 2 via 10:12 (rev-jurist18b J3)
    them = (
        "the expired signing authorisation"
        if k == 1
        else f"the {word(k, lang)} expired signing authorisations"
    )
    # the grant first, then who gave them, in English role words ("a director or a team
    # leader", as the current ones' point), not "to have … gave … granted by that college"
    # (rev-jurist19 R9); "to grant, by its own written decision", not "to grant itself", read
    # as "grant to itself" (rev-jurist19b N4)
    en = [english_role(r) or r for r in roles]
    who = _either([f"{'an' if r[:1] in 'aeiou' else 'a'} {r}" for r in en], "or")
    each = "each for its own decisions and " if many else ""
    again = "the official grants it" if k == 1 else "those officials grant them"
    return (
        f"to grant, {each}by its own written decision, {them} that {who} gave without a "
        f"mandate that allowed it, or to allow in {'their' if many else 'its'} own mandate "
        f"{'decisions' if many else 'decision'} that {again} again (Awb 10:11; compare Awb "
        "10:9(1))"
    )


def _own_taken(case: Case, mine: Sequence[Mandate], lang: Lang, us: str) -> str:
    """The decisions taken or signed on the college's own expired grants, listed and put to the
    college itself for ratification (it holds the power)."""
    sub, signing = _taken(case, mine)
    m = (
        ("(onder)mandaat" if sub else "mandaat")
        if lang == "nl"
        else ("(sub-)mandate" if sub else "mandate")
    )
    n = word(len(mine), lang)
    kinds = _kind_words(case, mine, lang)
    root = roots(case.mandates, mine)
    if all(root[g.id] != g.grantor and g.instrument is not Instrument.SIGNING for g in mine):
        kinds = "ondermandaten" if lang == "nl" else "sub-mandates"
    if lang == "nl":
        done = "zijn genomen of ondertekend" if signing else "zijn genomen"
        z = " of die zonder geldige machtiging zijn ondertekend" if signing else ""
        return (
            f"de besluiten die op deze {n} verlopen {kinds} {done}, te laten "
            f"inventariseren en de besluiten die geen geldig {m} dekte{z}, ter bekrachtiging "
            "aan het college voor te leggen"
        )  # not "te bekrachtigen": ratified once listed and put to it (rev-jurist17b N2)
    done = "taken or signed" if signing else "taken"
    z = " or signed without a valid authorisation" if signing else ""
    return (
        f"to have the decisions {done} under these {n} expired {kinds} listed "
        f"and those no valid {m} covered{z} put to {us} for ratification"
    )


def _ask_others(
    case: Case,
    rest: Sequence[Mandate],
    judged: tuple[set[str], dict[str, Status]],
    lang: Lang,
    name: Callable[[str], str],
    other: bool,
) -> list[str]:
    """The other bodies asked to renew theirs where a renewal would be valid, to have the
    signing their civil servants gave granted by themselves, and to list and ratify what was
    decided on them: only the body that holds the power can (rev-jurist17 R4). Three points,
    not one sentence of five tasks (rev-jurist18 K3): the renewal and what to do instead where
    a renewal would not be valid; the signing authorisations a civil servant gave; the listing
    and ratification."""
    bad, status = judged
    nl = lang == "nl"
    staff = [m for m in rest if m.id in bad and _staff_signing(case, m)]
    renew = [m for m in rest if m not in staff]
    wrong = [m for m in renew if m.id in bad]
    root = roots(case.mandates, rest)

    def asked(grants: Sequence[Mandate], named: int = 0) -> str:
        bodies = sorted({root[m.id] for m in grants} - {""}, key=natural_key)
        if len(bodies) <= named:
            return join([name(b) for b in bodies], lang)
        return _who(name, bodies, other, lang)

    points = []
    if renew:
        n = word(len(renew), lang)
        kinds = _kind_words(case, renew, lang)
        which = _holders(case, renew, name, lang)
        k = word(len(wrong), lang)
        if nl:
            head = (
                f"{asked(renew)} te vragen de {'andere ' if other else ''}{n} verlopen {kinds} "
                f"({which}) schriftelijk opnieuw te verlenen of te laten verlenen"
            )  # in writing: a general mandate not in writing stays void renewed (art. 10:5
            # lid 2 Awb; rev-jurist18 K1: m106, m276, m297, m317, m390 and m557 count valid)
            if wrong:
                head += (
                    f" voor zover hun mandaatbesluit dat toestaat ({k} ervan zouden ook opnieuw "
                    f"verleend niet geldig zijn: {_why(wrong, status, lang)}), en voor die {k} in "
                    "plaats daarvan rechtstreeks en schriftelijk te mandateren of de keten "
                    "erboven te herstellen"
                )  # what to do for them instead (rev-jurist17b N3)
        else:
            head = (
                f"to ask {asked(renew)} to grant the {'other ' if other else ''}{n} expired "
                f"{kinds} ({which}) again in writing or have them granted again in writing"
            )
            if wrong:
                head += (
                    f" as far as their mandate decision allows it ({k} of them would not be "
                    f"valid if granted again: {_why(wrong, status, lang)}), and to grant the "
                    f"holders of those {k} a direct, written mandate instead or restore the chain "
                    "above"  # grants are not mandated, people are (rev-jurist19 R12)
                )
        points.append(head)
    if staff:
        by = _by_body(case, staff, lang, len({root[m.id] for m in staff}) > 1, asked=True)
        who = asked(staff, _NAMED_SIGNING)  # "de vier andere" would not say which four
        points.append(f"{who} te vragen {by}" if nl else f"to ask {who} {by}")
    # "de in 8 en 9 genoemde 143", not "de andere 143" beside "de andere 139" (rev-jurist18b
    # J4): a mark for each point before, numbered in exports.decisions once the list is whole
    named = [f"\x00{k}\x00" for k in range(len(points), 0, -1)] if other else []
    points.append(_others_taken(case, rest, asked(rest), named, lang))
    return points


def _others_taken(
    case: Case, rest: Sequence[Mandate], who: str, named: Sequence[str], lang: Lang
) -> str:
    """The other bodies asked to list what was decided on their expired grants and ratify what
    no valid grant covered; ``named``: the points that named those grants, if any."""
    sub, signing = _taken(case, rest)
    n = word(len(rest), lang)
    kinds = _kind_words(case, rest, lang)
    if lang == "nl":
        m = "(onder)mandaat" if sub else "mandaat"
        done = "zijn genomen of ondertekend" if signing else "zijn genomen"
        z = " of die zonder geldige machtiging zijn ondertekend" if signing else ""
        return (
            f"{who} te vragen de besluiten die op de {_in(named, lang)}{n} verlopen "
            f"{kinds} {done}, te inventariseren en de besluiten die geen geldig {m} dekte{z}, "
            "te bekrachtigen"
        )
    m = "(sub-)mandate" if sub else "mandate"
    done = "taken or signed" if signing else "taken"
    z = " or signed without a valid authorisation" if signing else ""
    return (
        f"to ask {who} to list the decisions {done} under the {n} expired {kinds}"
        f"{_in(named, lang)} and to ratify those no valid {m} covered{z}"
    )


def _in(named: Sequence[str], lang: Lang) -> str:
    """ "in 8 en 9 genoemde " (before the count), " named in 8 and 9" (after the noun)."""
    if not named:
        return ""
    return f"in {join(named, lang)} genoemde " if lang == "nl" else f" named in {join(named, lang)}"


def _why(wrong: Sequence[Mandate], status: dict[str, Status], lang: Lang) -> str:
    """Why renewed grants would still not be valid, each reason once."""
    said = {status.get(m.id) for m in wrong}
    words = {
        Status.SUB_MANDATE_NOT_ALLOWED: (
            "het mandaat aan het begin van de keten staat dat ondermandaat niet toe",
            "the mandate at the root of the chain does not allow that sub-mandate",
        ),
        Status.CHAIN_BROKEN: (
            "de keten erboven is niet geldig",
            "the chain above is not valid",
        ),
    }
    reasons = [words[k][lang != "nl"] for k in words if k in said]
    if said - set(words):
        reasons.append(
            "de verlening zelf heeft een gebrek"
            if lang == "nl"
            else "the grant itself is defective"
        )
    return _either(reasons, "of" if lang == "nl" else "or")
