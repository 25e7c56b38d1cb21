"""Whether a map's names can be made to fit the room at all (issue 14, new user 13 S5).

:func:`mapper.layout.reading.spread_for_reading` pushes name plates apart round after round
until they fit the room a map is shown whole in. At 2,000 actors on a laptop the plates take
eight times the room: no spreading can make them fit, and the rounds ran for minutes after
the layout (the bar at 100 %), to end in the view showing no name at that zoom anyway. Where
the plates cannot fit, or the map is too large to read name by name when shown whole, the
layout's own spacing is kept and the view says that names are read by zooming in.
"""

from __future__ import annotations

import numpy as np

__all__ = ["READING_MOST", "ROOM_SHARE", "names_can_fit"]

#: a map of more actors than this is not read name by name when shown whole: the spread
#: for reading (its rounds cost time with the square of the actors) is not tried
READING_MOST = 1000
#: the plates of all names may take at most this share of the room: beyond it even rows of
#: plates leave more than half the names out (mapper.layout.reading_shelves.shelves gives up there)
ROOM_SHARE = 2.0


def names_can_fit(plate: np.ndarray, room: tuple[float, float], gap: float) -> bool:
    """Whether plates of sizes ``plate`` (n x 2, screen pixels), ``gap`` apart, can be
    spread to fit ``room`` closely enough to be worth the try.

    Examples
    --------
    >>> plates = np.full((2000, 2), [120.0, 24.0])
    >>> names_can_fit(plates, (1366.0, 768.0), 4.0)
    False
    >>> names_can_fit(plates[:60], (1366.0, 768.0), 4.0)
    True
    """
    if len(plate) > READING_MOST:
        return False
    need = float(((plate[:, 0] + gap) * (plate[:, 1] + gap)).sum())
    return need <= ROOM_SHARE * room[0] * room[1]
