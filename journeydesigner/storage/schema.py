"""The JSON Schema of the .journey format, generated from the models.

``python -m journeydesigner.storage.schema`` rewrites resources/journey.schema.json;
a test fails when the committed file is stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from journeydesigner.model.journey import FORMAT_NAME, SCHEMA_VERSION, JourneyMap

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "resources" / "journey.schema.json"


def journey_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a .journey file."""
    body = JourneyMap.model_json_schema(mode="validation")
    properties = {
        "format": {"const": FORMAT_NAME, "description": 'Always "journeydesigner".'},
        "schema_version": {"const": SCHEMA_VERSION, "description": "Version of the file format."},
        **body["properties"],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:journeydesigner:schema:{SCHEMA_VERSION}",
        "title": "Journey Designer map (.journey)",
        "description": (
            "A customer journey map: personas, each with a timeline of stages, lanes, cards "
            "and connections. Ids are unique across the map; references (a card's stage, lane, "
            "channel and devices, a connection's ends) must name existing items."
        ),
        "type": "object",
        "properties": properties,
        "required": ["format", "schema_version", *body.get("required", [])],
        "additionalProperties": False,
        "$defs": body.get("$defs", {}),
    }


def schema_text() -> str:
    """The schema as the text stored in resources/."""
    return json.dumps(journey_json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else SCHEMA_PATH
    target.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {target}")
