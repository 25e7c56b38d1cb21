"""The words of a cause: its title, detail and suggestion, and the evidence the structure gives.

:func:`mapper.causes.build_causes` groups the findings; this module says what a group is about.
The lead finding (the most severe; among equals the one whose code speaks for the whole cause)
gives the title, unless many findings of one power or one code merge: they get a title of their
own (:mod:`mapper.texts.causes`). Merged suggestions keep every distinct sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from mapper.catalogue import LANGS, Message, render
from mapper.cause_evidence import evidence, top3
from mapper.cause_groups import expired_title, group_words
from mapper.codes import Code
from mapper.context import Context
from mapper.findings import Finding, Text
from mapper.name_again import each_marked, mark_again, unmark
from mapper.texts.causes import (
    GROUP_SUGGESTIONS,
    GROUP_TITLES,
    POWER_FAR,
    POWER_NONE,
    held_up,
)
from mapper.wording import after_colon, each_again, join, natural_key, word
from models import PowerCategory

__all__ = ["cause_texts", "evidence", "joined_texts", "lead", "lead_order", "top3"]

# Codes whose finding, when present, speaks for the whole cause (its title leads).
_LEADS = {
    "INTENT_NOT_PASSED_DOWN": 0,
    "INTENT_NO_DEVIATION_POWER": 0,
    "TRUST_BACKING_NEGATIVE": 0,
    "TRUST_BACKING_WEAK": 0,
    "LEARNING_NO_FEEDBACK_PATH": 0,
    "SIGNAL_SINGLE_PERSON": 1,
    "STRUCTURE_CARRYING_ACTOR": 2,
    "MANDATE_SUBMANDATE_NOT_ALLOWED": 1,
    "MANDATE_NO_LEGAL_ROOT": 1,
    # whether the delegation has a basis at all comes before how it is accounted for (H4)
    "DELEGATION_ONWARD_UNCHECKED": 3,
    # the resident's distrust of the handler speaks for the pair (jurist, fifth round J16)
    "TRUST_CITIZEN_DISTRUSTS_HANDLER": 1,
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
) -> tuple[Text, Text, Text]:
    """A cause's title, detail and suggestion (``members``: the findings a grouped finding
    stands for, by its id; see :mod:`mapper.repeats`).

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
        none = all(f.code == "NEED_NO_HOLDER" and _NONE in f.shape for f in need_findings)
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
        if lead.code == "MANDATE_EXPIRED":  # its kinds and holders counted
            title = expired_title(every, ctx, values)
    parts: dict[str, list[str]] = {"en": [lead.detail.en], "nl": [lead.detail.nl]}
    named = [_quote(decisions[n]) for n in needs if n in decisions]
    if named:
        held = _say(held_up(lead, needs), {"n": len(named), "decisions": named})
        parts["en"].append(held.en)
        parts["nl"].append(held.nl)
    group = group_words(lead, every, ctx)
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


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z‘])")


def _merged(lead: Finding, same: Sequence[Finding]) -> Text:
    """The suggestion of a cause: the lead's, or - when findings of one code merge - every
    distinct sentence of theirs, the lead's first, the sentences they share last (jurist M6:
    the council line of art. 169 Gemeentewet stays beside the press line)."""
    texts = list(dict.fromkeys(f.suggestion for f in [lead, *same]))
    if len(texts) < 2:
        return lead.suggestion
    out = []
    for lang in LANGS:
        split = [_SENTENCE.split(t.nl if lang == "nl" else t.en) for t in texts]
        shared = [s for s in split[0] if all(s in other for other in split[1:])]
        own = [s for part in split for s in part if s not in shared]
        merged = _one_name(list(dict.fromkeys([*own, *shared])), lang)
        out.append(" ".join(_few(_one_example(_one_who(merged, lang)), lang)))
    return Text(out[0], out[1])


_EXAMPLE = re.compile(r"^(?P<lead>.+?, (?:bijvoorbeeld|for example) )(?P<rest>.+?)\.?$")


