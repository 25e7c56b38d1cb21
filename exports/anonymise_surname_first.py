"""A relative named with the resident's surname first (issue 16, hostile review 14b, N2): as
a municipal register or a child-protection letter writes a person, "Visser D.", "VISSER,
D.", "Visser, D.J.", "Visser-Bakker, D.", "Visser (Daan)", the surname alone ("Visser") or in
small letters ("daan visser"). Beside a resident "Mevrouw Anna Visser" such an actor was kept
whole, in the copy and in the nota ("… with Visser D." 11 times), and the check passed it.

The cleaner reads these forms, and an initial that is not the resident's before the surname
("D. Visser", "de heer D. Visser"), as a relative: a letter, the one the same person gets in
every text ("Visser D. spijbelt." and "D. Visser" are both "X"). A text's surname-first form
is first written in the usual order ("Visser D." as "D. Visser"), so that the resident's own
initial ("Visser A.") is the resident as "A. Visser" is. The copy's check reads the actor
forms with its own patterns (:func:`exports.anonymise_check.surname_first_person`).

>>> surname_first("Visser D.", 6), surname_first("VISSER, D.J.", 6)
('\\x00D.', '\\x00D.J.')
>>> surname_first("Visser-Bakker, D.", 6), surname_first("Visser (Daan)", 6)
('\\x00D.', 'Daan')
>>> surname_first("Visser B.V.", 6) is None, surname_first("Visser Advocaten", 6) is None
(True, True)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = [
    "INITIALS",
    "initial_relative",
    "initials_key",
    "other_initials",
    "register_order",
    "surname_first",
]

# one to four initials ("D.", "D.J.", "D. J.")
INITIALS = r"(?-i:[A-Z])\.(?:[ \t]?(?-i:[A-Z])\.){0,3}"
# a firm's legal form is no person's initials ("Visser B.V.", "Visser & Zn.")
_FIRM_FORMS = frozenset(("B.V.", "N.V.", "C.V.", "V.O.F.", "BV.", "NV."))
_NAME = r"(?-i:[A-Z])[a-zà-ÿ]+(?:-(?-i:[A-Z])[a-zà-ÿ]+)?"
# after the surname: a double surname's other half, a comma, the initials, maybe an age
_INITIALS_AFTER = re.compile(
    rf"(?P<half>-[^\W\d_]+)?[ \t]*(?P<comma>,)?[ \t]*(?P<i>{INITIALS})"
    r"(?![\w])(?P<dot>\.)?"
)
_BRACKET_AFTER = re.compile(rf"[ \t]*\((?P<w>{_NAME})\)[ \t]*$")
_BRACKETED = re.compile(rf"[ \t]*\((?P<w>{_NAME})\)")
_REST = re.compile(r"[ \t]*(?:\(\d{1,3}\))?[ \t]*$")


def initials_key(initials: str) -> str:
    """The letter's key of a person named by ``initials`` ("D. J." and "D.J." alike), the
    key "Zoon D." and "D. Visser" have too."""
    return "\x00" + re.sub(r"\s", "", initials)


def _initials(text: str, end: int) -> re.Match[str] | None:
    match = _INITIALS_AFTER.match(text, end)
    if match is None or re.sub(r"\s", "", match["i"]).upper() in _FIRM_FORMS:
        return None
    return match


def surname_first(name: str, end: int) -> str | None:
    """The key of the person an actor's ``name`` names with its surname first, the surname
    ending at ``end`` and opening the name: initials after it ("Visser D.", "VISSER, D.",
    "Visser-Bakker, D.J.") or a first name in brackets ("Visser (Daan)"), and nothing after
    but an age; None for a body's name ("Visser Advocaten", "Visser B.V.")."""
    if name[: end - len(name[:end].lstrip())].strip():
        return None
    if (initials := _initials(name, end)) is not None and _REST.match(name, initials.end()):
        return initials_key(initials["i"])
    bracket = _BRACKET_AFTER.match(name, end)
    return bracket["w"] if bracket is not None else None


