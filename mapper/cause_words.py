"""The words of a cause: its title, detail and suggestion, and the evidence the structure gives.

:func:`mapper.causes.build_causes` groups the findings; this module says what a group is about.
The lead finding (the most severe; among equals the one whose code speaks for the whole cause)
gives the title, unless many findings of one power or one code merge: they get a title of their
own (:mod:`mapper.texts.causes`). Merged suggestions keep every distinct sentence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mapper.catalogue import LANGS, Message, render
from mapper.cause_evidence import evidence, top3
from mapper.cause_groups import expired_title, group_words
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Text
from mapper.sentence_merge import ARTICLES, SENTENCE, few, one_example, one_name, one_who
from mapper.texts.causes import (
    GROUP_SUGGESTIONS,
    GROUP_TITLES,
    POWER_FAR,
    POWER_NONE,
    held_up,
)
from mapper.wording import after_colon, join
from models import PowerCategory

__all__ = ["cause_texts", "evidence", "joined_texts", "lead", "lead_order", "top3"]

# Codes whose finding, when present, speaks for the whole cause (its title leads).
_LEADS: dict[Code, int] = {
    Code.INTENT_NOT_PASSED_DOWN: 0,
    Code.INTENT_NO_DEVIATION_POWER: 0,
    Code.TRUST_BACKING_NEGATIVE: 0,
    Code.TRUST_BACKING_WEAK: 0,
    Code.LEARNING_NO_FEEDBACK_PATH: 0,
    Code.SIGNAL_SINGLE_PERSON: 1,
    Code.STRUCTURE_CARRYING_ACTOR: 2,
    Code.MANDATE_SUBMANDATE_NOT_ALLOWED: 1,
    Code.MANDATE_NO_LEGAL_ROOT: 1,
    # whether the delegation has a basis at all comes before how it is accounted for (H4)
    Code.DELEGATION_ONWARD_UNCHECKED: 3,
    # the resident's distrust of the handler speaks for the pair (jurist, fifth round J16)
    Code.TRUST_CITIZEN_DISTRUSTS_HANDLER: 1,
}


def lead_order(f: Finding) -> tuple[int, int, str]:
    """How a finding ranks to lead its cause: the most severe, then the one whose code speaks
    for the whole cause, then by id."""
    return f.severity.rank, _LEADS.get(f.code, 5), f.id


def lead(found: Sequence[Finding]) -> Finding:
    """The finding that leads ``found`` (gives its title)."""
    return min(found, key=lead_order)


_lead = lead


def _power_words(ctx: Context, key: str) -> Text:
    """A power mid-sentence: its name on the map (a leading capital lowered unless the second
    letter is one too, as in "WMO"), or its category's label."""
    if key in ctx.legal.powers:
        names = [ctx.legal.power_name(key, x) for x in LANGS]
        return Text(*names)
    from models.labels import label

    return Text(*(label(PowerCategory(key), x).lower() for x in LANGS))


def _say(message: Message, values: Mapping[str, object]) -> Text:
    return Text(*(render(message, values, lang) for lang in LANGS))


def _quote(text: str) -> str:
    return f"‘{text}’"


def cause_texts(
    cid: str,
    found: Sequence[Finding],
    needs: Sequence[str],
    ctx: Context,
    decisions: Mapping[str, str],
    members: Mapping[str, Sequence[Finding]] | None = None,
    apart: Sequence[Finding] = (),
) -> tuple[Text, Text, Text]:
    """A cause's title, detail and suggestion (``members``: the findings a grouped finding
    stands for, by its id; see :mod:`mapper.repeats`; ``apart``: the expired grants a group of
    expired ones counts though another cause tells them, see :func:`expired_title`).

    The title is the lead finding's, or one for the whole group: "<power> sits far from the
    case" when several needs wait on one power, a group title when findings of one code merge.
    The detail adds the needed decisions the cause holds up; the suggestion merges the findings'.
    """
    lead = _lead(found)
    g = ctx.graphs
    need_findings = [f for f in found if f.code.startswith("NEED_") and f.needs]
    title = lead.title
    same = [f for f in found if f.code == lead.code]
    # a grouped finding counts and merges as the findings it stands for (mapper.repeats)
    members = members or {}
    every = [m for f in same for m in members.get(f.id, (f,))]
    # several needs, not several findings about one need (block 2 and 3 on one decision)
    waiting = list(dict.fromkeys(n for f in need_findings for n in f.needs))
    if cid.startswith("power:") and lead.code.startswith("NEED_") and len(waiting) > 1:
        # nobody on the map at all, not "dicht bij de casus" (jurist 15, J5)
        none = all(f.code == Code.NEED_NO_HOLDER and _NONE in f.shape for f in need_findings)
        title = _say(
            POWER_NONE if none else POWER_FAR,
            {"n": len(waiting), "power": _power_words(ctx, cid.split(":", 1)[1])},
        )
    elif len(every) > 1 and lead.code in GROUP_TITLES:
        owner = g.info.intent_owner
        values = {
            "n": len(every),
            "names": [g.name(f.actors[0]) for f in every if f.actors],
            "owner": g.name(owner) if owner else "",
        }
        title = _say(GROUP_TITLES[Code(lead.code)], values)
        if lead.code == Code.MANDATE_EXPIRED:  # its kinds and holders counted
            title = expired_title(every, ctx, values, apart)
    parts: dict[str, list[str]] = {"en": [lead.detail.en], "nl": [lead.detail.nl]}
    named = [_quote(decisions[n]) for n in needs if n in decisions]
    if named:
        held = _say(held_up(lead, needs), {"n": len(named), "decisions": named})
        parts["en"].append(held.en)
        parts["nl"].append(held.nl)
    group = group_words(lead, every, ctx, apart)
    if group is not None and group[0] is not None:  # how the members divide (J11)
        parts["en"].insert(1, group[0].en)
        parts["nl"].insert(1, group[0].nl)
    detail = Text(" ".join(parts["en"]), " ".join(parts["nl"]))
    if group is not None and group[1] is not None:
        return title, detail, group[1]
    if len(every) > 1 and lead.code in GROUP_SUGGESTIONS:
        names = [g.name(f.actors[0]) for f in every if f.actors]
        return title, detail, _say(GROUP_SUGGESTIONS[Code(lead.code)], {"names": names})
    codes = {f.code for f in need_findings}
    if cid.startswith("power:") and lead.code.startswith("NEED_") and len(codes) > 1:
        # every need the power holds up gets its remedy, not only those of the lead's code
        # (jurist 15, J12: "verhoog het maximumbedrag" for one of six decisions)
        every = [m for f in need_findings for m in members.get(f.id, (f,))]
    merged = _merged(members.get(lead.id, (lead,))[0], every)
    if lead.id in members and len(merged.nl) > _MERGED:
        # what many members ask one by one (a sentence per ombudsman): the grouped findings'
        # own suggestions, each naming three and counting the rest (issue 14)
        return title, detail, _merged(lead, same)
    return title, detail, merged


