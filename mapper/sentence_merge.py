"""Many findings' suggestions said as few sentences: one sentence per person asked, per lead
with its examples, per name in a list (the rest counted), and at most three that begin alike.

:mod:`mapper.cause_words` merges a cause's suggestions with these; each step keeps every
finding's own ask (users and jurists, thirteenth to eighteenth rounds).
"""

from __future__ import annotations

import re
from collections import Counter

from mapper.name_again import each_marked, mark_again, unmark
from mapper.wording import each_again, join, natural_key, word

__all__ = ["ARTICLES", "SENTENCE", "few", "one_example", "one_name", "one_who"]

SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z‘])")


ARTICLES = frozenset({"de", "het", "een", "the", "a", "an"})


_EXAMPLE = re.compile(r"^(?P<lead>.+?, (?:bijvoorbeeld|for example) )(?P<rest>.+?)\.?$")


def one_example(sentences: list[str]) -> list[str]:
    """Two sentences with one lead and another example as one ("Leg een tweede verbinding,
    bijvoorbeeld X, of Y."), not the lead twice (twelfth jurist L10).

    >>> one_example(["Leg een lijn, bijvoorbeeld A.", "Leg een lijn, bijvoorbeeld B."])
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


def one_who(sentences: list[str], lang: str) -> list[str]:
    """Two sentences that ask the same person, one after the other, as one: "Laat de wethouder
    een perslijn opstellen en de raad informeren over het beleid …" rather than "Laat de
    wethouder … Laat de wethouder …" (jurist L-d).

    A run of such sentences grows one sentence; it is kept as a list of words (not re-split
    and re-joined per sentence) and a shared closing phrase is only looked for as long as the
    new sentence's rest can hold it, so the work grows with the words, not their square.

    >>> one_who(["Laat de wethouder X een perslijn opstellen over het beleid.",
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


def one_name(sentences: list[str], lang: str) -> list[str]:
    """Sentences that are the same but for one name as one sentence naming a few of them, the
    rest counted: "Open een escalatielijn van de consulent 1, de consulent 2, de consulent 3 en
    4 anderen naar de manager." rather than the sentence seven times (user, thirteenth round
    S1). The differing part starts at its article, so each name keeps its noun.

    >>> one_name([f"Bel de consulent {i} vandaag." for i in range(1, 7)], "nl")
    ['Bel de consulent 1, de consulent 2, de consulent 3 en drie anderen vandaag.']
    >>> one_name(["Have the clerk 1 sign.", "Have the clerk 2 sign.", "Stop."], "en")
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


def few(sentences: list[str], lang: str) -> list[str]:
    """At most three sentences that begin alike ("Laat het college B&W 70 in het mandaat …"),
    the rest counted: each finding keeps its own suggestion (user, thirteenth round S1).

    >>> out = few([f"Laat het college {i} tekenen." for i in range(6)] + ["Bel."], "nl")
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
        (k for k in range(same - 1, max(same - 4, 0) - 1, -1) if a[k].lower() in ARTICLES),
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
