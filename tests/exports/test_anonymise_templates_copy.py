"""The anonymised copy of each built-in template is written (lead, session 12: the copy refused
all three: 'Huishouden' of the resident 'Huishouden met schulden', 'gezin' the resident's id,
'Huisarts Pr' read from the GP's id 'huisarts_pr'). A resident the map names only by role words
has no name to leak; a real name beside them is still replaced."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from exports.anonymise_copy import write_anonymised_copy
from models import Case, fileformat
from models.fields import KINDS
from models.templates import TEMPLATES


@pytest.mark.parametrize("key", [t.key for t in TEMPLATES])
def test_each_template_has_an_anonymised_copy(key: str, tmp_path: Path) -> None:
    case = next(t for t in TEMPLATES if t.key == key).build()
    target = tmp_path / "copy.kvmap"
    write_anonymised_copy(case, target, "nl")
    copy = fileformat.load(target)
    assert len(copy.actors) == len(case.actors)


def test_a_real_name_beside_the_role_words_is_still_replaced(tmp_path: Path) -> None:
    case = next(t for t in TEMPLATES if t.key == "debt_eviction").build()
    info = dataclasses.replace(
        case.info, description=case.info.description + " Mevrouw Yildiz belde de corporatie."
    )
    case = Case.build(info, {k: list(case.collection(k)) for k in KINDS}, checked=True)
    write_anonymised_copy(case, tmp_path / "copy.kvmap", "nl")
    written = (tmp_path / "copy.kvmap").read_text(encoding="utf-8")
    assert "Yildiz" not in written
