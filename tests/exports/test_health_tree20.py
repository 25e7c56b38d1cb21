"""The health words' stems as one tree of letters find what the list of stems found (issue 15,
anon20b: the list was tried stem by stem at every word; exports.anonymise_health_words)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from exports import anonymise_health_words as words
from exports.anonymise_health_words import HEALTH, _forms

# the stems' and the infixes' parts of the pattern as they were written before the trees: one
# alternative per stem or infix, tried one after another
_REST = r"|(?:crisis|gedwongen\s+|klinische\s+)opname"
_LISTED = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(s for s in words._STEMS if s not in words._WHOLE)
    + r")[\w-]*"
    + r"|(?<![^\W_])(?:"
    + "|".join(words._WHOLE)
    + r")(?:en|e|s|isch|ische|t|te)?(?![^\W_])"
    + r"|(?<![\w-])[\w-]*?(?:"
    + "|".join(s for s in words._INFIX if s not in ("opname", "opgenomen geweest"))
    + r")[\w-]*"
    + _REST
    + HEALTH.pattern.split(_REST, 1)[1],
    re.IGNORECASE,
)
# the stems written as a pattern, spelled out by hand (not by the code under test)
_SPELLED = {
    "burn-?out": ["burn-out", "burnout"],
    "coca[iï]n": ["cocain", "cocaïn"],
    "hero[iï]n": ["heroin", "heroïn"],
    "su[iï]cid": ["suicid", "suïcid"],
    "pati[eë]nt": ["patient", "patiënt"],
    "pdd-?nos": ["pdd-nos", "pddnos"],
    "ehlers-?\\s?danlos": ["ehlers-danlos", "ehlers danlos", "ehlersdanlos", "ehlers- danlos"],
    "wlz-?indicatie": ["wlz-indicatie", "wlzindicatie"],
    "wlz-?zorg": ["wlz-zorg", "wlzzorg"],
    "wlz-?instelling": ["wlz-instelling", "wlzinstelling"],
    "syri[eë]": ["syrie", "syrië"],
}
_EVERY_FORM = sorted({f for s in (*words._STEMS, *words._WHOLE) for f in _SPELLED.get(s, [s])})


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]


def test_each_stem_written_as_a_pattern_is_spelled_out_here() -> None:
    patterns = {
        s for s in (*words._STEMS, *words._WHOLE, *words._INFIX) if not re.fullmatch(r"[\w -]+", s)
    }
    assert patterns == set(_SPELLED)
    assert all(_forms(s) == _SPELLED[s] for s in patterns if "\\" not in s)


def test_the_tree_is_not_the_list() -> None:
    # the test compares two patterns, not one with itself
    assert HEALTH.pattern != _LISTED.pattern
    assert len(HEALTH.pattern) < len(_LISTED.pattern) * 2


def test_every_stem_is_found_as_the_list_finds_it() -> None:
    for form in _EVERY_FORM:
        for text in (
            form,
            form.upper(),
            f"Mevrouw heeft {form}.",
            f"({form}) en {form}isch",
            f"x{form} {form}-achtig {form}en_ {form}s",
            f"{form[:-1]} {form[:3]}",
            f"over{form}-x en be{form}_ {form[1:]}",
        ):
            assert _found(HEALTH, text) == _found(_LISTED, text), text


_PIECES = st.sampled_from(_EVERY_FORM).flatmap(
    lambda f: st.sampled_from([f, f[:-1], f.upper(), f[1:], f + "en", f[:4]])
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(_PIECES, st.text(alphabet="aeiïnrst -_.(,ë", max_size=4)),
        min_size=1,
        max_size=8,
    )
)
def test_a_text_of_stems_and_their_pieces_is_read_as_the_list_reads_it(parts: list[str]) -> None:
    text = "".join(parts)
    assert _found(HEALTH, text) == _found(_LISTED, text)
