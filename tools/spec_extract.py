"""Cut our subset out of Soracom's full OpenAPI document.

Soracom publishes one document for its whole API; this client covers four tags.
``extract`` keeps the operations tagged with any of them, every component they
reference (transitively, including security schemes they use), the matching
``tags`` entries and the document-level ``openapi``/``servers``/``security``.
Our ``info`` is kept, except ``info.version``, which comes from the new document.

Key order is preserved from the source document so that ``dump(extract(full))``
of a document that embeds our openapi.yaml unchanged gives it back byte for byte.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

TAGS: tuple[str, ...] = ("Sim", "Subscriber", "SimProfileOrder", "CellLocation")


def parse_tags(value: str | None, doc: dict[str, Any]) -> tuple[str, ...]:
    """The TAGS setting: empty for ours (TAGS), `all` for every tag an operation of doc carries, else
    tag names separated by commas or spaces."""
    if not value or not value.strip():
        return TAGS
    if value.strip() == "all":
        return tuple(sorted({tag for item in (doc.get("paths") or {}).values() if isinstance(item, dict)
                             for method, op in item.items() if method in HTTP_METHODS and isinstance(op, dict)
                             for tag in op.get("tags") or []}))
    return tuple(t for t in re.split(r"[,\s]+", value.strip()) if t)
# The operation keys of an OpenAPI 3.0 path item, in the order the tools list them.
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
# Document-level keys that make sense for a subset; anything else (x-tagGroups,
# webhooks, ...) describes the whole API and is left out.
_TOP_LEVEL = ("openapi", "info", "jsonSchemaDialect", "servers", "security", "paths", "tags", "components",
              "externalDocs")
_REF = "#/components/"


class ExtractError(ValueError):
    pass


def dump(doc: dict[str, Any]) -> str:
    """The serialisation openapi.yaml uses (same as tools/reconstruct_spec.py)."""
    return yaml.dump(doc, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)


# libyaml's loader when PyYAML has it: the same data, ~8x faster than the pure-Python one on a whole API document
# (dumping stays pure Python: the C emitter wraps some lines differently, and openapi.yaml is byte-compared).
YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=YAML_LOADER)


def load_source(source: str, timeout: float = 60.0) -> dict[str, Any]:
    """Parse an OpenAPI document (YAML or JSON) from a local path or an http(s) URL."""
    if re.match(r"^https?://", source):
        import httpx  # only for a URL: most runs read a file, and the import costs a tenth of a second

        response = httpx.get(source, timeout=timeout, follow_redirects=True)
        response.raise_for_status()
        text = response.text
    else:
        text = Path(source).read_text(encoding="utf-8")
    doc = load_yaml(text)  # JSON is YAML too
    if not isinstance(doc, dict):
        raise ExtractError(f"{source}: not an OpenAPI document (top level is {type(doc).__name__})")
    return doc


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _split_ref(ref: str) -> tuple[str, str]:
    if not ref.startswith(_REF):
        raise ExtractError(f"unsupported $ref {ref!r}: only local #/components/... references can be extracted")
    parts = ref[len(_REF):].split("/")
    if len(parts) != 2:
        raise ExtractError(f"unsupported $ref {ref!r}: expected #/components/<section>/<name>")
    return _unescape(parts[0]), _unescape(parts[1])


def _refs_in(node: Any) -> Iterator[tuple[str, str]]:
    """Every component a node points at: $ref values and discriminator mappings."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield _split_ref(value)
            elif key == "discriminator" and isinstance(value, dict):
                for target in (value.get("mapping") or {}).values():
                    # A mapping value is either a $ref or a bare schema name.
                    yield _split_ref(target) if target.startswith("#") else ("schemas", target)
                yield from _refs_in({k: v for k, v in value.items() if k != "mapping"})
            else:
                yield from _refs_in(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs_in(item)


def _security_names(requirements: Iterable[Any] | None) -> Iterator[str]:
    for requirement in requirements or ():
        yield from requirement or {}


def _keeps(operation: dict[str, Any], tags: set[str]) -> bool:
    return bool(tags.intersection(operation.get("tags") or ()))


def extract(full: dict[str, Any], previous: dict[str, Any] | None = None,
            tags: Iterable[str] = TAGS) -> dict[str, Any]:
    """The subset of ``full`` this client covers, as a new document (``full`` is not modified)."""
    if not str(full.get("openapi", "")).startswith("3."):
        found = f"swagger {full['swagger']}" if "swagger" in full else "no `openapi` version"
        raise ExtractError(f"expected an OpenAPI 3.x document, found {found}")
    wanted = set(tags)
    paths: dict[str, Any] = {}
    for path, item in (full.get("paths") or {}).items():
        kept = {key: value for key, value in item.items()
                if key not in HTTP_METHODS or _keeps(value, wanted)}
        if any(key in HTTP_METHODS for key in kept):
            paths[path] = kept
    if not paths:
        raise ExtractError(f"no operation is tagged {', '.join(sorted(wanted))}: is this Soracom's API document?")

    components: dict[str, Any] = full.get("components") or {}
    used: set[tuple[str, str]] = set()
    todo = list(_refs_in(paths))
    security = [name for item in paths.values() for key, op in item.items() if key in HTTP_METHODS
                for name in _security_names(op.get("security"))]
    security += list(_security_names(full.get("security")))
    todo += [("securitySchemes", name) for name in security]
    while todo:
        section, name = todo.pop()
        if (section, name) in used:
            continue
        try:
            target = components[section][name]
        except (KeyError, TypeError):
            raise ExtractError(f"#/components/{section}/{name} is referenced but not defined") from None
        used.add((section, name))
        todo.extend(_refs_in(target))

    subset_components = {
        section: {name: body for name, body in entries.items() if (section, name) in used}
        for section, entries in components.items() if isinstance(entries, dict)
    }
    subset_components = {section: entries for section, entries in subset_components.items() if entries}

    out: dict[str, Any] = {}
    for key in full:
        if key not in _TOP_LEVEL:
            continue
        if key == "paths":
            out[key] = paths
        elif key == "tags":
            out[key] = [tag for tag in full["tags"] if tag.get("name") in wanted]
        elif key == "components":
            if subset_components:
                out[key] = subset_components
        elif key == "info" and previous is not None and "info" in previous:
            # Our title and description describe this client, not Soracom's whole API.
            info = dict(previous["info"])
            if "version" in full.get("info", {}):
                info["version"] = full["info"]["version"]
            out[key] = info
        else:
            out[key] = full[key]
    return copy.deepcopy(out)
