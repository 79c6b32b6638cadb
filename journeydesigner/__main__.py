"""``python -m journeydesigner``: the same command line as ``journeydesigner``."""

from journeydesigner.cli import entry_point

entry_point()
