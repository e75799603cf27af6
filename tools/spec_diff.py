"""What changed between two OpenAPI 3 documents, and which changes break callers.

    python tools/spec_diff.py OLD NEW [--extract] [--format text|json] [--fail-on-breaking]

OLD and NEW are paths or http(s) URLs.  ``--extract`` first cuts NEW down to the
tags this client covers (for a preview against Soracom's full document).
``--extract`` cuts OLD too when it is a whole document (operations outside our tags).
Exit status is 0, or 1 with ``--fail-on-breaking`` when a change breaks callers, or
3 (with a one-line message) when OLD or NEW cannot be read; 2 is a usage error.

A change breaks callers when code written against the old client can stop
working: an operation, parameter, field, schema or success response removed; a
required parameter, body or field added; a field becoming required; a type
changed (including a response's body type); an enum value removed; an operation
renamed or moved to another tag (the generated function's name or module); an
operation gaining or losing pagination (the facade's return type); a tighter
constraint on what a request may send (a new or changed `pattern`, a lower
`maxLength`/`maximum`, a higher `minLength`/`minimum`, an enum on a parameter or
field that took any value), since values accepted before are now refused.

Documentation changes that are only whitespace, line breaks or markup are
counted apart ("formatting only"), so that a real documentation change stands out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spec_extract import HTTP_METHODS, TAGS, extract, load_source, parse_tags  # noqa: E402

UNREADABLE = 3  # exit status when an input cannot be read: never 1, which means "breaking"
FORMATTING_ONLY = "documentation changed (formatting only)"

Kind = Literal["added", "removed", "changed"]
_SYMBOL: dict[str, str] = {"added": "+", "removed": "-", "changed": "~"}
# Keys whose change only alters documentation; reported once per location.
_DOC_KEYS = frozenset({"description", "summary", "title", "example", "examples", "externalDocs"})
# Constraints a request value must meet: which direction of change refuses values accepted before.
_TIGHTER_WHEN = {"maxLength": "lower", "maximum": "lower", "maxItems": "lower", "maxProperties": "lower",
                 "minLength": "higher", "minimum": "higher", "minItems": "higher", "minProperties": "higher",
                 "pattern": "any", "multipleOf": "any", "exclusiveMinimum": "true", "exclusiveMaximum": "true",
                 "uniqueItems": "true"}
_SCHEMA_HANDLED = frozenset({"$ref", "type", "format", "items", "properties", "required", "enum", "oneOf",
                             "anyOf", "allOf", "nullable", "additionalProperties"}) | _DOC_KEYS | set(_TIGHTER_WHEN)


def _tighter(key: str, old: Any, new: Any) -> bool:
    """Whether changing constraint `key` from old to new (None: absent) can refuse a value accepted before."""
    rule = _TIGHTER_WHEN[key]
    if new is None or new is False:
        return False
    if old is None:
        return True
    if rule == "lower":
        return bool(new < old)
    if rule == "higher":
        return bool(new > old)
    if rule == "true":
        return bool(new) and not old
    return bool(new != old)


def _plain(value: Any) -> Any:
    """Documentation text without whitespace, line breaks or markup, to tell a reflow from a rewrite."""
    if not isinstance(value, str):
        return value
    text = re.sub(r"<[^>]+>", " ", value)  # HTML tags
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)  # images: markup around the text
    text = re.sub(r"\[([^\]]*)\]\(([^)]*)\)", r"\1 \2", text)  # [text](url)
    text = re.sub(r"(?:^|(?<=\s))(?:[-*+]|\d+\.)(?=\s)", " ", text)  # list markers, wherever a line was joined
    text = re.sub(r"[`*_#>|~\\]", " ", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Change:
    kind: Kind
    location: str  # what changed: "operation GET /sims/{sim_id} (getSim)", "schema Sim", "spec"
    detail: str  # how, within that location; "" when the whole location was added or removed
    breaking: bool = False

    @property
    def symbol(self) -> str:
        return _SYMBOL[self.kind]

    @property
    def subject(self) -> str:
        """The operation or schema the change belongs to: `schema Sim.status` -> `schema Sim`."""
        if self.location.startswith("schema "):
            return re.split(r"[.\[{]", self.location, maxsplit=1)[0]
        return self.location

    def line(self, *, with_location: bool = True) -> str:
        """`BREAKING ~ schema Sim.status: ...`; without the location, only what follows the subject."""
        text = self.location if with_location else self.location[len(self.subject):].lstrip(".")
        if self.detail:
            text = f"{text}: {self.detail}" if text else self.detail
        return f"{'BREAKING ' if self.breaking else ''}{self.symbol} {text}"

    def __str__(self) -> str:
        return self.line()


# ------------------------------------------------------------------ helpers


def _q(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _short(value: Any, limit: int = 60) -> str:
    text = "(none)" if value is None else _q(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    """Follow a component $ref (parameters, request bodies, responses); schemas are compared by name."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, dict) else None
        if target is None or seen > 20:
            return node
        node, seen = target, seen + 1
    return node