def _one_example(sentences: list[str]) -> list[str]:
    """Two sentences with one lead and another example as one ("Leg een tweede verbinding,
    bijvoorbeeld X, of Y."), not the lead twice (twelfth jurist L10).

    >>> _one_example(["Leg een lijn, bijvoorbeeld A.", "Leg een lijn, bijvoorbeeld B."])
    ['Leg een lijn, bijvoorbeeld A, of B.']
    """
    out: list[str] = []
    for s in sentences:
        last = _EXAMPLE.match(out[-1]) if out else None
        this = _EXAMPLE.match(s)
        if last is not None and this is not None and last["lead"] == this["lead"]:
            joint = "of" if "bijvoorbeeld" in this["lead"] else "or"
            out[-1] = f"{out[-1].rstrip('.')}, {joint} {this['rest']}."
        else:
            out.append(s)
    return out


def _one_who(sentences: list[str], lang: str) -> list[str]:
    """Two sentences that ask the same person, one after the other, as one: "Laat de wethouder
    een perslijn opstellen en de raad informeren over het beleid …" rather than "Laat de
    wethouder … Laat de wethouder …" (jurist L-d).

    A run of such sentences grows one sentence; it is kept as a list of words (not re-split
    and re-joined per sentence) and a shared closing phrase is only looked for as long as the
    new sentence's rest can hold it, so the work grows with the words, not their square.

    >>> _one_who(["Laat de wethouder X een perslijn opstellen over het beleid.",
    ...           "Laat de wethouder X de raad informeren over het beleid."], "nl")
    ['Laat de wethouder X een perslijn opstellen en de raad informeren over het beleid.']
    """
    ask = ("Laat ", "Vraag ") if lang == "nl" else ("Have ", "Ask ")
    # a sentence that differs within a name ("het college B&W 70" / "… 26") is not merged:
    # that would drop the rest of the name from the second (user, thirteenth round S1)
    named = re.compile(r"[\dA-Z]")
    joint = "en" if lang == "nl" else "and"
    out: list[str] = []
    words: list[str] | None = None  # the last sentence of ``out`` when merged, as its words
    either = ", of " if lang == "nl" else ", or "
    for s in sentences:
        prev = out[-1] if out else ""
        # an ask that offers a choice stays whole: "…, of het mandaat rechtstreeks verlenen en
        # één niveau meer toestaan, of …" joined two choices into one (user at scale 14)
        alone = either in s or (words is None and either in prev)
        if alone or not ((words is not None or prev.startswith(ask)) and s.startswith(ask)):
            _flush(out, words)
            words = None
            out.append(s)
            continue
        last = ""
        if words is None:
            a = prev.rstrip(".").split()
        else:  # the merged sentence's words, its closing dots stripped (as str.rstrip would)
            a, last = words, words[-1]
            a.pop()
            if last.rstrip("."):
                a.append(last.rstrip("."))
        b = s.split()
        same = 0
        while same < min(len(a), len(b)) - 1 and a[same] == b[same]:
            same += 1
        if same < 3 or named.match(a[same]) or named.match(b[same]):
            # "Laat de wethouder …": at least the person in common, and all of the name
            if words is not None:  # as it was
                words[len(words) - int(bool(last.rstrip("."))) :] = [last]
            _flush(out, words)
            words = None
            out.append(s)
            continue
        cut = len(a)
        # a closing phrase both share ("over het beleid achter de bedoeling") said once (in
        # English the prepositions differ: "a press line on", "inform the council about");
        # a phrase of k words fits in the new rest only if that has k words or more
        rest_b = f" {' '.join(b[same:])}"
        longest = min(len(a) - same - 1, len(b) - same)
        for k in range(longest, 1, -1) if lang == "nl" else ():
            if f" {' '.join(a[-k:])}" in rest_b:
                cut = len(a) - k
                break
        del a[cut:]
        a.append(joint)
        a.extend(b[same:])
        words = a
        out[-1] = ""  # stands for ``words`` until flushed
    _flush(out, words)
    return out


_SHOWN = 3  # names a merged suggestion lists before "en N anderen"
#: a verb after its subject in a "dat …" clause, in the plural when the subject is a list
_PLURAL = {
    "nl": {"bepaalt": "bepalen", "beslist": "beslissen", "heeft": "hebben", "is": "zijn",
           "mag": "mogen", "kan": "kunnen", "moet": "moeten", "vraagt": "vragen",
           "adviseert": "adviseren", "zorgt": "zorgen", "verleende": "verleenden"},
    "en": {"decides": "decide", "has": "have", "is": "are", "holds": "hold", "asks": "ask",
           "advises": "advise", "sees": "see"},
}  # fmt: skip
_MIDDLE = 6  # at most this many words differ between sentences that name another actor
_NUMBERS = re.compile(r"\d+(?:\.\d+)*")


