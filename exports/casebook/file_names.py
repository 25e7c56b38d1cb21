"""A casebook file's path as a report shows it (issue 16): no person's name in a file or folder
name, in any case, and each person named as the map's own texts name them.

Each part of the path is read by the title rules (exports.casebook.unnamed.shown_case) before a
resident's surname is replaced, so that "Fleur Visser.kvmap" is "Y.kvmap", not "Fleur
resident.kvmap" (hostile review 14, C1). A name the map's texts make a letter has that letter
in a file's name too, in small letters as well ("b/daan.kvmap" of a map that says "Daan Visser
spijbelt" is "b/X.kvmap"), and beside the resident's surname after a comma or a hyphen
("2026 visser, daan", "visser-daan", "daan-visser": hostile review 14b, N3). The letters are
the copy's (:func:`map_letters`), read only when a file's name may hold a name of the map's.
One language per report: a Dutch report says "inwoner", an English one "resident".
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict

from exports.anonymise import anonymise, citizen_names, name_pattern
from exports.anonymise_everyday import FUNCTION_WORDS
from exports.anonymise_first import a_first_name
from exports.anonymise_ids import json_strings
from exports.anonymise_titled import KIN_WORDS, Letters
from exports.casebook.file_health import health_word, without_dates, without_health_or_dates
from exports.casebook.run_names import PathNames
from exports.casebook.unnamed import shown_case
from exports.map_language import map_language
from mapper.casebook import Shown
from models import Case
from models.fields import KINDS
from models.fileformat import case_to_dict
from models.i18n import Lang

__all__ = ["map_letters", "path_names", "shown_file", "shown_file_letters", "shown_path"]

_RESIDENT = {"nl": "inwoner", "en": "resident"}
_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'-]+")
_AND = frozenset(("en", "and", "&"))
_DOT = re.compile(r"(?<=[^\W\d_])\.(?=[^\W\d_])")  # "Fleur.Visser", not "2026.03"
_SEP = re.compile(r"([ _.,-]+)")
# a word with a capital in the middle of a sentence ("met Daan en Fleur")
_INNER = re.compile(r"(?<=[^\W_][ ,])\s*([A-ZÀ-Ý][a-zà-ÿ]+)(?![^\W_])")
_TITLE_WORD = re.compile(r"(?<![^\W_])([A-ZÀ-Ý][a-zà-ÿ]+)(?![^\W_])")
# a surname after a form of address or "Gezin" is the resident's, replaced by their role
_AFTER_FORM = re.compile(
    r"(?i:\b(?:gezin|familie|mevrouw|meneer|mevr|mw|dhr|heer|mr|mrs|ms|family)\.?)\s+"
    r"([A-ZÀ-Ý][a-zà-ÿ]+)"
)
_HYPHENS = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2212]")
_FIRST = r"(?-i:[A-Z][a-zà-ÿ]+)"
# a letter the title rules gave ("X", "Y2")
_LETTER = re.compile(r"(?<![^\W_])[A-Z]\d*(?![^\W_])")
# the resident's role in the other language than the report's (one language per report)
_OTHER_ROLE = {
    "en": re.compile(r"(?<![^\W_])(?:(?P<art>[Dd]e)\s+)?(?P<role>[Ii]nwoner)(?![^\W_])"),
    "nl": re.compile(r"(?<![^\W_])(?:(?P<art>[Tt]he)\s+)?(?P<role>[Rr]esident)(?![^\W_])"),
}
# the household the title rules say in the map's language ("Gezin Visser": "Het gezin")
_OTHER_HOUSEHOLD = {
    "en": (re.compile(r"(?<![^\W_])([Hh])et gezin(?![^\W_])"), "he household"),
    "nl": (re.compile(r"(?<![^\W_])([Tt])he household(?![^\W_])"), "et gezin"),
}


def shown_path(relative: str, names: list[str], lang: Lang) -> str:
    """``relative`` with every resident's name replaced by "inwoner" (a file named after the
    resident must not name them in a report).

    >>> shown_path("2026/jansen-schulden.kvmap", ["Mevrouw Jansen"], "nl")
    '2026/inwoner-schulden.kvmap'

    A name whose letter and accent are written apart ("O\u0308zdemir.kvmap", as macOS and some
    shares store it) is read joined (NFC) and shown so (hostile review 11, N2).
    """
    relative = unicodedata.normalize("NFC", relative)
    pattern = name_pattern([unicodedata.normalize("NFC", n) for n in names])
    shown = relative if pattern is None else pattern.sub(_RESIDENT[lang], relative)
    return without_health_or_dates(shown, lang)  # 'ggz-opname', '1985-03-03' (hostile 15, H4)


# The letters of the last maps read (issue 15): a report shows each file's name with its map's
# letters, and the letters depend on the map and the language alone, yet every name read them
# by anonymising the whole map again (16 of a name's 22 ms). Keyed by the header, the
# entities, the saves and the snapshots (immutable and held here, so their ids stay theirs):
# any edit makes another key. Each caller gets letters of its own, which it may add to.
_LETTERS: OrderedDict[tuple[object, ...], tuple[tuple[object, ...], Letters]] = OrderedDict()
_LETTERS_MAX = 16
_LETTERS_ACTORS = 1_000  # a bigger map is read each time: its letters are not held
_LETTERS_LOCK = threading.Lock()


def _letters_key(case: Case, lang: Lang) -> tuple[object, ...] | None:
    """What the letters of ``case`` in ``lang`` depend on (None: not to be kept)."""
    if len(case.actors) > _LETTERS_ACTORS:
        return None
    timeline = case.timeline
    snaps = tuple(id(s) for s in timeline.snapshots)
    key = (lang, case.info, *(tuple(case.collection(k)) for k in KINDS), timeline.history, snaps)
    try:
        hash(key)
    except TypeError:  # a field that is no value
        return None
    return key


def _copied(letters: Letters) -> Letters:
    twin = Letters()
    twin.given.update(letters.given)
    twin.said.update(letters.said)
    return twin


def map_letters(case: Case, lang: Lang) -> Letters:
    """The letters the anonymised copy of ``case`` gives the persons its texts name ("Daan
    Visser spijbelt": "daan" is X), in the order the copy gives them; read once per map and
    language (a new :class:`Letters` for each caller)."""
    key = _letters_key(case, lang)
    with _LETTERS_LOCK:
        if key is not None and (known := _LETTERS.get(key)) is not None:
            _LETTERS.move_to_end(key)
            return _copied(known[1])
    letters = Letters()
    anonymise(case, map_language(case, lang), for_copy=True, letters=letters)
    if key is not None:
        with _LETTERS_LOCK:  # the snapshots held: their ids are not reused
            _LETTERS[key] = tuple(case.timeline.snapshots), _copied(letters)
            while len(_LETTERS) > _LETTERS_MAX:
                _LETTERS.popitem(last=False)
    return letters


def _capitals(texts: list[str]) -> set[str]:
    """The words ``texts`` write with a capital, in small letters: the names the map's texts
    may give a letter."""
    return {w.casefold() for t in texts for w in _WORD.findall(t) if w[:1].isupper()}


# a law, a body's or a paper's name is no person's ("Participatiewet", "Awb", "Dagblad"), nor
# a word a file's name writes after the surname in English ("visser energy", "visser born";
# rev-hostile16a, R9)
_NO_PERSON = re.compile(
    r"\w*(?:wet|wetboek|verordening|regeling|besluit|blad|krant|bank|fonds)"
    r"|awb|wmo|wlz|zvw|wsnp|wgs|wvggz|wzd|avg|bw|jw|uwv|svb|cak|ggd|ggz|cjg|ciz"
)
_NOT_FIRST_HERE = frozenset((
    "energy", "patient", "patients", "born", "geb", "geboren", "dossier", "file", "files",
    "notes", "note", "report", "case", "old", "new", "copy", "kopie", "versie", "version",
    "draft", "final", "definitief", "oud", "nieuw", "debt", "debts", "housing", "eviction",
    "care", "youth", "school", "work", "benefit", "benefits", "income", "rent", "letter",
    "intake", "session", "sessie", "meeting", "family", "home", "backup", "test",
))  # fmt: skip


def _a_person(word: str) -> bool:
    """Whether ``word`` may be a person's first name in a file's name: a first name to the
    anonymiser (exports.anonymise_first.a_first_name), and no law's or body's name."""
    key = word.casefold()
    if key in _NOT_FIRST_HERE or _NO_PERSON.fullmatch(key) or health_word(word):
        return False  # "visser asperger": a health word, no first name
    return a_first_name(word)


def _named(case: Case, texts: list[str]) -> set[str]:
    """The words the map writes as a name in its own texts, before any is dropped, in small
    letters: each capitalised word of the title ("Daan heeft ADHD", a title the copy drops
    whole), and each written with a capital in the middle of a sentence ("Ze woont met Daan en
    Fleur"): a file's name may not keep them (hostile review 15b, B1)."""
    inner = {m.group(1) for t in texts for m in _INNER.finditer(t)}
    title = {m.group(1) for m in _TITLE_WORD.finditer(case.info.title)}
    after = {m.group(1) for t in [*texts, case.info.title] for m in _AFTER_FORM.finditer(t)}
    named = (inner | title) - after  # "Gezin Jansen", "mevrouw Jansen": a surname
    return {w.casefold() for w in named if w[:1].isupper() and not w.isupper() and _a_person(w)}


def _bodies(case: Case) -> set[str]:
    """The words of the organisations' and powers' names, in small letters: no person's."""
    named = [*(o.name for o in case.organisations), *(p.name for p in case.powers)]
    return {w.casefold() for n in named for w in _WORD.findall(n)}


def _listed(texts: list[str], given: dict[str, str]) -> set[str]:
    """The first names the map's ``texts`` list beside a name they give a letter ("Fleur en
    Daan blijven thuis", "Daan, Fleur en hun moeder"), in small letters: the copy refuses
    them (the user names them there), and a file's name may not show them either."""
    if not given:
        return set()
    known = "|".join(re.escape(k) for k in sorted(given, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![^\W_])(?:(?P<a>{_FIRST})\s*(?:,|\ben\b|\band\b|&)\s*(?i:{known})"
        rf"|(?i:{known})\s*(?:,|\ben\b|\band\b|&)\s*(?P<b>{_FIRST}))(?![^\W_])"
    )
    found = {m.group("a") or m.group("b") for t in texts for m in pattern.finditer(t)}
    return {f.casefold() for f in found if _a_person(f)} - set(given)


# a word of a resident's name that names nobody in a file's name ("Mevrouw", "van", "de")
_FORMS = frozenset((
    "mevrouw", "meneer", "mevr", "mw", "dhr", "heer", "mr", "mrs", "ms", "miss", "fam",
    "familie", "gezin", "family", "de", "den", "der", "het", "ter", "ten", "te", "la",
    "le", "du", "da", "di", "von", "zu", "inwoner", "resident",
))  # fmt: skip
_NO_NAME = FUNCTION_WORDS | frozenset(KIN_WORDS) | _FORMS
# a capital word that opens a sentence, before a word in small letters ("Daan spijbelt.")
_START = re.compile(r"(?:^|[.!?:;]\s+)([A-ZÀ-Ý][a-zà-ÿ]+)(?=[ \t]+[a-zà-ÿ])")


def _starts(case: Case, texts: list[str]) -> set[str]:
    """The first names ``texts`` write at a sentence's start ("Daan spijbelt. Fleur woont bij
    oma."; rev-hostile16a, R5: 'daan.kvmap' was kept) or in the title ("Daan heeft ADHD"), in
    small letters, that they never write in small letters as a word ("Wacht op hulp")."""
    found = {m.group(1) for t in texts for m in _START.finditer(t)}
    found |= {m.group(1) for m in _TITLE_WORD.finditer(case.info.title)}
    found -= {m.group(1) for t in texts for m in _HYPHENED.finditer(t)}  # "Vis-ser"
    low = {w for t in texts for w in _WORD.findall(t) if w.islower()}
    return {w.casefold() for w in found if _a_person(w) and w.casefold() not in low}


_HYPHENED = re.compile(r"(?<![^\W_])([A-ZÀ-Ý][a-zà-ÿ]+)-\s*[a-zà-ÿ]")


def path_names(case: Case, thens: list[Case], given: dict[str, str]) -> PathNames:
    """What ``case`` (with ``thens``, its snapshots' states) tells a casebook run about names
    in file names: its residents' name words, now and in a snapshot (R4: 'visser.kvmap' of a
    map whose resident is only in its snapshots), the names it writes (also at a sentence's
    start: R5), its bodies' words, and ``given``, the letters its own path was given."""
    residents = [*citizen_names(case), *(n for then in thens for n in citizen_names(then))]
    # a word the anonymiser takes as a resident's name ("Huishouden met schulden" has none)
    pattern = name_pattern([unicodedata.normalize("NFC", n) for n in residents])
    words = {w for n in residents for w in _WORD.findall(unicodedata.normalize("NFC", n))}
    roles = {w.casefold() for w in words if pattern and pattern.fullmatch(w)} - _NO_NAME
    texts = json_strings(case_to_dict(case))
    bodies = _bodies(case)
    given_words = {w.casefold() for n in given for w in _WORD.findall(n)}
    inner = {m.group(1) for t in texts for m in _INNER.finditer(t)}
    after = {m.group(1) for t in [*texts, case.info.title] for m in _AFTER_FORM.finditer(t)}
    inner = {w.casefold() for w in inner - after if _a_person(w)}  # "met Daan en Fleur"
    persons = (inner | _starts(case, texts) | given_words) - bodies - roles - _NO_NAME
    # a resident's initials ("av" of "Mevrouw Anna Visser") and the first of them (R10)
    named = [[w for w in _WORD.findall(n) if w.casefold() in roles] for n in residents]
    initials = {"".join(w[0] for w in ws).casefold() for ws in named if len(ws) > 1}
    initials |= {ws[0][0].casefold() for ws in named if len(ws) > 1}
    return PathNames.of(roles, persons, bodies, given, initials)


def shown_file(case: Case, relative: str, lang: Lang) -> tuple[Shown, str]:
    """What a record of ``case`` names, and its file's path ``relative`` as a report shows it
    (:func:`shown_file_letters` without the letters)."""
    names, shown, _ = shown_file_letters(case, relative, lang)
    return names, shown


def shown_file_letters(case: Case, relative: str, lang: Lang) -> tuple[Shown, str, Letters]:
    """What a record of ``case`` names, its file's path ``relative`` as a report shows it, and
    the letters the map gave the persons in it.

    Each folder's and the file's name is said as the title is, before a resident's surname is
    replaced; a word of the path that the map writes as a name, or a lowercase first name
    beside a resident's name, is read with its capital, with the map's letters. A part the
    rules leave as it was is shown as written; whatever still holds a resident's name (a part
    the anonymiser dropped, a lowercase surname) has it replaced by "inwoner" after that.
    """
    # a hyphen of another kind is a hyphen; a full date goes before the names are read
    relative = without_dates(_HYPHENS.sub("-", unicodedata.normalize("NFC", relative)))
    residents = citizen_names(case)
    words = {w.casefold() for n in residents for w in _WORD.findall(n)}
    stem = relative.removesuffix(".kvmap")
    parts, end = stem.split("/"), relative[len(stem) :]
    path_words = {w.casefold() for w in re.findall(r"[^\W\d_]{2,}", stem)} - words
    texts = json_strings(case_to_dict(case))
    maybe = {w for w in path_words & _capitals(texts) if _a_person(w.capitalize())}
    named = (path_words & _named(case, texts)) - _bodies(case)
    letters = map_letters(case, lang) if maybe - _bodies(case) else None
    names, said, read = _said(case, parts, end, words, lang, letters, texts, named)
    if letters is None and said is not None and _new_letter(said, relative):
        # a name the map does not write, after the map's letters (not the title's X again)
        letters = map_letters(case, lang)
        names, said, read = _said(case, parts, end, words, lang, letters, texts, named)
    if said is not None:
        new = said.removesuffix(end).split("/") if end else said.split("/")
        if len(new) == len(parts):  # a part the rules left alone is shown as written
            olds = read.split("/")
            kept = [
                p if n == o else _lowered(n, p) for p, o, n in zip(parts, olds, new, strict=True)
            ]
            said = "/".join(kept) + end
    said = said or relative
    if named and letters is not None:  # a name the rules dropped with its text ("adhd daan")
        pattern = re.compile(
            rf"(?<![^\W_])(?:{'|'.join(map(re.escape, sorted(named)))})(?![^\W_])", re.I
        )
        said = pattern.sub(lambda m: letters.relative(m.group(0).capitalize()), said)
    shown = _tidy(shown_path(said, residents, lang), relative)
    return names, _one_language(shown, relative, lang), letters or Letters()


# what the anonymiser writes for an identifier, in the map's language ("(BSN weggelaten)"): a
# file's name just leaves the number out, in the report's language (rev-hostile16a, R11)
_MARKER = re.compile(r"\s*\((?:[^()/]*\s)?(?:weggelaten|left out)\)")
# a folder of the resident's name read as a title's "Dossier van de inwoner" ('Jeugd/Visser')
_OF_ROLE = re.compile(r"(?<![^/])van (?:de )?(?=(?:inwoner|resident)(?:/|$))")


def _tidy(shown: str, relative: str) -> str:
    shown = _MARKER.sub("", shown)
    return shown if re.search(r"(?<![^/])van ", relative) else _OF_ROLE.sub("", shown)


def _said(
    case: Case,
    parts: list[str],
    end: str,
    words: set[str],
    lang: Lang,
    letters: Letters | None,
    texts: list[str],
    named: set[str],
) -> tuple[Shown, str | None, str]:
    """The record's names, the path as the title rules say it, and the path as they read it."""
    if letters is None:
        known, listed = set(), set()
    else:
        # beside a name with a letter, or the first name of a resident or relative on the
        # map ("Fleur en Daan" of an actor "Zoon Daan": the copy keeps "Fleur" there)
        firsts = {w: "" for w in words if _a_person(w.capitalize())}
        listed = _listed(texts, {**firsts, **letters.given}) | (named - set(letters.given))
        known = set(letters.given) | listed
    read = "/".join(_read_as_words(p, words, known) for p in parts)
    names, said = shown_case(case, lang, read + end, letters)
    if said is not None and listed and letters is not None:
        # what the title rules leave of a listed name becomes its letter, after the map's
        pattern = re.compile(
            rf"(?<![^\W_])(?:{'|'.join(map(re.escape, sorted(listed)))})(?![^\W_])", re.I
        )
        said = pattern.sub(lambda m: letters.relative(m.group(0).capitalize()), said)
    return names, said, read


def _new_letter(said: str, relative: str) -> bool:
    """Whether the title rules gave a letter in ``said`` that ``relative`` did not hold."""
    return bool(set(_LETTER.findall(said)) - set(_LETTER.findall(relative)))


def _one_language(shown: str, relative: str, lang: Lang) -> str:
    """``shown`` with the resident's role in ``lang`` only: the title rules speak the map's
    language ("De inwoner/dossier.kvmap"), the report ``lang`` ("Resident/dossier.kvmap")."""
    other = _OTHER_ROLE[lang]
    if other.search(relative):  # the user's own word in the file's name stays
        return shown

    def role(match: re.Match[str]) -> str:
        new = _RESIDENT[lang] if lang == "en" or not match.group("art") else "de inwoner"
        capital = (match.group("art") or match.group("role"))[:1].isupper()
        return new[:1].upper() + new[1:] if capital else new

    household, said = _OTHER_HOUSEHOLD[lang]
    if not household.search(relative):  # "Het gezin" in an English report (rev-hostile16b, N3)
        first = {"en": {"H": "T", "h": "t"}, "nl": {"T": "H", "t": "h"}}[lang]
        shown = household.sub(lambda m: first[m.group(1)] + said, shown)
    return other.sub(role, shown)


def _lowered(said: str, part: str) -> str:
    """``said`` with each word that ``part`` wrote in lowercase written so again (a word read
    with a capital that the rules kept: "daan visser spijbelt" -> "X spijbelt")."""
    low = {w.capitalize(): w for w in _WORD.findall(part) if w.islower()}
    said = _WORD.sub(lambda m: low.get(m.group(), m.group()), said)
    if part[:1].islower() and re.match(r"[^\W\d_]{2}", said):  # "de inwoner-schulden"
        said = said[:1].lower() + said[1:]
    return said


def _read_as_words(part: str, residents: set[str], known: set[str]) -> str:
    """``part`` of a file's path as the title rules read it: underscores are spaces; a
    lowercase word that the map's texts give a letter (``known``), or that is a first name
    beside a resident's name, has its capital; a first name and the resident's surname joined
    by a hyphen are two words ("daan-visser" is "Daan Visser", not a double surname)."""
    tokens = _SEP.split(_DOT.sub(" ", part.replace("_", " ")))
    out = list(tokens)
    for i in range(0, len(tokens), 2):
        word = tokens[i]
        if not word.isalpha() or (not word.islower() and word.casefold() not in known):
            continue
        # a first name stands before the surname ("fleur-visser", "fleur visser") or after it
        # when not joined by a hyphen ("visser_fleur"; "jansen-schulden" is no name), unless
        # the map names the person ("visser-daan")
        near = [j for j in (i - 2, i + 2) if 0 <= j < len(tokens)]
        if word.casefold() not in known:
            near = [j for j in near if j > i or "-" not in tokens[i - 1]]
        near += [  # "mark en anna": a name beside the resident's, joined by "en"
            j + k
            for j, k in ((i - 2, -2), (i + 2, 2))
            if 0 <= j + k < len(tokens) and tokens[j].casefold() in _AND
        ]
        named = [j for j in near if tokens[j].casefold() in residents]
        if word.casefold() in known or (named and word.islower() and _a_person(word.capitalize())):
            out[i] = word.capitalize() if word.islower() else word
            for j in named:  # "visser fleur": the surname with its capital too
                out[j] = tokens[j][:1].upper() + tokens[j][1:]
                sep = min(i, j) + 1
                if tokens[sep].strip() == "-":  # "daan-visser": two words, no double surname
                    out[sep] = " "
    return "".join(out)
