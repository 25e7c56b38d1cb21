"""Hostile review 8, N5: a position of 1e400 in a CSV said "x is infinite", in a GraphML "x is a
number too large to draw". Both now quote the number as written and say it is too large; a
written ``inf`` is still "infinite"."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.formats import import_file

_GRAPHML = (
    '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
    '<key id="x" for="node" attr.name="x" attr.type="double"/>'
    '<key id="y" for="node" attr.name="y" attr.type="double"/>'
    '<graph edgedefault="directed"><node id="a"><data key="x">{x}</data>'
    '<data key="y">1</data></node><node id="b"/></graph></graphml>'
)


def _warnings(tmp_path: Path, suffix: str, x: str) -> list[str]:
    if suffix == ".csv":
        path = tmp_path / "actoren.csv"
        path.write_text(f"id,label,x,y\na,Anna,{x},5\nb,Bert,1,2\n", encoding="utf-8")
        (tmp_path / "actoren-edges.csv").write_text("source,target\na,b\n", encoding="utf-8")
    else:
        path = tmp_path / "kaart.graphml"
        path.write_text(_GRAPHML.format(x=x), encoding="utf-8")
    result = import_file(path)
    [anna] = [a for a in result.case.actors if a.name in ("Anna", "a")]
    assert anna.position is None  # placed by the layout
    return [w.render("en") for w in result.warnings] + [w.render("nl") for w in result.warnings]


@pytest.mark.parametrize("suffix", [".csv", ".graphml"])
@pytest.mark.parametrize(("x", "shown"), [("1e400", "1e400"), ("-2.5E310", "-2.5e310")])
def test_a_position_too_large_is_quoted(tmp_path: Path, suffix: str, x: str, shown: str) -> None:
    en, nl = _warnings(tmp_path, suffix, x)
    shown = x if suffix == ".csv" else shown  # a CSV keeps the text; GraphML reads the number
    assert f"x is {shown}, a number too large to draw;" in en
    assert f"x is {shown}, een getal dat te groot is om te tekenen;" in nl


def test_a_written_inf_is_still_infinite(tmp_path: Path) -> None:
    en, _ = _warnings(tmp_path, ".csv", "inf")
    assert "x is infinite;" in en
