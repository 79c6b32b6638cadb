"""resources/journey.schema.json is generated from the models and kept current."""

from __future__ import annotations

import json

from journeydesigner.storage.schema import SCHEMA_PATH, journey_json_schema, schema_text
from tests.conftest import SAMPLES


def test_committed_schema_is_current() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "resources/journey.schema.json is stale: run python -m journeydesigner.storage.schema"
    )


def test_schema_names_header_and_card_types() -> None:
    schema = journey_json_schema()
    assert schema["properties"]["format"] == {
        "const": "journeydesigner",
        "description": 'Always "journeydesigner".',
    }
    assert "schema_version" in schema["required"]
    text = json.dumps(schema)
    for card_type in ("touchpoint", "device", "emotion", "pain_point", "opportunity", "metric"):
        assert f'"const": "{card_type}"' in text


def test_samples_have_only_schema_fields() -> None:
    schema = journey_json_schema()
    for sample in SAMPLES:
        document = json.loads(sample.read_text(encoding="utf-8"))
        assert set(document) <= set(schema["properties"]), sample.name
