"""The PIM contract in docs/pim/ is usable as written: a valid JSON Schema whose examples
validate, an OpenAPI file that parses and points at that schema, and a signing example
whose numbers are right."""

import copy
import hashlib
import hmac
import json
import re
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from jsonschema import Draft202012Validator, FormatChecker

from sync_pim.models import PimCategory

DOCS = Path(settings.BASE_DIR) / "docs" / "pim"
SCHEMA_PATH = DOCS / "payload.schema.json"
UNHASHED = ("content_hash", "revision", "published_at", "updated_at")


def load_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def schema() -> dict:
    return load_json(SCHEMA_PATH)


@pytest.fixture(scope="module")
def validator(schema) -> Draft202012Validator:
    return Draft202012Validator(schema, format_checker=FormatChecker())


@pytest.fixture(scope="module")
def examples() -> dict[str, dict]:
    return {name: load_json(DOCS / "examples" / f"{name}.json") for name in ("upsert", "delete")}


def canonical(item: dict) -> bytes:
    """As docs/pim/README.md says: keys sorted, no spaces, UTF-8 without escapes."""
    return json.dumps(item, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def errors(validator: Draft202012Validator, item: dict) -> list[str]:
    return [error.message for error in validator.iter_errors(item)]


def test_schema_is_a_valid_2020_12_schema(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert {"upsert", "delete"} <= set(schema["$defs"])


def test_schema_names_the_portals_categories_and_languages(schema):
    assert schema["$defs"]["category"]["enum"] == list(PimCategory.values)
    languages = [code for code, *_rest in settings.PORTAL_LANGUAGES]
    assert schema["$defs"]["language"]["enum"] == languages
    assert "|".join(languages) in schema["properties"]["id"]["pattern"]


def test_examples_validate_each_against_its_own_variant(schema, validator, examples):
    for name, item in examples.items():
        assert errors(validator, item) == [], name
        assert item["action"] == name
        variant = Draft202012Validator(
            {**schema, "oneOf": [{"$ref": f"#/$defs/{name}"}]}, format_checker=FormatChecker()
        )
        assert errors(variant, item) == [], name


def test_examples_content_hash_follows_the_documented_rule(examples):
    for item in examples.values():
        hashed = {key: value for key, value in item.items() if key not in UNHASHED}
        assert item["content_hash"] == hashlib.sha256(canonical(hashed)).hexdigest()


def test_local_receiver_accepts_the_examples(examples):
    from sync_pim.receiver import validate_item

    for item in examples.values():
        validate_item(item)


@pytest.mark.parametrize(
    ("example", "change", "why"),
    [
        ("upsert", lambda item: item.pop("title"), "an upsert needs a title"),
        ("upsert", lambda item: item.pop("attachments"), "an upsert lists its attachments"),
        ("upsert", lambda item: item.update(category="recipes"), "unknown category"),
        ("upsert", lambda item: item.update(language="es"), "not a language of the portal"),
        ("upsert", lambda item: item.update(id="urn:er-integrazione:page:0:it"), "bad id"),
        ("upsert", lambda item: item.update(updated_at="2026-11-24 15:12"), "not RFC 3339"),
        ("upsert", lambda item: item.update(url="/ar/hub/lavoro/"), "relative URL"),
        ("upsert", lambda item: item.update(content_hash="abc"), "not a SHA-256"),
        ("upsert", lambda item: item.update(hub={"code": "lavoro"}), "a HUB has a name"),
        ("upsert", lambda item: item.update(extra=1), "unknown field"),
        ("upsert", lambda item: item["attachments"][0].pop("size"), "size may be null, not absent"),
        ("delete", lambda item: item.pop("updated_at"), "a delete says when"),
        (
            "delete",
            lambda item: item.update(alternates=[{"language": "en", "url": "https://x.it/"}]),
            "a delete has no alternates",
        ),
        ("delete", lambda item: item.update(action="remove"), "unknown action"),
    ],
)
def test_schema_refuses_what_the_contract_does_not_allow(validator, examples, example, change, why):
    item = copy.deepcopy(examples[example])
    change(item)

    assert errors(validator, item), why


def test_delete_needs_only_what_identifies_the_removal(validator, examples):
    item = copy.deepcopy(examples["delete"])
    for name in ("alternates", "attachments", "revision", "published_at"):
        item.pop(name)

    assert errors(validator, item) == []


def test_readme_signing_example_is_right(examples):
    readme = (DOCS / "README.md").read_text(encoding="utf-8")
    values = dict(re.findall(r"^(secret|timestamp|body|signature):\s+(.+)$", readme, re.M))

    body = values["body"].encode()
    assert body == canonical(examples["delete"])
    assert f"({len(body)} bytes" in readme
    mac = hmac.new(values["secret"].encode(), f"{values['timestamp']}.".encode() + body, "sha256")
    assert values["signature"] == "sha256=" + mac.hexdigest()
    # The Python snippet of the README asserts the same value.
    assert readme.count(values["signature"].removeprefix("sha256=")) >= 2


def _resolve(document: dict, pointer: str):
    node = document
    for part in pointer.lstrip("/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _refs(node) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [ref for value in node.values() for ref in _refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in _refs(value)]
    return []


def test_openapi_parses_and_describes_the_receiving_endpoint(schema, examples):
    api = yaml.safe_load((DOCS / "openapi.yaml").read_text(encoding="utf-8"))

    assert str(api["openapi"]).startswith("3.1.")
    operation = api["paths"]["/pim/v1/items"]["post"]
    body = operation["requestBody"]["content"]["application/json"]
    assert body["schema"] == {"$ref": "./payload.schema.json"}
    for name, example in body["examples"].items():
        assert load_json(DOCS / example["externalValue"]) == examples[name]
    assert {"200", "400", "401", "429", "503"} <= set(operation["responses"])
    assert "Retry-After" in operation["responses"]["429"]["headers"]
    headers = {
        parameter["name"]: parameter
        for parameter in (_resolve(api, ref["$ref"][1:]) for ref in operation["parameters"])
    }
    assert set(headers) == {"Idempotency-Key", "X-PIM-Timestamp", "X-PIM-Signature"}
    assert all(
        parameter["in"] == "header" and parameter["required"] for parameter in headers.values()
    )
    # Every reference resolves: inside the file, or to the schema (and into its $defs).
    for ref in _refs(api):
        target, _hash, pointer = ref.partition("#")
        document = api if not target else load_json(DOCS / target)
        if not target:
            assert pointer
        if pointer:
            _resolve(document, pointer)
    assert re.fullmatch(
        headers["X-PIM-Signature"]["schema"]["pattern"], headers["X-PIM-Signature"]["example"]
    )


@pytest.mark.django_db
def test_the_portals_own_payloads_validate_against_the_schema(validator):
    """What the portal really sends, not only the examples: a shared guide with an
    attachment in three languages, then its removal."""
    import datetime

    from django.utils import timezone

    from sync_pim.payload import delete_payload, upsert_payloads
    from tests import factories

    leaflet = factories.document(title="Modulo")
    guide = factories.guide_page(
        title_en="Guide",
        share_with_pim=True,
        pim_category=PimCategory.GUIDE,
        attachments=[{"type": "document", "value": leaflet.pk}],
    )
    guide.save_revision().publish()

    payloads = upsert_payloads(guide, ["it", "en", "ar"])
    removal = delete_payload(
        page_id=guide.pk,
        language="ar",
        previous=payloads["ar"],
        removed_at=timezone.now() + datetime.timedelta(minutes=5),
    )

    assert sorted(payloads) == ["ar", "en", "it"]
    assert payloads["it"]["attachments"], "the attachment is part of the payload"
    for item in [*payloads.values(), removal]:
        assert errors(validator, item) == [], item["id"]
