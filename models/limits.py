"""The limits of a ``.kvmap`` file: its size, how many of each kind, how deep, how many values.

Here, apart from :mod:`models.fileformat` (which re-exports them), so a reader that builds no
case (:mod:`models.leanread`) need not import the case aggregate to know them.
"""

from __future__ import annotations

__all__ = ["LIMITS"]

LIMITS: dict[str, int] = {
    "file_bytes": 64 * 1024 * 1024,
    "organisations": 100_000,
    "actors": 100_000,
    "powers": 100_000,
    "relationships": 1_000_000,
    "mandates": 200_000,
    "needs": 100_000,
    "agreements": 100_000,
    "accepted": 100_000,
    "rules": 100_000,
    "deviations": 100_000,
    "depth": 64,
    # commas plus opening brackets: bounds memory (~60 bytes per parsed value) before parsing;
    # a 10,000-actor map with 30,000 relationships has about 400,000
    "json_values": 5_000_000,
    "problems": 200,
}
