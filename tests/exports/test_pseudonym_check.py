"""A pseudonymised nota or deck goes through the copy's leak check before it is written
(issue 16; hostile review 12, P2): what the anonymised copy refuses is not written into a
.docx or .pptx either, the old file stays, and the command says what and where (rc 1). The
example, the three templates and the test maps are not refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.anonymise import anonymise
from exports.map_language import map_language
from exports.nota import write_nota
from exports.pseudonym_check import PseudonymLeakError, refuse_leak
from exports.sessie import write_sessie
from models import fileformat
from models.case import Case
from models.enums import EntityKind
from models.example import example_case
from models.i18n import Lang
from models.templates import TEMPLATES, template_case
from ui.cli import main

# a relative named after a kinship word and a comma: the cleaner reads it now (session 13), so
# the tests below take that one rule out of the cleaner; the check reads it on its own
LEAK = "Haar stiefbroer, Mark de Vries, werkt."
DATA = Path(__file__).parents[1]


def _leaky() -> Case:
    case = example_case()
    case.update(EntityKind.ACTOR, "jansen", {"name": "Mevrouw Anna Visser"})
    case.set_case_field("description", LEAK)
    return case


@pytest.mark.usefixtures("blind_cleaner")
@pytest.mark.parametrize("deck", [False, True])
def test_a_leak_is_refused_and_the_old_file_stays(tmp_path: Path, deck: bool) -> None:
    out = tmp_path / ("deck.pptx" if deck else "nota.docx")
    out.write_bytes(b"the user's own file")
    writer = write_sessie if deck else write_nota
    with pytest.raises(PseudonymLeakError) as refused:
        writer(_leaky(), out, lang="nl", picture=b"", anonymised=True)
    assert "Mark" in refused.value.name
    assert refused.value.where == "/case/description"
    assert "er is niets geschreven" in str(refused.value)
    assert out.read_bytes() == b"the user's own file"
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no .bak, no temp


@pytest.mark.usefixtures("blind_cleaner")
def test_the_command_refuses_with_rc_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "leak.kvmap"
    fileformat.save(_leaky(), source)
    out = tmp_path / "nota.docx"
    assert main(["export", str(source), "--to", str(out), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    # the name that survived and the field in words (hostile review 12, M1)
    assert f"{out}: the note without names still names 'Mark de Vries'" in err
    assert "(in the case description, /case/description); nothing was written" in err
    assert not out.exists()
    named = tmp_path / "named.docx"  # a version with names, for inside the organisation
    assert main(["export", str(source), "--to", str(named), "--named"]) == 0


def _maps() -> list[tuple[str, Case]]:
    maps = [("example", example_case())]
    maps += [(t.key, template_case(t.key)) for t in TEMPLATES]
    maps += [(p.name, fileformat.load(p)) for p in sorted(DATA.rglob("*.kvmap"))]
    return maps


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_example_templates_and_test_maps_pass(lang: Lang) -> None:
    refused = []
    for name, case in _maps():
        try:
            refuse_leak(case, anonymise(case, map_language(case, lang), names=lang), lang)
        except PseudonymLeakError as leak:
            refused.append(f"{name}: {leak}")
    assert refused == []
