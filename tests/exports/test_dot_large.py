"""Issue 13 item 12: the DOT of a large map can be laid out, and long names do not blow up nodes.

``dot`` did not finish in ten minutes on the DOT of a 300-actor map. The file now asks for sfdp
(``layout=sfdp``, with a comment saying why) above :data:`exports.dot.DOT_ACTORS` actors or
:data:`exports.dot.DOT_LINKS` connections, and the command line says so. Labels wrap at 24
characters and stop after four lines.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from benchmarks.generate import generate_case
from exports.dot import DOT_ACTORS, NAME_LINES, NAME_WIDTH, engine_for, to_dot_string, write_dot
from models.case import Case
from models.entities import Actor
from models.enums import ActorKind
from models.example import example_case
from ui.cli import main

needs_graphviz = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz not installed")


def test_small_map_stays_with_dot() -> None:
    case = example_case()
    assert engine_for(case) == "dot"
    text = to_dot_string(case)
    assert "layout=" not in text
    assert not text.startswith("//")


def test_large_map_asks_for_sfdp() -> None:
    case = generate_case(300, seed=1)
    assert len(case.actors) > DOT_ACTORS
    text = to_dot_string(case)
    assert text.startswith("// Krachtenveld: 300 actors")
    assert "layout=sfdp;" in text
    # pinned positions (our own picture export with neato -n2) never get a layout override
    assert "layout=" not in to_dot_string(case, positions=True)


def _long_name_case() -> Case:
    case = example_case()
    name = " ".join(["Gemeentelijke"] + ["samenwerkingsverband"] * 30)[:500]
    case.add_actor(Actor("lang", name, ActorKind.PARTNER))
    return case


def test_long_name_is_wrapped_and_cut() -> None:
    text = to_dot_string(_long_name_case())
    line = next(ln for ln in text.splitlines() if "samenwerkingsverband" in ln and "label=" in ln)
    label = line.split('label="', 1)[1].split('"', 1)[0]
    parts = label.split("\\n")
    assert len(parts) == NAME_LINES
    assert all(len(p) <= NAME_WIDTH for p in parts)
    assert parts[-1].endswith("…")
    assert "samenwerkingsverband " * 20 in line  # the whole name is kept in the tooltip


def _plain_node_widths(dot_text: str, engine: str) -> dict[str, float]:
    done = subprocess.run(
        [engine, "-Tplain"], input=dot_text.encode(), capture_output=True, timeout=120, check=True
    )
    widths = {}
    for line in done.stdout.decode().splitlines():
        parts = line.split()
        if parts and parts[0] == "node":
            widths[parts[1]] = float(parts[4])  # inches
    return widths


@pytest.mark.graphviz
@needs_graphviz
def test_long_name_makes_a_normal_node() -> None:
    widths = _plain_node_widths(to_dot_string(_long_name_case()), "dot")
    # inches: about 400 px (an ellipse round four lines), not 7,000
    assert max(widths.values()) < 6.0


@pytest.mark.graphviz
@needs_graphviz
@pytest.mark.timeout(300)
def test_dot_lays_out_the_300_actor_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The file as written, given to `dot` itself: it finishes (sfdp via layout=), with a guard."""
    from models.fileformat import save

    source = tmp_path / "groot.kvmap"
    save(generate_case(300, seed=1), source)
    out = tmp_path / "groot.dot"
    assert main(["export", "--lang", "en", str(source), "--to", str(out)]) == 0
    said = capsys.readouterr().out
    assert "layout=sfdp" in said
    assert "sfdp" in out.read_text(encoding="utf-8").splitlines()[1]
    done = subprocess.run(["dot", "-Tsvg", str(out)], capture_output=True, timeout=240, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.count(b'class="node"') == 300


def test_write_dot_small(tmp_path: Path) -> None:
    path = tmp_path / "k.dot"
    write_dot(example_case(), path)
    assert path.read_text(encoding="utf-8").startswith("digraph")
