"""The note that the portfolio holder holds no power of their own reads as English and Dutch
an adviser writes (adviser, session 10: "has as portfolio holder no power of its own").
Fails on the code before this change."""

from __future__ import annotations

from mapper import analyse
from models.templates import TEMPLATES


def test_the_portfolio_holder_has_no_power_of_their_own() -> None:
    case = next(t for t in TEMPLATES if t.key == "youth_care").build()
    [f] = [f for f in analyse(case).findings if f.code == "INTENT_NO_DEVIATION_POWER"]
    assert f.detail("en").startswith(
        "The Wethouder Jeugd, as portfolio holder, has no power of their own; the power lies "
        "with the municipal executive (College van B&W) and has been mandated to the Manager "
        "Jeugd en Onderwijs"
    )
    assert f.detail("nl").startswith(
        "De wethouder Jeugd heeft als portefeuillehouder geen eigen bevoegdheid; de bevoegdheid "
        "ligt bij het college van B&W en is in mandaat gegeven aan de manager Jeugd en "
        "Onderwijs"  # not "heeft die en heeft die bevoegdheid" (rev-jurist16 N10)
    )