def describe(schema: Any) -> str:
    """A short type name for a schema: `Sim`, `list[Sim]`, `string (date-time)`, `A | B`."""
    if not isinstance(schema, dict) or not schema:
        return "any"
    if "$ref" in schema:
        return _ref_name(schema["$ref"])
    for key, sep in (("oneOf", " | "), ("anyOf", " | "), ("allOf", " & ")):
        if key in schema:
            return sep.join(describe(s) for s in schema[key])
    kind = schema.get("type")
    if kind == "array":
        return f"list[{describe(schema.get('items'))}]"
    if kind == "object" or "properties" in schema:
        extra = schema.get("additionalProperties")
        if not schema.get("properties") and isinstance(extra, dict) and extra:
            return f"dict[str, {describe(extra)}]"
        return "object"
    if kind is None:
        return "any"
    return f"{kind} ({schema['format']})" if "format" in schema else str(kind)


def _body_type(response: dict[str, Any]) -> str:
    content = response.get("content") or {}
    if not content:
        return "(no body)"
    types = [describe(media.get("schema")) if media.get("schema") else mime for mime, media in content.items()]
    return " or ".join(types)


def _at(where: str, text: str) -> str:
    return f"{where}: {text}" if where else text


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.in_request = False  # comparing what callers send: tighter constraints break them
        self.request_schemas = request_schemas(new)

    def add(self, kind: Kind, location: str, detail: str, breaking: bool = False) -> None:
        self.changes.append(Change(kind, location, detail, breaking))

    def at(self, kind: Kind, loc: str, where: str, text: str, breaking: bool = False) -> None:
        """A change at `where` inside `loc`: `schema Sim` + `status` -> `schema Sim.status`."""
        if loc.startswith("schema ") and where:
            self.add(kind, f"{loc}.{where}" if not where.startswith("[") else f"{loc}{where}", text, breaking)
        else:
            self.add(kind, loc, _at(where, text), breaking)

    # -------------------------------------------------------------- schemas

    def schema(self, old: Any, new: Any, loc: str, where: str) -> None:
        """Compare two schemas; `where` names the place inside `loc` (a field path, "response 200", ...)."""
        old = old if isinstance(old, dict) else {}
        new = new if isinstance(new, dict) else {}
        old_type, new_type = describe(old), describe(new)
        structural = {"object", "any"}  # inline shapes: compared field by field below
        if old_type != new_type and not (old_type in structural and new_type in structural):
            if any(k in old for k in ("oneOf", "anyOf")) and any(k in new for k in ("oneOf", "anyOf")):
                gone = set(old_type.split(" | ")) - set(new_type.split(" | "))
                self.at("changed", loc, where, f"{old_type} -> {new_type}", breaking=bool(gone))
            else:
                self.at("changed", loc, where, f"{old_type} -> {new_type}", breaking=True)
        elif "$ref" not in old and "$ref" not in new:
            if old_type.startswith("list["):
                self.schema(old.get("items"), new.get("items"), loc, f"{where}[]")
            self._fields(old, new, loc, where)
            old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
            if isinstance(old_extra, dict) and isinstance(new_extra, dict):
                self.schema(old_extra, new_extra, loc, f"{where}{{*}}")
            elif old_extra != new_extra:
                self.at("changed", loc, where, f"additionalProperties {_short(old_extra)} -> "
                                                    f"{_short(new_extra)}")
        self._enum(old, new, loc, where)
        self._constraints(old, new, loc, where)
        if bool(old.get("nullable")) != bool(new.get("nullable")):
            self.at("changed", loc, where, "now nullable" if new.get("nullable") else "no longer nullable")
        self._rest(old, new, loc, where, _SCHEMA_HANDLED)

    def _constraints(self, old: dict[str, Any], new: dict[str, Any], loc: str, where: str) -> None:
        for key in _TIGHTER_WHEN:
            before, after = old.get(key), new.get(key)
            if before == after:
                continue
            tighter = _tighter(key, before, after)
            text = f"{key} {_short(before)} -> {_short(after)}" + (" (tighter)" if tighter else "")
            self.at("changed", loc, where, text, breaking=tighter and self.in_request)

    def _enum(self, old: dict[str, Any], new: dict[str, Any], loc: str, where: str) -> None:
        if "enum" not in old and "enum" not in new:
            return
        before, after = old.get("enum") or [], new.get("enum") or []
        if "enum" not in new:
            self.at("changed", loc, where, "no longer an enum (any value accepted)")
            return
        if "enum" not in old:  # a value that took anything now takes only these
            self.at("changed", loc, where, f"now restricted to enum {_short(after)}", breaking=self.in_request)
            return
        for value in after:
            if value not in before:
                self.at("added", loc, where, f"enum + {_q(value)}")
        for value in before:
            if value not in after:
                self.at("removed", loc, where, f"enum value {_q(value)} removed", breaking=True)

    def _fields(self, old: dict[str, Any], new: dict[str, Any], loc: str, where: str) -> None:
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_req, new_req = set(old.get("required") or ()), set(new.get("required") or ())
        for name in new_props:
            if name not in old_props:
                required = name in new_req
                self.at("added", loc, where, f"field {_q(name)} added ({'required' if required else 'optional'}"
                                                  f", {describe(new_props[name])})", breaking=required)
        for name in old_props:
            if name not in new_props:
                self.at("removed", loc, where, f"field {_q(name)} removed", breaking=True)
        for name in old_props:
            if name in new_props:
                if name in new_req and name not in old_req:
                    self.at("changed", loc, where, f"field {_q(name)} now required", breaking=True)
                elif name in old_req and name not in new_req:
                    self.at("changed", loc, where, f"field {_q(name)} now optional")
                self.schema(old_props[name], new_props[name], loc, _join(where, name))
        # `required` naming a field that is not (or no longer) a property
        for name in sorted(new_req - old_req - set(new_props)):
            self.at("changed", loc, where, f"field {_q(name)} now required", breaking=True)

    def _rest(self, old: dict[str, Any], new: dict[str, Any], loc: str, where: str, handled: Iterable[str]) -> None:
        """Everything not compared specifically: one line per key, documentation folded into one."""
        skip = set(handled) | _DOC_KEYS
        keys = list(old) + [k for k in new if k not in old]
        docs = [k for k in keys if k in _DOC_KEYS and old.get(k) != new.get(k)]
        if docs:
            real = any(_plain(old.get(k)) != _plain(new.get(k)) for k in docs)
            self.at("changed", loc, where, "documentation changed" if real else FORMATTING_ONLY)
        for key in keys:
            if key in skip or old.get(key) == new.get(key):
                continue
            self.at("changed", loc, where, f"{key} {_short(old.get(key))} -> {_short(new.get(key))}")

    # ----------------------------------------------------------- operations

    def operations(self) -> None:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        for key, (op, _) in new_ops.items():
            if key not in old_ops:  # a paginated one is reached through a Paginator: say so
                paged = " [paginated]" if op.get("x-soracom-cli-pagination") else ""
                self.add("added", _op_label(key, op) + paged, "")
        for key, (op, _) in old_ops.items():
            if key not in new_ops:
                self.add("removed", _op_label(key, op), "", breaking=True)
        for key, (new_op, new_params) in new_ops.items():
            if key in old_ops:
                old_op, old_params = old_ops[key]
                self.operation(_op_label(key, new_op), old_op, new_op, old_params, new_params)

    def operation(self, loc: str, old: dict[str, Any], new: dict[str, Any],
                  old_params: list[Any], new_params: list[Any]) -> None:
        if old.get("operationId") != new.get("operationId"):
            self.add("changed", loc, f"operationId {old.get('operationId')} -> {new.get('operationId')}",
                     breaking=True)
        old_tags, new_tags = old.get("tags") or [], new.get("tags") or []
        if old_tags[:1] != new_tags[:1]:  # the first tag picks the generated module
            self.add("changed", loc, f"tag {old_tags[:1]} -> {new_tags[:1]}", breaking=True)
        elif old_tags != new_tags:
            self.add("changed", loc, f"tags {old_tags} -> {new_tags}")
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            self.add("changed", loc, "now deprecated" if new.get("deprecated") else "no longer deprecated")
        self.parameters(loc, old_params + (old.get("parameters") or []), new_params + (new.get("parameters") or []))
        self.request_body(loc, _resolve(self.old, old.get("requestBody")), _resolve(self.new, new.get("requestBody")))
        self.responses(loc, old.get("responses") or {}, new.get("responses") or {})
        if old.get("security") != new.get("security"):
            self.add("changed", loc, f"security {_short(old.get('security'))} -> {_short(new.get('security'))}")
        pagination = "x-soracom-cli-pagination"  # the facade returns a paginator for these operations
        if bool(old.get(pagination)) != bool(new.get(pagination)):
            self.add("changed", loc, "now paginated" if new.get(pagination) else "no longer paginated",
                     breaking=True)
        elif old.get(pagination) != new.get(pagination):
            self.add("changed", loc, f"pagination {_short(old.get(pagination))} -> {_short(new.get(pagination))}")
        handled = {"operationId", "tags", "deprecated", "parameters", "requestBody", "responses", "security",
                   pagination}
        self._rest(old, new, loc, "", handled)

    def parameters(self, loc: str, old: list[Any], new: list[Any]) -> None:
        def keyed(doc: dict[str, Any], params: list[Any]) -> dict[tuple[str, str], dict[str, Any]]:
            out: dict[tuple[str, str], dict[str, Any]] = {}
            for p in params:  # operation-level entries come last and override path-level ones
                p = _resolve(doc, p)
                out[(str(p.get("in")), str(p.get("name")))] = p
            return out

        before, after = keyed(self.old, old), keyed(self.new, new)
        for (where, name), p in after.items():
            if (where, name) not in before:
                required = bool(p.get("required"))
                self.add("added", loc, f"{where} parameter {name} added ({'required' if required else 'optional'}, "
                                       f"{describe(p.get('schema'))})", breaking=required)
        for (where, name) in before:
            if (where, name) not in after:
                self.add("removed", loc, f"{where} parameter {name} removed", breaking=True)
        for (where, name), p in after.items():
            if (where, name) in before:
                q = before[(where, name)]
                label = f"{where} parameter {name}"
                if bool(p.get("required")) and not q.get("required"):
                    self.add("changed", loc, f"{label} now required", breaking=True)
                elif q.get("required") and not p.get("required"):
                    self.add("changed", loc, f"{label} now optional")
                self.in_request = True
                self.schema(q.get("schema"), p.get("schema"), loc, label)
                self.in_request = False
                self._rest(q, p, loc, label, {"in", "name", "required", "schema"})

    def request_body(self, loc: str, old: Any, new: Any) -> None:
        if not old and not new:
            return
        if not new:
            self.add("removed", loc, "request body removed", breaking=True)
            return
        if not old:
            required = bool(new.get("required"))
            self.add("added", loc, f"request body added ({'required' if required else 'optional'}, "
                                   f"{_body_type(new)})", breaking=required)
            return
        if new.get("required") and not old.get("required"):
            self.add("changed", loc, "request body now required", breaking=True)
        elif old.get("required") and not new.get("required"):
            self.add("changed", loc, "request body now optional")
        self.in_request = True
        self.content(loc, "request body", old.get("content") or {}, new.get("content") or {})
        self.in_request = False
        self._rest(old, new, loc, "request body", {"required", "content"})

    def content(self, loc: str, label: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        for mime in new:
            if mime not in old:
                self.add("added", loc, f"{label} media type {mime} added ({describe(new[mime].get('schema'))})")
        for mime in old:
            if mime not in new:
                self.add("removed", loc, f"{label} media type {mime} removed", breaking=True)
        for mime in new:
            if mime in old:
                where = label if len(new) == 1 else f"{label} {mime}"
                self.schema(old[mime].get("schema"), new[mime].get("schema"), loc, where)

    def responses(self, loc: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        old = {str(code): _resolve(self.old, r) for code, r in old.items()}
        new = {str(code): _resolve(self.new, r) for code, r in new.items()}
        old_ok = {c: _body_type(r) for c, r in old.items() if c.startswith("2")}
        new_ok = {c: _body_type(r) for c, r in new.items() if c.startswith("2")}
        if set(old_ok) != set(new_ok):
            # What the caller gets back changes: report it as one line, old -> new.
            before = ", ".join(f"{c} {t}" for c, t in old_ok.items()) or "(none)"
            after = ", ".join(f"{c} {t}" for c, t in new_ok.items()) or "(none)"
            breaking = bool(set(old_ok) - set(new_ok)) or not set(new_ok.values()) <= set(old_ok.values())
            self.add("changed", loc, f"success response {before} -> {after}", breaking=breaking)
        for code, response in new.items():
            if code not in old and code not in new_ok:
                self.add("added", loc, f"response {code} added ({_body_type(response)})")
        for code in old:
            if code not in new and code not in old_ok:
                self.add("removed", loc, f"response {code} removed")
        for code, response in new.items():
            if code in old:
                self._response(loc, code, old[code], response)

    def _response(self, loc: str, code: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        label = f"response {code}"
        old_content, new_content = old.get("content") or {}, new.get("content") or {}
        if bool(old_content) != bool(new_content):
            self.add("changed", loc, f"{label}: {_body_type(old)} -> {_body_type(new)}", breaking=True)
        else:
            self.content(loc, label, old_content, new_content)
        if old.get("headers") != new.get("headers"):
            self.add("changed", loc, f"{label}: headers changed")
        self._rest(old, new, loc, label, {"content", "headers"})

    # ------------------------------------------------------------- document

    def components(self) -> None:
        old_c, new_c = self.old.get("components") or {}, self.new.get("components") or {}
        old_s, new_s = old_c.get("schemas") or {}, new_c.get("schemas") or {}
        for name in new_s:
            if name not in old_s:
                self.add("added", f"schema {name}", "")
        for name in old_s:
            if name not in new_s:
                self.add("removed", f"schema {name}", "", breaking=True)
        for name in new_s:
            if name in old_s:
                self.in_request = name in self.request_schemas
                self.schema(old_s[name], new_s[name], f"schema {name}", "")
        self.in_request = False
        # Other components matter where operations use them, which is reported there.
        for section in dict.fromkeys([*old_c, *new_c]):
            if section == "schemas":
                continue
            before, after = old_c.get(section) or {}, new_c.get(section) or {}
            for name in dict.fromkeys([*before, *after]):
                if before.get(name) != after.get(name):
                    kind: Kind = "added" if name not in before else "removed" if name not in after else "changed"
                    self.add(kind, f"component {section}/{name}", "")

    def document(self) -> None:
        for key in ("openapi", "servers", "security"):
            if self.old.get(key) != self.new.get(key):
                self.add("changed", "spec", f"{key} {_short(self.old.get(key))} -> {_short(self.new.get(key))}")
        old_tags = {t.get("name"): t for t in self.old.get("tags") or []}
        new_tags = {t.get("name"): t for t in self.new.get("tags") or []}
        for name in new_tags:
            if name not in old_tags:
                self.add("added", "spec", f"tag {name}")
        for name in old_tags:
            if name not in new_tags:
                self.add("removed", "spec", f"tag {name}")
        for name in new_tags:
            old_doc, new_doc = old_tags.get(name, {}).get("description"), new_tags[name].get("description")
            if name in old_tags and old_doc != new_doc:
                what = "documentation changed" if _plain(old_doc) != _plain(new_doc) else FORMATTING_ONLY
                self.add("changed", "spec", f"tag {name}: {what}")


def _operations(doc: dict[str, Any]) -> dict[tuple[str, str], tuple[dict[str, Any], list[Any]]]:
    ops: dict[tuple[str, str], tuple[dict[str, Any], list[Any]]] = {}
    for path, item in (doc.get("paths") or {}).items():
        item = _resolve(doc, item)
        for method, op in item.items():
            if method in HTTP_METHODS:
                ops[(method.upper(), path)] = (op, list(item.get("parameters") or []))
    return ops


def _op_label(key: tuple[str, str], op: dict[str, Any]) -> str:
    return f"operation {key[0]} {key[1]} ({op.get('operationId', '?')})"


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from `old` to `new`, operations first, then schemas, then the rest."""
    differ = _Differ(old, new)
    differ.operations()
    differ.components()
    differ.document()
    return differ.changes


# ------------------------------------------------------------------ rendering


def _reachable_schemas(doc: dict[str, Any], node: Any) -> set[str]:
    names: set[str] = set()
    seen: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref not in seen:
                seen.add(ref)
                if ref.startswith("#/components/schemas/"):
                    names.add(_ref_name(ref))
                stack.append(_resolve(doc, {"$ref": ref}))
            stack.extend(v for k, v in item.items() if k != "$ref")
        elif isinstance(item, list):
            stack.extend(item)
    return names


def request_schemas(doc: dict[str, Any]) -> set[str]:
    """Schemas a request can carry: reached from an operation's parameters or request body."""
    names: set[str] = set()
    for op, params in _operations(doc).values():
        names |= _reachable_schemas(doc, [params, op.get("parameters") or [], op.get("requestBody") or {}])
    return names


def schema_users(doc: dict[str, Any]) -> dict[str, list[str]]:
    """Schema name -> operationIds whose parameters, body or responses reach it (transitively)."""
    users: dict[str, list[str]] = {}
    for op, params in _operations(doc).values():
        for name in _reachable_schemas(doc, [op, params]):
            users.setdefault(name, []).append(str(op.get("operationId", "?")))
    return users


def render(changes: list[Change], old: dict[str, Any] | None = None, new: dict[str, Any] | None = None) -> str:
    """A readable summary: counts, the breaking changes, then every change grouped by what it touches."""
    lines: list[str] = []
    if old is not None and new is not None:
        before = (old.get("info") or {}).get("version", "?")
        after = (new.get("info") or {}).get("version", "?")
        lines.append(f"API definition {before} -> {after}")
    reflowed = [c for c in changes if c.detail.endswith(FORMATTING_ONLY)]
    changes = [c for c in changes if not c.detail.endswith(FORMATTING_ONLY)]
    if not changes and not reflowed:
        lines.append("No changes to operations or schemas.")
        return "\n".join(lines) + "\n"
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.subject, []).append(change)

    def whole(loc: str, kind: Kind) -> bool:  # the operation or schema itself was added / removed
        return any(c.kind == kind and c.location == loc and not c.detail for c in groups[loc])

    def count(prefix: str) -> str:
        mine = [loc for loc in groups if loc.startswith(prefix)]
        added = sum(whole(loc, "added") for loc in mine)
        removed = sum(whole(loc, "removed") for loc in mine)
        return f"{added} added, {removed} removed, {len(mine) - added - removed} changed"

    breaking = [c for c in changes if c.breaking]
    lines.append(f"operations: {count('operation ')}; schemas: {count('schema ')}; "
                 f"{len(breaking)} breaking change{'s' if len(breaking) != 1 else ''}")
    if reflowed:
        subjects = sorted({c.subject for c in reflowed})
        n_ops = sum(s.startswith("operation ") for s in subjects)
        n_schemas = sum(s.startswith("schema ") for s in subjects)
        rest = len(subjects) - n_ops - n_schemas
        lines.append(f"formatting only (whitespace, line breaks, markup; counted apart): documentation of {n_ops} "
                     f"operation{'s' if n_ops != 1 else ''}, {n_schemas} schema{'s' if n_schemas != 1 else ''}"
                     f"{f', {rest} other' if rest else ''}")
    if breaking:
        lines += ["", "Breaking changes:"] + [f"  {c}" for c in breaking]
    users = schema_users(new) if new is not None else {}
    old_users = schema_users(old) if old is not None else {}
    sections = (("Operations", "operation "), ("Schemas", "schema "), ("Other", ""))
    done: set[str] = set()
    for title, prefix in sections:
        mine = [loc for loc in groups if loc.startswith(prefix) and loc not in done]
        if not mine:
            continue
        lines += ["", f"{title}:"]
        for loc in mine:
            done.add(loc)
            items = groups[loc]
            entire = [c for c in items if not c.detail and c.location == loc]
            if entire:
                lines.append(f"  {entire[0]}")
                continue
            used = ""
            if loc.startswith("schema "):
                name = loc[len("schema "):]
                ops = sorted(set(users.get(name, []) + old_users.get(name, [])))
                if ops:
                    used = f" (used by {', '.join(ops[:8])}{', ...' if len(ops) > 8 else ''})"
            lines.append(f"  ~ {loc}{used}")
            lines += [f"      {c.line(with_location=False)}" for c in items]
    if reflowed:
        lines += ["", "Formatting only (documentation text unchanged but for whitespace, line breaks, markup):"]
        lines += [f"  {c.location}" + (f" ({c.detail.removesuffix(FORMATTING_ONLY).rstrip(': ')})"
                                       if c.detail != FORMATTING_ONLY else "") for c in reflowed]
    return "\n".join(lines) + "\n"


def is_whole_document(doc: dict[str, Any], tags: tuple[str, ...] = TAGS) -> bool:
    """Whether doc holds operations outside the tags this client covers (Soracom's whole API)."""
    return any(not set(op.get("tags") or []) & set(tags) for op, _ in _operations(doc).values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("old", help="path or URL of the old spec")
    parser.add_argument("new", help="path or URL of the new spec")
    parser.add_argument("--extract", action="store_true",
                        help="cut NEW down to the tags this client covers first (NEW is Soracom's full document)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change breaks callers")
    parser.add_argument("--tags", default="", help="with --extract: the tags to keep (default: ours; `all`)")
    args = parser.parse_args(argv)
    docs = []
    for source in (args.old, args.new):
        try:
            doc = load_source(source)
            if not isinstance(doc, dict):
                raise ValueError("not an OpenAPI document (no mapping at the top)")
        except Exception as exc:  # a missing file, bad YAML, a failed download: one line, not a traceback
            reason = " ".join(str(exc).split()) or type(exc).__name__
            print(f"spec-diff: cannot read {source}: {reason}", file=sys.stderr)
            return UNREADABLE
        docs.append(doc)
    old, new = docs
    if args.extract:
        tags = parse_tags(args.tags, new)
        if is_whole_document(old, tags):  # both sides cut the same way, or everything else shows up as removed
            old = extract(old, tags=tags)
        new = extract(new, previous=old, tags=tags)
    changes = diff(old, new)
    if args.format == "json":
        print(json.dumps([asdict(c) for c in changes], indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(render(changes, old, new))
    return 1 if args.fail_on_breaking and any(c.breaking for c in changes) else 0


if __name__ == "__main__":
    raise SystemExit(main())
