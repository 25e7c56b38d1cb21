"""File names suggested from a case title: valid on Windows, macOS and Linux alike."""

from __future__ import annotations

import re

__all__ = ["MAX_STEM", "safe_stem"]

MAX_STEM = 80  # characters of a suggested file name before its suffix
_FORBIDDEN = re.compile(r'[:/\\*?"<>|\x00-\x1f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10))}
_RESERVED |= {f"LPT{i}" for i in range(1, 10)}


def safe_stem(title: str, fallback: str) -> str:
    """``title`` as a file name stem: no ``: / \\ * ? " < > |``, trimmed, at most
    :data:`MAX_STEM` characters, no trailing dot or space; ``fallback`` when nothing is left.

    Examples
    --------
    >>> safe_stem('Gezin Jansen: dreigende huisuitzetting', 'kaart')
    'Gezin Jansen - dreigende huisuitzetting'
    >>> safe_stem(' ?*: ', 'kaart')
    'kaart'
    """
    stem = _FORBIDDEN.sub(" - ", title)
    stem = re.sub(r"\s+", " ", stem)
    stem = re.sub(r"(\s*-\s*){2,}", " - ", stem).strip(" -.")
    if len(stem) > MAX_STEM:
        stem = stem[:MAX_STEM].rstrip(" -.")
    if not stem or stem.split(".")[0].upper() in _RESERVED:
        return fallback
    return stem
