"""The map's colours, shared by the canvas and the PDF (hex strings and RGB; no Qt)."""

from __future__ import annotations

from itertools import pairwise

# (fill, accent) per card type: light fills keep dark text readable when
# projected or printed; the accent bar and the icon tell the type apart.
CARD_COLOURS: dict[str, tuple[str, str]] = {
    "touchpoint": ("#E8F1FB", "#1E6FD9"),
    "device": ("#EEF1F4", "#546E7A"),
    "pain_point": ("#FDECEC", "#C62828"),
    "opportunity": ("#E8F5E9", "#2E7D32"),
    "metric": ("#F3EAF7", "#7B1FA2"),
    "action": ("#FFF6DD", "#B7791F"),
    "thought": ("#E4F6F8", "#00838F"),
    "note": ("#FFFBE0", "#8D8A1F"),
    "emotion": ("#FFFFFF", "#455A64"),
}
TEXT = "#1F2933"
TEXT_MUTED = "#52606D"
GRID = "#D9DEE5"
LANE_BAND = "#F7F9FB"
HEADER_FILL = "#F1F4F8"
SELECTION = "#1E6FD9"

_EMOTION_STOPS = ((0.0, (229, 115, 115)), (0.5, (255, 213, 79)), (1.0, (129, 199, 132)))


def emotion_rgb(fraction: float) -> tuple[int, int, int]:
    """Red (0) through amber to green (1); only ever paired with a face and a number."""
    fraction = min(1.0, max(0.0, fraction))
    for (f0, c0), (f1, c1) in pairwise(_EMOTION_STOPS):
        if fraction <= f1:
            t = (fraction - f0) / (f1 - f0)
            r, g, b = (round(a + (b - a) * t) for a, b in zip(c0, c1, strict=True))
            return (r, g, b)
    return _EMOTION_STOPS[-1][1]
