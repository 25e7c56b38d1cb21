"""The vulture whitelist lists only names the project defines (rev-code17 F8).

It listed shorthands that no longer exist (``update_relationship``, ``remove_need``, ...) and
62 names vulture did not need: a stale entry can hide a dead method of the same name later.
"""

from __future__ import annotations

import re

from tests.sources import ROOT, WHITELIST, modules


def _listed() -> list[str]:
    text = (ROOT / WHITELIST).read_text("utf-8")
    return re.findall(r"^_\.(\w+)", text, flags=re.MULTILINE)


def _source_text() -> str:
    # the project's code, less the whitelist itself (its ``_.NAME`` lines define nothing)
    return "\n".join(file.read_text("utf-8") for file in modules(WHITELIST))


def test_every_whitelisted_name_is_defined_or_set_by_the_project() -> None:
    # what the project defines (def NAME) or sets (x.NAME = ..., NAME = ...)
    defined = set(re.findall(r"\bdef (\w+)\(|\b(\w+)\s*=(?!=)", _source_text()))
    names = {name for pair in defined for name in pair if name}
    listed = _listed()
    assert listed, "the whitelist lists no names"
    missing = [name for name in listed if name not in names]
    assert not missing, f"vulture_whitelist.py lists names the project no longer has: {missing}"


def test_each_name_is_listed_once() -> None:
    listed = _listed()
    assert len(listed) == len(set(listed))
