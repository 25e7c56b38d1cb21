"""English texts name the college by its English name, the Dutch once in brackets, then "the
executive" (new user, sixth round: "the college van B&W" is the actor's name, not English)."""

from __future__ import annotations

import re

from mapper import analyse
from mapper.names import Name
from models import ActorKind
from models.example import example_case


def test_the_college_in_english_is_the_municipal_executive_then_the_executive() -> None:
    college = Name.of("College van B&W", ActorKind.ADMINISTRATOR)
    assert college.forms("en") == ("the municipal executive (College van B&W)", "the executive")
    assert college.running("nl") == "het college van B&W"  # Dutch as it was
    assert college.link == "college van B&W"  # a chain keeps the map's name


def test_no_english_text_of_the_example_calls_it_the_college() -> None:
    result = analyse(example_case())
    texts = [t.en for f in result.findings for t in (f.title, f.detail, f.suggestion)]
    texts += [t.en for c in result.causes for t in (c.title, c.detail, c.suggestion)]
    assert any("the municipal executive (College van B&W)" in t for t in texts)
    said = [t for t in texts if re.search(r"\bthe college\b", t, re.IGNORECASE)]
    assert said == []
    # in full once per text, then "the executive"
    twice = [t for t in texts if t.count("municipal executive (College van B&W)") > 1]
    assert twice == []
    dutch = [x.detail.nl for x in result.findings]
    assert any("het college van B&W" in t for t in dutch)
