"""Hard limits that keep a map (and a hostile file) within sane bounds.

They are generous for real workshop maps (the stress map of the benchmarks has
10 personas, 10,000 cards and 2,000 connections) and small enough that a
crafted file cannot exhaust memory or make the canvas unusable.
"""

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_JSON_DEPTH = 32

MAX_NAME_CHARS = 300
MAX_TEXT_CHARS = 20_000
MAX_LIST_ITEMS_TEXT = 100  # goals, frustrations, authors …

MAX_PERSONAS = 200
MAX_STAGES = 200
MAX_LANES = 50
MAX_CARDS_PER_TIMELINE = 50_000
MAX_CONNECTIONS_PER_TIMELINE = 50_000
MAX_CATALOGUE_ENTRIES = 500
MAX_SCALE_LEVELS = 11
MAX_AVATAR_BYTES = 2 * 1024 * 1024

MIN_STAGE_WIDTH = 80.0
MAX_STAGE_WIDTH = 2000.0
DEFAULT_STAGE_WIDTH = 240.0
