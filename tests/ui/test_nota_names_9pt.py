"""The nota's map is read on paper: every name on its upright A4 page is at least 9 pt
printed (issue 12; new user, eighth round: the names were 7 to 8 pt). Measured on the
printed copy's own items at the page's scale, on the example as the app draws it (a bare
template scene has no places yet: its nota is drawn after the app laid it out)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from exports.legend import legend_for_case
from exports.picture import NOTA_MAP_PAGE, print_page
from models.example import example_case
from models.i18n import Lang
from ui.canvas.item_base import LABEL_FONT_SIZE
from ui.canvas.scene import MapScene


# Before: the example's smallest name was 6.98 pt in Dutch (kept places down to 7 pt)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_name_on_the_notas_map_is_9_pt_printed(qtbot: QtBot, lang: Lang) -> None:
    case = example_case()
    scene = MapScene(case, lang)
    legend = legend_for_case(case, lang)
    shown, scale, below = print_page(scene, NOTA_MAP_PAGE, title=None, legend=legend)
    assert below  # the legend under the map on the upright page
    names = {
        item.actor.name: LABEL_FONT_SIZE * item.scale() * scale
        for item in shown.actor_items.values()
        if item.isVisible() and not item.label_hidden
    }
    assert len(names) == len(case.actors)  # nobody loses a name
    # 8.99: the page's last fit after the names grew is a hair smaller (float noise)
    assert min(names.values()) >= 9.0 - 0.015, names
    assert [n for n, b in shown.group_items.items() if b.isVisible()] == ["Gemeente Rivierstad"]