def _one_name(sentences: list[str], lang: str) -> list[str]:
    """Sentences that are the same but for one name as one sentence naming a few of them, the
    rest counted: "Open een escalatielijn van de consulent 1, de consulent 2, de consulent 3 en
    4 anderen naar de manager." rather than the sentence seven times (user, thirteenth round
    S1). The differing part starts at its article, so each name keeps its noun.

    >>> _one_name([f"Bel de consulent {i} vandaag." for i in range(1, 7)], "nl")
    ['Bel de consulent 1, de consulent 2, de consulent 3 en drie anderen vandaag.']
    >>> _one_name(["Have the clerk 1 sign.", "Have the clerk 2 sign.", "Stop."], "en")
    ['Have the clerk 1 and the clerk 2 sign.', 'Stop.']
    """
    groups: list[tuple[list[str], list[str], list[str]]] = []  # prefix, suffix, middles
    at: list[int] = []  # for each sentence, its group's index or -1 (said as it is)
    words = [mark_again(s[:-1].split() if s.endswith(".") else s.split()) for s in sentences]
    recent: dict[str, int] = {}  # a sentence's first two words -> the last such sentence alone
    for i, w in enumerate(words):
        at.append(-1)
        if not sentences[i].endswith("."):
            continue
        key = " ".join(w[:2])
        for gi in range(len(groups) - 1, max(len(groups) - 4, -1), -1):
            pre, suf, mids = groups[gi]
            n = len(w) - len(pre) - len(suf)
            if 0 < n <= _MIDDLE and w[: len(pre)] == pre and w[len(w) - len(suf) :] == suf:
                mids.append(" ".join(w[len(pre) : len(w) - len(suf)]))
                at[i] = gi
                break
        else:
            j = recent.get(key, -1)
            shape = _shape(words[j], w) if j >= 0 and at[j] == -1 else None
            if shape is None:
                recent[key] = i
                continue
            pre, suf = shape
            one, two = words[j], w
            groups.append(
                (
                    pre,
                    suf,
                    [" ".join(x[len(pre) : len(x) - len(suf)]) for x in (one, two)],
                )
            )
            at[j] = at[i] = len(groups) - 1
    out: list[str] = []
    done: set[int] = set()
    for i, s in enumerate(sentences):
        gi = at[i]
        if gi == -1:
            out.append(s)
        elif gi not in done:
            done.add(gi)
            pre, suf, mids = groups[gi]
            names = list(dict.fromkeys(mids))
            if len({_NUMBERS.sub("#", n) for n in names}) == 1:
                # a numbered series in the order of its numbers: "de consulent 3.6, de
                # consulent 3.7, de consulent 3.9", not as the findings came (user 14)
                names.sort(key=natural_key)
            if len(names) > 1:
                pre, suf = _agree(pre, suf, lang)
                suf = each_marked(each_again(suf, names[0]))
            if len(names) > _SHOWN + 1:
                rest = word(len(names) - _SHOWN, lang, upto=20)  # "twee anderen", not "2 anderen"
                names = [*names[:_SHOWN], f"{rest} {'anderen' if lang == 'nl' else 'others'}"]
            out.append(" ".join(unmark(" ".join([*pre, join(names, lang), *suf]).split())) + ".")
    return out


def _agree(pre: list[str], suf: list[str], lang: str) -> tuple[list[str], list[str]]:
    """The verb of a list of names in the plural: "dat A, B en 197 anderen bepalen", not
    "bepaalt" (user at scale 14, F7); "…; A, B en 63 anderen adviseren en zorgen", "Moeten A,
    B en zes anderen zelf beslissen" (jurist 15, J18).

    >>> _agree(["Moet"], ["zelf", "beslissen,"], "nl")
    (['Moeten'], ['zelf', 'beslissen,'])
    >>> _agree(["x;"], ["adviseert", "en", "zorgt", "dat"], "nl")
    (['x;'], ['adviseren', 'en', 'zorgen', 'dat'])
    """
    verbs = _PLURAL[lang]
    if suf and (not pre or pre[-1] in ("dat", "that", "If", "if") or pre[-1][-1] in ";:"):
        bare = suf[0].rstrip(",")  # "… en 40 anderen verleenden, of …" (jurist 15, J18)
        suf = [verbs.get(bare, bare) + suf[0][len(bare) :], *suf[1:]]
        if pre[-3:] == ["het", "mandaat", "dat"]:  # the mandates several bodies granted
            pre = [*pre[:-3], "de", "mandaten", "die"]
        if len(suf) > 2 and suf[1] in ("en", "and"):
            suf = [suf[0], suf[1], verbs.get(suf[2], suf[2]), *suf[3:]]
    if lang == "en" and pre[-2:] == ["the", "mandate"] and suf[:1] == ["granted,"]:
        pre = [*pre[:-1], "mandates"]  # "the mandates A, B and 40 others granted"
    if lang == "nl" and pre and (len(pre) == 1 or pre[-2][-1] in ",;:"):
        verb = verbs.get(pre[-1].lower())
        if verb is not None:
            verb = verb.capitalize() if pre[-1][0].isupper() else verb
            pre = [*pre[:-1], verb]
    return pre, suf


