"""A footer that shows only the keys it has room for, each one whole.

Textual's footer lays its keys out in one row and cuts the row at the screen's edge, so an
80-column terminal shows half a key ("g ▏") next to the palette key. This one hides the keys
that do not fit, from the end of the row: the help screen and the palette list them all.
"""

from __future__ import annotations

from textual import events
from textual.geometry import Size
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # the footer's own key widget; no public name


class FittingFooter(Footer):
    """A footer whose keys are shown in order while they fit, and hidden after that."""

    async def recompose(self) -> None:
        await super().recompose()
        self._fit()

    def on_resize(self, event: events.Resize) -> None:
        self._fit()

    def _fit(self) -> None:
        keys = list(self.query(FooterKey))
        if not keys or not self.size.width:
            return
        room = self.size.width
        for key in keys:
            if key.has_class("-command-palette"):
                room -= self._width(key) + 1  # its left border
        used = 0
        for key in keys:
            if key.has_class("-command-palette"):
                continue
            used += self._width(key)
            key.display = used - key.styles.margin.right <= room  # a margin may touch the edge

    def _width(self, key: FooterKey) -> int:
        """Cells a key takes: its label, padding and margins (known before it is laid out)."""
        size = Size(self.size.width, 1)
        spacing = key.styles.margin.width + key.styles.padding.width
        return key.get_content_width(size, size) + spacing
