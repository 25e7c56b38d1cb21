"""The case title without health (issue 16, hostile review 15, H1): 'Daan heeft ADHD',
'Mevrouw is zwanger' and 'De huisarts meldt dat mevrouw slecht slaapt' as a title went into
the copy, the nota (its text and its document title), the pictures and the casebook, where
the same sentences in the description were left out. The title goes through the same rule
as the description; a title with nothing left is named as a case whose title was left out.

>>> health_free_title("Het gezin: Daan heeft ADHD, mevrouw is zwanger", "nl")
'Casus (titel weggelaten)'
>>> health_free_title("She is pregnant", "en")
'Case (title left out)'
>>> health_free_title("Huisuitzetting dreigt bij gezin met schulden en zorgvragen", "nl")
'Huisuitzetting dreigt bij gezin met schulden en zorgvragen'
"""

from __future__ import annotations

from exports.anonymise_words import health_in, without_health
from models.i18n import Lang

__all__ = ["TITLE_LEFT", "health_free_title"]

#: A title that said nothing but health, in the map's language.
TITLE_LEFT: dict[str, str] = {"nl": "Casus (titel weggelaten)", "en": "Case (title left out)"}


def health_free_title(title: str, lang: Lang) -> str:
    """``title`` without the sentences and clauses that speak of health (as the description
    loses them), or :data:`TITLE_LEFT` when nothing is left."""
    if not health_in(title):
        return title
    return without_health(title).strip() or TITLE_LEFT[lang]
