"""The DOT text is written directly, no longer through pydot's ``Dot.to_string`` (issue 15, the
suite's time and the user's: pydot checked every value for quoting, 0.29 s of CPU for the DOT
of a 2,000-actor map against 0.044 s now). The text is the same, token for token: the
reference below is the pydot builder as it was (main 607c54d, ``exports.dot.to_dot``).
"""

from __future__ import annotations

from typing import Any

import pydot
import pytest

from benchmarks.generate import generate_case
from exports import dot
from exports.dot import (
    EDGE_LINES,
    EDGE_WIDTH,
    POINTS_PER_PIXEL,
    SPLINE_LIMIT,
    engine_for,
    node_ids,
    quote,
    to_dot_string,
    wrap,
)
from exports.style import (
    ACTOR_SHAPES,
    GRAPHVIZ_SHAPES,
    MANDATE_STYLE,
    SPHERE_COLOURS,
    edge_style,
    text_colour_on,
)
from models.case import Case
from models.example import example_case
from models.i18n import Lang
from models.labels import label
from tests.exports.test_characters import with_text


def _pydot_text(case: Case, lang: Lang, positions: bool) -> str:
    """What ``to_dot(case, lang, positions=positions).to_string()`` gave (main 607c54d): the
    old builder kept as this test's oracle, written again on purpose (``duplicates`` pairs it
    with exports/dot.py). A deliberate change to the DOT's attributes changes both.
    """
    graph = pydot.Dot(graph_type="digraph", strict=False)
    graph.set("label", quote(case.info.title))
    graph.set("labelloc", "t")
    graph.set("fontname", "Helvetica")
    graph.set("overlap", "false")
    if not positions and engine_for(case) != "dot":
        graph.set("layout", engine_for(case))
    graph.set("splines", "true" if len(case.actors) <= SPLINE_LIMIT else "line")
    graph.set_node_defaults(fontname="Helvetica", fontsize="11", style='"filled"')
    graph.set_edge_defaults(fontname="Helvetica", fontsize="9")
    ids = node_ids(case)
    edge_labels = len(case.actors) <= SPLINE_LIMIT
    for actor in case.actors:
        shape_name = ACTOR_SHAPES[actor.kind]
        colour = SPHERE_COLOURS[actor.effective_sphere]
        attrs: dict[str, Any] = {
            "label": quote(wrap(actor.name)),
            "shape": GRAPHVIZ_SHAPES[shape_name],
            "style": '"filled,rounded"' if shape_name == "roundrect" else '"filled"',
            "fillcolor": quote(colour),
            "fontcolor": quote(text_colour_on(colour)),
            "color": quote("#333333"),
            "tooltip": quote(f"{actor.name} ({label(actor.kind, lang)})"),
        }
        if positions and actor.position is not None:
            x = actor.position.x * POINTS_PER_PIXEL
            y = -actor.position.y * POINTS_PER_PIXEL
            attrs["pos"] = quote(f"{x:.1f},{y:.1f}!")
        graph.add_node(pydot.Node(ids[actor.id], **attrs))
    for rel in case.relationships:
        style_ = edge_style(rel.kind, rel.level)
        text = rel.label or label(rel.kind, lang)
        graph.add_edge(
            pydot.Edge(
                ids[rel.source],
                ids[rel.target],
                label=quote(wrap(text, EDGE_WIDTH, EDGE_LINES) if edge_labels else ""),
                tooltip=quote(text),
                color=quote(style_.colour),
                fontcolor=quote(style_.colour),
                style={"solid": "solid", "dash": "dashed", "dot": "dotted", "dashdot": "dashed"}[
                    style_.dash
                ],
                penwidth=f"{style_.width:.1f}",
                dir=style_.arrow,
            )
        )
    for mandate in case.mandates:
        text = f"{label(mandate.instrument, lang)}: {case.power_name(mandate.power, lang)}"
        graph.add_edge(
            pydot.Edge(
                ids[mandate.grantor],
                ids[mandate.holder],
                label=quote(wrap(text, EDGE_WIDTH, EDGE_LINES) if edge_labels else ""),
                tooltip=quote(text),
                color=quote(MANDATE_STYLE.colour),
                penwidth=f"{MANDATE_STYLE.width:.1f}",
                arrowhead="normal",
            )
        )
    written: str = graph.to_string()
    return written


def _cases() -> dict[str, Case]:
    """The example, maps on either side of the spline and engine limits, and hostile names."""
    return {
        "example": example_case(),
        "40": generate_case(40, seed=1),
        "300": generate_case(300, seed=3),
        "quotes": with_text('"\\ \\" \n\r\n{}[];=->--<b>node edge'),
        "high": with_text("é漢ا\u202eok\u202c\u200e"),
    }


@pytest.mark.parametrize("positions", [False, True])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_dot_text_is_what_pydot_wrote(lang: Lang, positions: bool) -> None:
    for name, case in _cases().items():
        body = to_dot_string(case, lang, positions=positions)
        assert body.endswith(_pydot_text(case, lang, positions)), name
        assert body.startswith(("digraph G {", "// Krachtenveld: ")), name


def test_the_dot_text_does_not_go_through_pydot(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails on main 607c54d, which built a ``pydot.Dot`` and called its ``to_string``."""

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("pydot used")

    monkeypatch.setattr(pydot.Dot, "__init__", refused)
    assert to_dot_string(example_case()).startswith("digraph G {")
    assert not hasattr(dot, "to_dot")
