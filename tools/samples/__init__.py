"""The content of the sample maps in samples/, written with the document model.

``tools/build_samples.py`` builds and saves them; each module here gives one map.
"""

from __future__ import annotations

from collections.abc import Callable

from journeydesigner.model.journey import JourneyMap
from tools.samples import ciclo_vida, telecom, zapatillas

# File name in samples/ → function that builds the map.
SAMPLES: dict[str, Callable[[], JourneyMap]] = {
    zapatillas.FILE_NAME: zapatillas.build,
    telecom.FILE_NAME: telecom.build,
    ciclo_vida.FILE_NAME: ciclo_vida.build,
}