def _few(sentences: list[str], lang: str) -> list[str]:
    """At most three sentences that begin alike ("Laat het college B&W 70 in het mandaat …"),
    the rest counted: each finding keeps its own suggestion (user, thirteenth round S1).

    >>> out = _few([f"Laat het college {i} tekenen." for i in range(6)] + ["Bel."], "nl")
    >>> len(out), out[3], out[4]
    (5, 'Voor de overige gevallen geldt een vergelijkbaar voorstel.', 'Bel.')
    """
    begins = [" ".join(s.split()[:3]) for s in sentences]
    seen: dict[str, int] = {}
    total = Counter(begins)
    out: list[str] = []
    for s, b in zip(sentences, begins, strict=True):
        seen[b] = seen.get(b, 0) + 1
        if total[b] <= _SHOWN + 1 or seen[b] <= _SHOWN:
            out.append(s)
        elif seen[b] == _SHOWN + 1:
            out.append(
                # the nota groups the findings: "de bevindingen noemen ze afzonderlijk" was
                # not so; and no count of its own: "nog 52 andere gevallen" counted sentences
                # beside a heading that counted 45 pairs (new user at scale, session 14, F5)
                "Voor de overige gevallen geldt een vergelijkbaar voorstel."
                if lang == "nl"
                else "A similar suggestion holds for the other cases."
            )
    return out


def _shape(a: list[str], b: list[str]) -> tuple[list[str], list[str]] | None:
    """The words two sentences share before and after the one part in which they differ
    (that part from its article on, or from its capital when it has none), or None when they
    differ in more than a name."""
    same = 0
    while same < min(len(a), len(b)) and a[same] == b[same]:
        same += 1
    tail = 0
    while tail < min(len(a), len(b)) - same and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    back = next(
        (k for k in range(same - 1, max(same - 4, 0) - 1, -1) if a[k].lower() in _ARTICLES),
        None,
    )
    if back is None:  # a name without an article ("Schakel 12"): from its first capital on
        back = same
        while back > 1 and back > same - 3 and a[back - 1][:1].isupper():
            back -= 1
        back = back if back < same else None
    if back is None or back < 1:
        return None
    if not 0 < len(a) - back - tail <= _MIDDLE or not 0 < len(b) - back - tail <= _MIDDLE:
        return None
    if max(len(a), len(b)) - same - tail > 2:  # more differs than a name's last words
        return None
    return a[:back], a[len(a) - tail :] if tail else []


def _flush(out: list[str], words: list[str] | None) -> None:
    """Write a merged sentence's words back as the last sentence."""
    if words is not None:
        out[-1] = " ".join(words)


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
        sentences = [x for text in said if text for x in _SENTENCE.split(text)]
        merged = _one_name(list(dict.fromkeys(sentences)), lang)
        out["suggestion"].append(" ".join(_few(_one_who(merged, lang), lang)))
    return tuple(Text(*out[k]) for k in ("title", "detail", "suggestion"))  # type: ignore[return-value]


_ARTICLES = frozenset({"de", "het", "een", "the", "a", "an"})


def _joined_title(titles: Sequence[str], lang: str) -> str:
    words = [t.split() for t in titles]
    head = 0
    while all(len(w) > head and w[head] == words[0][head] for w in words):
        head += 1
    tail = 0
    while all(len(w) > head + tail and w[-1 - tail] == words[0][-1 - tail] for w in words):
        tail += 1
    while head and words[0][head - 1].lower() in _ARTICLES:  # "een verzoek en een besluit"
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
