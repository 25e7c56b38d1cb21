"""How the college's own beslispunt on its mandate decision reads (split from
:mod:`exports.mandate_decision` by meaning: what is amended, and what is put forward for
ratification). Without a named decision it is the college's own mandate decision: a college
can change only its own (jurist 15, J6)."""

from __future__ import annotations

from mapper.names import Name
from mapper.wording import join, the_decision
from models.case import Case
from models.enums import ActorKind
from models.i18n import Lang

__all__ = ["addressed_college", "amend_point", "asked_point", "own_point"]


def own_point(
    clauses: list[str],
    decision: str,
    lang: Lang,
    since: list[tuple[str, str]] | None = None,
    *,
    covered: bool = False,
) -> str:
    """``het Mandaatbesluit … zo te wijzigen dat …, en daarin … opnieuw te verlenen``, and the
    decisions the holder took since an expired mandate lapsed ratified (J1; "die de manager
    sinds … op grond van dat mandaat nam", W14), as far as a valid ondermandaat did not cover
    them (``covered``, N8). ``since``: the holder and first day of each expired mandate."""
    point = amend_point(clauses, decision, lang)
    if not since:
        return point
    days = join(list(dict.fromkeys(d for _, d in since)), lang)
    holders = list(dict.fromkeys(h for h, _ in since))
    nl = lang == "nl"
    # listed first, and ratified only as far as no other valid mandate covered them; the
    # mandate had expired, so "op het verlopen mandaat", not "op grond van" (tenth jurist J5)
    if len(since) == 1:
        taken = (
            f"die {holders[0]} sinds {days} op het verlopen mandaat nam"
            if nl
            else f"{holders[0]} took under the expired mandate since {days}"
        )
    else:
        taken = (
            f"die {join(holders, lang)} sinds {days} op de verlopen mandaten namen"
            if nl
            else f"{join(holders, lang)} took under the expired mandates since {days}"
        )
    if nl:
        # "het ondermandaat" had no antecedent in the point (tenth jurist J5, residue)
        # no blanket ratification: each put to the college, to take on as its own (J2)
        other = "geen geldig (onder)mandaat" if covered else "geen geldig mandaat"
        return (
            f"{point}, en de besluiten {taken}, te laten inventariseren en de besluiten die "
            f"{other} dekte, ter bekrachtiging aan het college voor te leggen"
        )
    other = "no valid (sub-)mandate" if covered else "no valid mandate"
    return (
        f"{point}, and to have the decisions {taken} listed and those {other} covered put to "
        "the municipal executive for ratification"
    )


def amend_point(clauses: list[str], decision: str, lang: Lang) -> str:
    nl = lang == "nl"
    where = (
        (the_decision(decision) if nl else f"the {decision}")
        if decision
        else ("het eigen mandaatbesluit" if nl else "its own mandate decision")
    )
    amend = [c for c in clauses if c.startswith(("dat ", "so that "))]
    grant = [c for c in clauses if c not in amend]
    if amend:
        head = (
            f"{where} zo te wijzigen {join(amend, lang)}"
            if nl
            else f"to amend {where} {join(amend, lang)}"
        )
        if not grant:
            return head
        rest = join(grant if nl else [g.removeprefix("to ") for g in grant], lang)
        return f"{head}, en daarin {rest}" if nl else f"{head}, and in it {rest}"
    return f"in {where} {join(grant, lang)}" if nl else f"{join(grant, lang)} in {where}"


def addressed_college(case: Case) -> str | None:
    """The id of the college the nota is addressed to (exports.nota: the first on the map)."""
    return next(
        (
            a.id
            for a in case.actors
            if a.kind is ActorKind.ADMINISTRATOR and "college" in a.name.lower()
        ),
        None,
    )


def addressee_en(case: Case) -> str:
    """The college the nota is addressed to, in English as the note names it everywhere: "the
    College B&W 1" where the map names it so, else "the Executive", the note's own term, also
    for "the municipal executive (College van B&W)" (rev-jurist19 R8: five names for one)."""
    college = case.actors.get(addressed_college(case) or "")
    if college is None:
        return "the Executive"
    running = Name.of(college.name, college.kind).running("en")
    return "the Executive" if running.startswith("the municipal") else running


def asked_point(body: str, clause: str, lang: Lang) -> str:
    """The amendment of another college's mandate decision, asked of that college: the
    college a nota is addressed to can change only its own (jurist 15, J6: "het mandaatbesluit
    zo te wijzigen dat de consulent 3.9 …" asked the college B&W 1 to amend what the college
    B&W 3 granted)."""
    if lang == "nl":
        return f"{body} te vragen zijn mandaatbesluit zo te wijzigen {clause}"
    return f"to ask {body} to amend its mandate decision {clause}"
