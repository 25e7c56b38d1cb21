"""A line's label stands inside or outside an organisation's box, never across its border
(issue 12, map9's open point: on the example's slide of the agreement cause g2, the label
"Doorbraakafspraak schulden Rivierland 2025" on the College -> Manager tie, both inside the
municipality's box, was wider than the box and ran out over its left border). Where one
line does not fit, the label goes in two."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from exports.advice import cause_case
from exports.cause_ties import agreement_ties
from exports.picture import SLIDE_NAME_PT, slide_scene
from exports.sessie import _CAUSE_MAP
from mapper import analyse
from models.example import example_case
from ui.canvas.scene import MapScene


def test_the_agreement_slides_labels_stay_in_or_out_of_the_box(qtbot: QtBot) -> None:
    case = example_case()
    cause = analyse(case).cause("agreement:g2")  # no longer among the first three (J6)
    assert cause is not None
    scene = MapScene(cause_case(case, cause), "nl").with_ties(agreement_ties(case, cause))
    drawn, _inch = slide_scene(scene, _CAUSE_MAP[2:], SLIDE_NAME_PT)  # as cause_pictures
    (box,) = [b.rect() for b in drawn.group_items.values() if b.isVisible()]
    edges = [*drawn.relationship_items.values(), *drawn.mandate_items.values(), *drawn.tie_lines]
    labels = [(e.shown_text(), e.label_rect()) for e in edges if e.label_shown()]
    ties = [t for t, _r in labels if t == "Doorbraakafspraak schulden Rivierland 2025"]
    assert len(ties) == 2  # both ties keep their label, none hidden
    across = [t for t, r in labels if r.intersects(box) and not box.contains(r)]
    assert across == []
