"""A relative's initial (hostile review 13b, S3): after a kinship word ("Zoon D. spijbelt") or
after a first name as the initial of a resident's surname ("Daan V. spijbelt"). The cleaner
gives it a letter (:func:`initials_of_relatives`), the copy's check refuses one left
(:func:`initial_left`); a first name is one by :func:`exports.anonymise_first.a_first_name`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from exports.anonymise_first import a_first_name
from exports.anonymise_kin_words import KIN

__all__ = ["initial_left", "initials_of_relatives"]


# an initial left after a kinship word ("Zoon D. spijbelt", hostile review 13b S3) or after a
# first name as the initial of the resident's surname ("Daan V. spijbelt"): a relative
_INITIALS = r"(?-i:[A-Z])\.(?:\s?(?-i:[A-Z])\.){0,2}"
# a single letter of the copy's series is the copy's own ("Zoon X en dochter Y.", cleaned
# again), unless it is the initial of the resident's surname for the cleaner ("Zoon V.")
_NOT_A_LETTER = r"(?!(?-i:[XYZQRSTUVW])\.?(?![\w.]|\s?(?-i:[A-Z])\.))"
_KIN_INITIAL = re.compile(
    rf"(?<![^\W_])(?P<form>{KIN})\s+(?P<i>{_INITIALS})(?!\s*(?-i:[A-Z])[a-zà-ÿ])(?![\w])"
)
_FIRST_INITIAL = re.compile(
    r"(?<![^\W_])(?P<w>(?-i:[A-Z])[a-zà-ÿ]+(?:-(?-i:[A-Z])[a-zà-ÿ]+)?) (?P<i>(?-i:[A-Z]))"
    r"(?P<dot>\.)?(?![\w])"
)
_SERIES = "XYZQRSTUVW"
# what every initial of the kinship patterns holds: a text without it is not read (issue 15)
_AN_INITIAL = re.compile(r"(?-i:[A-Z])\.")
# a full stop that also ends the sentence stays after the letter
_ENDS = re.compile(r"\s*$|\s*\n|\s+(?-i:[A-Z])")


def _with_stop(match: re.Match[str], letter: str) -> str:
    stop = match.group(0).endswith(".") and _ENDS.match(match.string, match.end()) is not None
    return letter + ("." if stop else "")


def initials_of_relatives(
    text: str, marks: frozenset[str], knows: Callable[[str], bool], relative: Callable[[str], str]
) -> str:
    """``text`` with a relative's initial after a kinship word as a letter ("Zoon D.
    spijbelt": "Zoon X spijbelt"), and a first name with the initial of a resident's surname
    (``marks``) as that first name's letter ("Daan V. spijbelt": "Y spijbelt"; hostile review
    13b, S3). A resident's own first name (``knows``) is left to the resident's rules.

    >>> said: dict[str, str] = {}
    >>> def letter(name: str) -> str:
    ...     return said.setdefault(name, "XYZ"[len(said)])
    >>> marks = frozenset("V")
    >>> initials_of_relatives("Zoon D. spijbelt. Daan V. belt.", marks, str.isupper, letter)
    'Zoon X spijbelt. Y belt.'
    >>> initials_of_relatives("Zie artikel V. Daan B. belt met zoon D.", marks, str.isupper, letter)
    'Zie artikel V. Daan B. belt met zoon X.'
    """

    def key(match: re.Match[str]) -> str:
        return "\x00" + re.sub(r"\s", "", match.group("i"))  # no word of a text: not "again"

    def named(match: re.Match[str]) -> bool:
        word = match.group("w")
        return match.group("i") in marks and a_first_name(word) and not knows(word)

    # the letters in reading order ("Daan V. en zoon D.": "X en zoon Y")
    def ours(match: re.Match[str]) -> bool:  # "Zoon X en dochter Y.": the copy's letters
        i = match.group("i").rstrip(".")
        return len(i) == 1 and i in _SERIES and i not in marks

    initial = _AN_INITIAL.search(text) is not None  # else _KIN_INITIAL finds nothing
    # a first name and a mark are written "Daan V": a space before the mark (issue 15)
    first = any(f" {m}" in text for m in marks)
    found = (
        [(m.start(), key(m)) for m in _KIN_INITIAL.finditer(text) if not ours(m)] if initial else []
    )
    if first:
        found += [(m.start(), m["w"]) for m in _FIRST_INITIAL.finditer(text) if named(m)]
    for _, name in sorted(found):
        relative(name)
    if initial:
        text = _KIN_INITIAL.sub(
            lambda m: m.group(0) if ours(m) else f"{m['form']} " + _with_stop(m, relative(key(m))),
            text,
        )
    if not any(f" {m}" in text for m in marks):  # the text as the kinship rule left it
        return text
    return _FIRST_INITIAL.sub(
        lambda m: _with_stop(m, relative(m["w"])) if named(m) else m.group(0), text
    )


# the check's reading: an initial after a kinship word that is no single letter the copy
# gives ("Zoon X" is the copy's; "Zoon D.", "Zoon D.V." are not)
_KIN_INITIAL_LEFT = re.compile(
    rf"(?<![^\W_])(?:{KIN})\s+{_NOT_A_LETTER}{_INITIALS}(?!\s*(?-i:[A-Z])[a-zà-ÿ])(?![\w])"
)


def initial_left(text: str, marks: frozenset[str]) -> str | None:
    """A relative's initial the copy still holds ("Zoon D.", or "Daan V." where V is the
    initial of a resident's surname, ``marks``: hostile review 13b, S3), or None; the copy's
    letter ("Zoon X") and a document's part ("Artikel V.") name nobody.

    >>> marks = frozenset("V")
    >>> initial_left("Zoon D. spijbelt.", marks), initial_left("Daan V. belt", marks)
    ('Zoon D.', 'Daan V.')
    >>> initial_left("Zoon X spijbelt; zoon Y. Artikel V.", marks) is None
    True
    """
    for match in _KIN_INITIAL_LEFT.finditer(text) if _AN_INITIAL.search(text) else ():
        return match.group(0)
    for match in _FIRST_INITIAL.finditer(text) if marks else ():
        if match.group("i") in marks and a_first_name(match.group("w")):
            return match.group(0)
    return None
