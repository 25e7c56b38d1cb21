"""A numbered name said twice in one English sentence ("… the mandate the College B&W 3
granted, or ask the College B&W 3 to allow more levels"): a college is named in full every
time, never "the College B&W" after it, which in a note addressed to the College B&W 1 could
be either (jur18d's regression of 982ff30). So that the remedies of many colleges still differ
in one name and merge into one sentence, the repeat is marked before they are compared
(:func:`mark_again`) and said after the merged names as "each College B&W"
(:func:`each_marked`); a sentence that did not merge gets its own name back (:func:`unmark`).

>>> said = "ask the College B&W 3 to ask the College B&W 3 to sign.".split()
>>> " ".join(unmark(mark_again(said)))
'ask the College B&W 3 to ask the College B&W 3 to sign.'
>>> " ".join(each_marked(mark_again(said)[6:]))
'ask each College B&W to sign.'
"""

from __future__ import annotations

import re

__all__ = ["AGAIN", "each_marked", "mark_again", "unmark"]

#: the word that stands for the number of a name said before in the same sentence
AGAIN = "\u2063again"
_NUMBER = re.compile(r"\d+(?:\.\d+)*")


def _name_before(words: list[str], at: int) -> int | None:
    """Where the name whose number is ``words[at]`` starts: its article "the", at most three
    words before; None when there is none."""
    return next((k for k in range(at - 1, max(at - 4, -1), -1) if words[k] == "the"), None)


def mark_again(words: list[str]) -> list[str]:
    """``words`` with the number of a name said a second time replaced by :data:`AGAIN`
    (punctuation after it kept)."""
    out = list(words)
    for i, w in enumerate(out):
        start = _name_before(out, i) if _NUMBER.fullmatch(w) else None
        if start is None:
            continue
        bare = out[start:i]
        for j in range(i + 1, len(out) - len(bare)):
            core = out[j + len(bare)].rstrip(",;:")
            if out[j : j + len(bare)] == bare and core == w:
                out[j + len(bare)] = AGAIN + out[j + len(bare)][len(core) :]
    return out


def each_marked(words: list[str]) -> list[str]:
    """A marked repeat after merged names as each of them: "ask each College B&W to", "to
    each of them" (as :func:`mapper.wording.each_again`; rev-jurist19 R12)."""
    out = list(words)
    for i in range(len(out) - 1, -1, -1):
        start = _name_before(out, i) if out[i].startswith(AGAIN) else None
        if start is None:
            continue
        out[start] = "each"
        if start + 2 == i:  # one word, a role: "each of them", not "each consultant" beside
            # "the Consulent 3.9" (rev-jurist19 R12)
            out[start + 1] = "of them"
        out[i - 1] += out[i][len(AGAIN) :]
        del out[i]
    return out


def unmark(words: list[str]) -> list[str]:
    """``words`` with each marked repeat named again as the name before it in full."""
    out = list(words)
    for i, w in enumerate(out):
        start = _name_before(out, i) if w.startswith(AGAIN) else None
        if start is None:
            continue
        bare = out[start:i]
        for j in range(start - 1, -1, -1):
            if out[j : j + len(bare)] == bare and j + len(bare) < start:
                number = out[j + len(bare)].rstrip(",;:")
                out[i] = number + w[len(AGAIN) :]
                break
    return out
