"""Routing put off while a caller tries several plans in a row (issue 15, the suite's time).

Presentation mode tries up to ten readability plans a refresh (a smaller name size, then
the step's own actors kept: :meth:`ui.present.view.PresentView.refresh_readability`), and
each plan grew the labels and so routed every line again: half of the refresh, all but the
last routing undone by the next. A route is read by nothing while the plans are tried (a
plan reads the actors only), and routing every shown line gives each the same route
whatever it was routed before (:func:`ui.canvas.items.route_edges` reads the actors, the
lines' offsets, label spots and sizes, never an earlier route). So a routing asked for is
kept here and done only before the items change again, unless the next plan routes every
shown line: then it is dropped. What is left is done in :meth:`RouteLater.done`, before
anything reads a route (the labels' places).
"""

from __future__ import annotations

from collections.abc import Sequence

from ui.canvas.items import EdgeItem, route_edges

__all__ = ["RouteLater"]


class RouteLater:
    """The routing last asked for and not yet done (see the module docstring)."""

    __slots__ = ("_edges",)

    def __init__(self) -> None:
        self._edges: list[EdgeItem] = []

    def before_change(self, every: Sequence[EdgeItem] | None) -> None:
        """The items are about to change: do the routing kept, unless ``every`` (the lines
        the coming change routes all of, from the changed items) takes in each of them."""
        if every is not None and {id(e) for e in self._edges} <= {id(e) for e in every}:
            self._edges = []
        self.done()

    def ask(self, edges: Sequence[EdgeItem]) -> None:
        """Route ``edges`` from the items as they are now, before they change again."""
        self._edges = list(edges)

    def done(self) -> None:
        """Do the routing kept (before a route is read)."""
        edges, self._edges = self._edges, []
        if edges:
            route_edges(edges)