#: the part of a shape (mapper.catalogue) that marks "nobody on the map holds the power"
_NONE = "\x01none_title"


#: A merged suggestion longer than this (characters) is said per grouped finding instead.
_MERGED = 1000


def _merged(lead: Finding, same: Sequence[Finding]) -> Text:
    """The suggestion of a cause: the lead's, or - when findings of one code merge - every
    distinct sentence of theirs, the lead's first, the sentences they share last (jurist M6:
    the council line of art. 169 Gemeentewet stays beside the press line)."""
    texts = list(dict.fromkeys(f.suggestion for f in [lead, *same]))
    if len(texts) < 2:
        return lead.suggestion
    out = []
    for lang in LANGS:
        split = [SENTENCE.split(t.nl if lang == "nl" else t.en) for t in texts]
        shared = [s for s in split[0] if all(s in other for other in split[1:])]
        own = [s for part in split for s in part if s not in shared]
        merged = one_name(list(dict.fromkeys([*own, *shared])), lang)
        out.append(" ".join(few(one_example(one_who(merged, lang)), lang)))
    return Text(out[0], out[1])


def joined_texts(parts: Sequence[tuple[Text, Text, Text]]) -> tuple[Text, Text, Text]:
    """The title, detail and suggestion of a cause joined from ``parts`` (each a title, detail
    and suggestion, the leading part first), in which every part is told.

    Titles that differ only in the middle share their beginning and end ("De Doorbraakafspraak
    legt een verzoek van het college en een besluit van de invorderingsambtenaar bij de
    manager"); a second follows the first after a semicolon, unless the first has one itself
    (then it stands alone and the detail tells the rest, as it does for more parts). Details
    follow each other; the suggestion keeps every distinct sentence, in order.

    >>> t = lambda s: Text(s, s)
    >>> joined_texts([(t("X legt A bij M"), t("Eén."), t("Doe a. Bel.")),
    ...               (t("X legt B bij M"), t("Twee."), t("Doe b. Bel."))])[0].nl
    'X legt A en B bij M'
    >>> joined_texts([(t("Wantrouwen op de lijn"), t(""), t("")),
    ...               (t("De casus hangt aan M"), t(""), t(""))])[0].nl
    'Wantrouwen op de lijn; de casus hangt aan M'
    """
    if len(parts) == 1:
        return parts[0]
    out: dict[str, list[str]] = {"title": [], "detail": [], "suggestion": []}
    for lang in LANGS:
        titles = [p[0].nl if lang == "nl" else p[0].en for p in parts]
        out["title"].append(_joined_title(titles, lang))
        details = [p[1].nl if lang == "nl" else p[1].en for p in parts]
        out["detail"].append(" ".join(d for d in dict.fromkeys(details) if d))
        said = [p[2].nl if lang == "nl" else p[2].en for p in parts]
        sentences = [x for text in said if text for x in SENTENCE.split(text)]
        merged = one_name(list(dict.fromkeys(sentences)), lang)
        out["suggestion"].append(" ".join(few(one_who(merged, lang), lang)))
    return Text(*out["title"]), Text(*out["detail"]), Text(*out["suggestion"])


def _joined_title(titles: Sequence[str], lang: str) -> str:
    words = [t.split() for t in titles]
    head = 0
    while all(len(w) > head and w[head] == words[0][head] for w in words):
        head += 1
    tail = 0
    while all(len(w) > head + tail and w[-1 - tail] == words[0][-1 - tail] for w in words):
        tail += 1
    while head and words[0][head - 1].lower() in ARTICLES:  # "een verzoek en een besluit"
        head -= 1
    if head >= 2 and tail >= 2:
        middles = [" ".join(w[head : len(w) - tail]) for w in words]
        if all(middles) and len(middles) <= 3:
            return " ".join(
                [*words[0][:head], join(middles, lang), *words[0][len(words[0]) - tail :]]
            )
    if ";" in titles[0] or len(titles) > 2:
        return titles[0]
    return "; ".join([titles[0], *(after_colon(t) for t in titles[1:])])
