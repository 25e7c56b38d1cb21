"""The power list of Add need and Add mandate: the case's powers, a line, then the power
categories (new user, twelfth round B7: 'Beslissen op bezwaar' stood twice in one list, as
the power and as the category, with nothing to tell them apart)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models import PowerCategory
from models.templates import template_case
from ui.docks.dialogs import AddMandateDialog, AddNeedDialog


@pytest.mark.parametrize("kind", [AddNeedDialog, AddMandateDialog])
def test_a_line_parts_the_powers_from_the_categories(
    qtbot: QtBot, kind: type[AddNeedDialog | AddMandateDialog]
) -> None:
    case = template_case("youth_care")
    dialog = kind(case, "nl")
    qtbot.addWidget(dialog)
    combo = dialog.power if isinstance(dialog, AddNeedDialog) else dialog.kind
    powers = len(case.powers)
    assert powers > 0
    assert [combo.itemData(i) for i in range(powers)] == [p.id for p in case.powers]
    role = Qt.ItemDataRole.AccessibleDescriptionRole
    assert combo.itemData(powers, role) == "separator"
    assert combo.itemData(powers + 1) == str(next(iter(PowerCategory)).value)
    assert combo.count() == powers + 1 + len(PowerCategory)
    assert combo.currentIndex() == 0  # the first power, as before
