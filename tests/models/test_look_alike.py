"""Hostile review 8, N5: a second actor renamed "Burgemeеster" (a Cyrillic е) validated without
a word, so the map held two actors a reader cannot tell apart. Names that look the same but are
written differently now get a notice naming both and the odd characters."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from models import Case, fileformat
from models.errors import Problem
from models.example import example_case
from models.notices import map_notices
from models.value_words import escaped
from ui.cli import main


def _doc(**names: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(fileformat.dumps(example_case()))
    for section in ("actors", "organisations"):
        for item in doc[section]:
            item["name"] = names.get(item["id"], item["name"])
    return doc


def _case_with(**names: str) -> Case:
    return fileformat.loads(json.dumps(_doc(**names), ensure_ascii=False))


def _look_alikes(case: Case) -> list[Problem]:
    return [n for n in map_notices(case) if n.key == "look_alike_name"]


@pytest.mark.parametrize(
    ("written", "codes"),
    [
        ("J\u0430nsen", "U+0430 CYRILLIC SMALL LETTER A"),
        ("Jan\u200bsen", "U+200B ZERO WIDTH SPACE"),
        ("Jansen\u00a0", "U+00A0 NO-BREAK SPACE"),
        ("\uff2aansen", "U+FF2A FULLWIDTH LATIN CAPITAL LETTER J"),
        ("J\u03b1nsen", "U+03B1 GREEK SMALL LETTER ALPHA"),
    ],
)
def test_a_name_that_looks_like_another_is_said_naming_both(written: str, codes: str) -> None:
    case = _case_with(jansen="Jansen", krant=written)
    [notice] = _look_alikes(case)
    assert notice.location == "actors[id=krant].name"
    assert notice.params["other_id"] == "jansen"
    assert notice.params["odd"] == "krant"
    assert notice.params["codes"] == codes
    en = notice.render("en")
    shown = escaped(written)  # an invisible character as its escape: "Jan\\u200bsen"
    assert en.startswith(f'actors[id=krant].name: "{shown}" and the name of jansen, "Jansen",')
    assert f"(in the name of krant: {codes})" in en
    assert "zien er hetzelfde uit maar zijn met andere tekens geschreven" in notice.render("nl")


def test_the_plain_name_after_the_odd_one_names_the_odd_one() -> None:
    case = _case_with(burgemeester="Burgemeester", wethouder="Burgeme\u0435ster")
    [notice] = _look_alikes(case)
    assert notice.location == "actors[id=burgemeester].name"
    assert notice.params["odd"] == "wethouder"
    assert notice.params["codes"] == "U+0435 CYRILLIC SMALL LETTER IE"


@pytest.mark.parametrize("other", ["Jansen", "Janssen", "jansen", "Jánsen", "Mevrouw Jansen"])
def test_names_that_differ_to_the_eye_or_are_the_same_are_not_said(other: str) -> None:
    case = _case_with(jansen="Jansen", krant=other)
    assert _look_alikes(case) == []


def test_organisations_too() -> None:
    case = _case_with(o2="Gem\u0435ente Rivierstad")  # o1 is "Gemeente Rivierstad"
    [notice] = _look_alikes(case)
    assert notice.location == "organisations[id=o2].name"
    assert notice.params["other_id"] == "o1"


def test_validate_warns_and_the_map_stays_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _doc(krant="Burgeme\u0435ster")
    path = tmp_path / "kaart.kvmap"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert main(["validate", str(path), "--lang", "nl"]) == 0
    out = capsys.readouterr()
    said = out.out + out.err
    assert (
        "waarschuwing: actors[id=krant].name: \u201cBurgeme\u0435ster\u201d en de naam van" in said
    )
    assert "burgemeester, \u201cBurgemeester\u201d" in said


# session 10 (issue 16): the notice where a user meets the map, not only in ``validate``


def test_analyse_warns_on_stderr_and_still_analyses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kaart.kvmap"
    path.write_text(json.dumps(_doc(krant="Burgeme\u0435ster"), ensure_ascii=False), "utf-8")
    assert main(["--lang", "en", "analyse", str(path)]) == 1  # 1: findings, as without it
    out = capsys.readouterr()
    assert f'{path}: warning: actors[id=krant].name: "Burgeme\u0435ster" and the name of' in out.err
    assert "U+0435 CYRILLIC SMALL LETTER IE" in out.err
    assert out.out  # the analysis itself


def test_an_import_warns_through_the_same_notice(tmp_path: Path) -> None:
    from exports.formats import import_file

    path = tmp_path / "kaart.graphml"
    path.write_text(
        '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="n" for="node" attr.name="name" attr.type="string"/>'
        '<graph edgedefault="directed"><node id="a"><data key="n">Jansen</data></node>'
        '<node id="b"><data key="n">J\u0430nsen</data></node></graph></graphml>',
        encoding="utf-8",
    )
    result = import_file(path)
    [said] = [w for w in result.warnings if getattr(w, "key", "") == "look_alike_name"]
    assert said.render("en").startswith('actors[id=b].name: "J\u0430nsen" and the name of a,')
    assert len(result.case.actors) == 2  # said, never changed


def test_an_import_without_look_alikes_says_nothing_more(tmp_path: Path) -> None:
    from exports.formats import import_file

    path = tmp_path / "kaart.graphml"
    from exports.graphml import write_graphml

    write_graphml(example_case(), path)
    assert not [w for w in import_file(path).warnings if getattr(w, "key", "") == "look_alike_name"]
