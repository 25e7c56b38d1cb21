"""Jurist, fifth round: smaller sentences (J13 and on), each both ways, in Dutch and English."""

from __future__ import annotations

from mapper import analyse
from mapper.names import Name
from mapper.wording import running
from models import ActorKind
from models.templates import template_case

# ------------------------------------------------------------------ J13: Wmo-consulent


def test_a_role_built_on_a_statute_keeps_its_capital() -> None:
    assert Name.of("Wmo-consulent", ActorKind.PROFESSIONAL).running("nl") == "de Wmo-consulent"
    assert running("Wmo-maatwerkvoorziening toekennen") == "Wmo-maatwerkvoorziening toekennen"
    # a plain role still goes to lower case, a hyphenated one too
    assert Name.of("Consulent inkomen", ActorKind.PROFESSIONAL).running("nl") == (
        "de consulent inkomen"
    )
    assert Name.of("Woon-consulent", ActorKind.PROFESSIONAL).running("nl") == "de woon-consulent"


def test_the_wmo_template_says_wmo_consulent() -> None:
    a = analyse(template_case("wmo"))
    nl = " ".join(f.title("nl") + f.detail("nl") + f.suggestion("nl") for f in a.findings)
    assert "de Wmo-consulent" in nl
    assert "wmo-consulent" not in nl