def register_order(text: str, found: Iterable[tuple[int, int]]) -> str:
    """``text`` with each surname at ``found`` (start, end; no title or article before it)
    that has initials or a first name in brackets after it written in the usual order
    ("Visser D. spijbelt." as "D. Visser spijbelt."; "VISSER, D.J." as "D.J. VISSER";
    "Visser (Daan)" as "Daan Visser"), the full stop that ends a sentence kept; a comma
    before the initials only where the surname opens a text or a sentence.

    >>> register_order("Visser D. spijbelt. Zie ook Visser B.V.", [(0, 6), (28, 34)])
    'D. Visser spijbelt. Zie ook Visser B.V.'
    >>> register_order("Gesproken met Visser D.", [(14, 20)])
    'Gesproken met D. Visser.'
    >>> register_order("Visser (Daan) belt.", [(0, 6)])
    'Daan Visser belt.'
    """
    out: list[str] = []
    last = 0
    for start, end in found:
        bracket = _BRACKETED.match(text, end)
        if bracket is not None and start >= last:  # "Visser (Daan)": "Daan Visser"
            out += [text[last:start], f"{bracket['w']} {text[start:end]}"]
            last = bracket.end()
            continue
        match = _initials(text, end)
        if match is None or start < last:
            continue
        head = text[:start].rstrip()
        if match["comma"] and head[-1:] not in ("", *".!?:;\n"):
            continue  # "met Visser, D. en F.": a list, not the register's order
        tail = text[match.end("i") :]
        stop = "." if re.match(r"[ \t]*(?:$|\n)", tail) or re.match(r" +(?-i:[A-Z])", tail) else ""
        initials = match["i"]
        out += [text[last:start], f"{initials} {text[start:end]}{match['half'] or ''}{stop}"]
        last = match.end("i") + len(match["dot"] or "")
    return "".join(out) + text[last:] if out else text


# an initial before the surname: "D. Visser", "de heer D. Visser"
_INITIALS_BEFORE = re.compile(rf"(?P<i>{INITIALS})[ \t]*$")


def other_initials(prefix: str, own: Iterable[str]) -> re.Match[str] | None:
    """The initials at the end of ``prefix`` (what stands before a resident's surname) when
    they are no resident's own (``own``: the first letters of the residents' first names
    or initials): a relative ("D. Visser" beside "Mevrouw Anna Visser"), or None. Without
    any own initial known ("Mevrouw Visser"), an initial names the resident as before.

    >>> other_initials("de heer D. ", "A")["i"], other_initials("A. ", "A")
    ('D.', None)
    """
    letters = set(own)
    match = _INITIALS_BEFORE.search(prefix)
    if match is None or not letters or match["i"][0] in letters:
        return None
    return match


def initial_relative(
    text: str, match: re.Match[str], own: Iterable[str], relative: Callable[[str], str]
) -> tuple[int, str, int] | None:
    """Initials before the resident's surname that are not the resident's ("D. Visser",
    "de heer D. Visser" beside "Mevrouw Anna Visser": hostile review 14b): a relative's
    letter, the form of address kept ("De heer X"), or None: where it starts, what the copy
    says and where it ends. ``own``: the residents' initials ("AV")."""
    lead = match.start() + len(match.group("art") or "") + len(match.group("case") or "")
    prefix = text[lead : match.start("core")]
    found = other_initials(prefix, {i[0] for i in own})
    if found is None or match.group("poss") or match.group("art") or match.group("case"):
        return None
    said = prefix[: found.start()] + relative(initials_key(found["i"]))
    said += f" ({match['age']})" if match.group("age") else ""
    if text[: match.start()].rstrip()[-1:] in ("", *".!?"):
        said = said[:1].upper() + said[1:]
    return match.start(), said, match.end()
