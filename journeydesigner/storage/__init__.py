"""Loading and saving .journey files: limits, migrations, atomic writes, locks, recovery copies. No Qt."""

from journeydesigner.storage.errors import JourneyFileError, JourneySaveError
from journeydesigner.storage.files import FILE_SUFFIX, dumps_map, load_map, loads_map, save_map

__all__ = [
    "FILE_SUFFIX",
    "JourneyFileError",
    "JourneySaveError",
    "dumps_map",
    "load_map",
    "loads_map",
    "save_map",
]
