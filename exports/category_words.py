"""How a beslispunt names a mandate's power when the map gives only its category (a version-1
map, or a generated one: ``power=PowerCategory.SPEND_BUDGET``), not a named bevoegdheid: "het
mandaat van de directeur voor het besteden van budget", never "voor ," with an empty slot (new
user at scale, session 14, F4).

Examples
--------
>>> about("spend_budget", "nl"), about("spend_budget", "en")
('het besteden van budget', 'spending budget')
>>> allowed("deviate_from_rule", "nl")
'voor het afwijken van een regel'
>>> about("p-unknown", "nl")
'‘p-unknown’'
"""

from __future__ import annotations

from mapper.wording import quoted
from models.enums import PowerCategory
from models.i18n import Lang

__all__ = ["about", "allowed"]

#: what a mandate in a category is for, as a noun phrase after "voor" / "for"
_ABOUT: dict[PowerCategory, tuple[str, str]] = {
    PowerCategory.DEVIATE_FROM_RULE: ("het afwijken van een regel", "deviating from a rule"),
    PowerCategory.SUSPEND_ROUTINE: ("het opschorten van de routine", "suspending the routine"),
    PowerCategory.SPEND_BUDGET: ("het besteden van budget", "spending budget"),
    PowerCategory.TRIAGE: ("triage", "triage"),
    PowerCategory.PUSH_THROUGH: ("het doorzetten van een besluit", "pushing a decision through"),
    PowerCategory.DECIDE_OBJECTION: ("het beslissen op bezwaar", "deciding on objections"),
    PowerCategory.IMPOSE_FINE: ("het opleggen van een boete", "imposing a fine"),
    PowerCategory.SET_RULES: ("het vaststellen van regels", "setting rules"),
    PowerCategory.OTHER: (
        "een bevoegdheid die de kaart niet noemt",
        "a power the map does not name",
    ),
}


def about(power: str, lang: Lang) -> str:
    """What a mandate over the power reference ``power`` (a category, when the map names no
    power with that id) is for; an unknown reference quoted as it stands."""
    try:
        words = _ABOUT[PowerCategory(power)]
    except ValueError:
        return quoted(power)
    return words[0] if lang == "nl" else words[1]


def allowed(power: str, lang: Lang) -> str:
    """What the mandate allows, after "gemandateerd is" / "holds a direct, written mandate"."""
    return f"{'voor' if lang == 'nl' else 'for'} {about(power, lang)}"
