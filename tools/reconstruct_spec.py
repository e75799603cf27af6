"""Rebuild openapi.yaml from the delivered seed, whose lines lost their indentation.

The seed is a PyYAML block dump (2-space indent, sequences not indented under
their key, width 120). Without indentation, YAML nesting is ambiguous; an
OpenAPI grammar resolves it: every mapping has a type (Operation, Schema,
Parameter, ...), each type knows its keys, and inside operations and schemas
keys are emitted in alphabetical order, so a key that does not sort after its
predecessor closes the mapping.  Free-form values (examples, defaults) are
recognised by the same ordering rule.

Run once: ``python tools/reconstruct_spec.py SEED > openapi.yaml``.  With
``--ambiguities`` it lists every line where more than one open mapping could
take the key, with the choice made, for review.
"""

from __future__ import annotations

import copy
import functools
import re
import sys
from dataclasses import dataclass, field
from typing import Any

import yaml

# ---------------------------------------------------------------- tokenizer


@dataclass
class Tok:
    lineno: int
    seq_depth: int  # number of leading "- " markers
    kind: str  # "kv" | "open" | "scalar" | "empty-seq"
    key: Any = None
    raw: str = ""  # raw scalar text, continuation lines joined with "\n"
    voff: int = 0  # where the value starts in the (unindented) seed line


def _quoted_end(text: str, start: int, quote: str) -> int:
    """Index just past the closing quote, or -1 when the scalar goes on."""
    i = start + 1
    while i < len(text):
        ch = text[i]
        if quote == "'" and ch == "'":
            if i + 1 < len(text) and text[i + 1] == "'":
                i += 2
                continue
            return i + 1
        if quote == '"':
            if ch == "\\":
                i += 2
                continue
            if ch == '"':
                return i + 1
        i += 1
    return -1


def _split_key(body: str) -> tuple[Any, str | None] | None:
    """Split 'key: value' / 'key:'; None when the body is a bare scalar."""
    if body[:1] in ("'", '"'):
        end = _quoted_end(body, 0, body[0])
        if end == -1:
            return None
        rest = body[end:]
        if rest == ":":
            return yaml.safe_load(body[:end]), None
        if rest.startswith(": "):
            return yaml.safe_load(body[:end]), rest[2:]
        return None
    if body.startswith(("[", "{")):
        return None
    idx = body.find(": ")
    if idx == -1:
        if body.endswith(":"):
            return body[:-1], None
        return None
    return body[:idx], body[idx + 2 :]


def _is_plain_continuation(line: str) -> bool:
    # A plain scalar never holds ": " nor ends in ":" (PyYAML would quote it),
    # and a line starting with "- " is a sequence item.
    return (
        line != ""
        and ": " not in line
        and not line.endswith(":")
        and not line.startswith("- ")
        and line != "-"
    )


def tokenize(lines: list[str]) -> list[Tok]:
    toks: list[Tok] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        lineno = i + 1
        i += 1
        if line == "":
            raise SyntaxError(f"line {lineno}: unexpected empty line")
        depth = 0
        body = line
        while body.startswith("- ") or body == "-":
            depth += 1
            body = body[2:]
        split = _split_key(body)
        value: str | None
        if split is None:
            kind, key, value = "scalar", None, body
        else:
            key, value = split
            kind = "open" if value is None else "kv"
        if value is not None:
            raw_lines = [value]
            if value[:1] in ("'", '"'):
                q = value[0]
                joined = value
                while _quoted_end(joined, 0, q) == -1:
                    joined += "\n" + lines[i]
                    raw_lines.append(lines[i])
                    i += 1
            elif not value.startswith(("[", "{", "|", ">")):
                while i < n and _is_plain_continuation(lines[i]):
                    raw_lines.append(lines[i])
                    i += 1
            value = "\n".join(raw_lines)
        voff = len(line) - len(raw_lines[0]) if value is not None else 0
        toks.append(Tok(lineno, depth, kind, key, value or "", voff))
    return toks


WIDTH = 120


def load_scalar(raw: str, start_col: int = 0, cont_col: int = 2) -> Any:
    """Load a scalar; multi-line single-quoted ones need their columns.

    Memoised: the parser's lookahead loads each token's value some 25 times, which was most of the
    run time. A copy is returned, so a mutable value (a flow list or mapping) is never shared.
    """
    return copy.deepcopy(_load_scalar(raw, start_col, cont_col))


@functools.cache
def _load_scalar(raw: str, start_col: int, cont_col: int) -> Any:
    """load_scalar's work.

    PyYAML writes a newline inside a single-quoted scalar as a blank line,
    and folds a long line at the first space past column WIDTH.  The seed
    lost blank lines and indentation, so each line break is a fold exactly
    when the line (at its original column) ran past WIDTH; otherwise it was
    a newline.  A run of several newlines is indistinguishable from one.
    """
    lines = raw.split("\n")
    if len(lines) > 1 and raw.startswith("'"):
        out = [lines[0]]
        col = start_col
        for prev, nxt in zip(lines, lines[1:], strict=False):
            # A trailing space never folds, so a closing quote alone follows a newline.
            fold = col + len(prev) > WIDTH and nxt != "'"
            out.append(("" if fold else "\n") + nxt)
            col = cont_col
        raw = "\n".join(out)
    text = "v: " + raw.replace("\n", "\n  ")
    return yaml.safe_load(text)["v"]


def fits_width(tok: Tok, key_indent: int) -> bool:
    """Could PyYAML have written this value, folded as in the seed, with its key at key_indent?

    PyYAML folds plain and single-quoted scalars at the first single space
    past column WIDTH, so a line holds no such space, and a plain scalar's
    line ends there.  Double-quoted and flow values are not checked.
    """
    if tok.kind != "kv" or tok.raw[:1] in ('"', "[", "{", "|", ">"):
        return True
    quoted = tok.raw.startswith("'")
    lines = tok.raw.split("\n")
    for k, line in enumerate(lines):
        col = key_indent - 2 * tok.seq_depth + tok.voff if k == 0 else key_indent + 2
        last = k == len(lines) - 1
        stop = len(line) - (2 if quoted and last else 1)
        for p in range(1, stop):
            if line[p] == " " and col + p > WIDTH and line[p - 1] != " " and line[p + 1] != " ":
                return False
        if not last and not quoted and col + len(line) <= WIDTH:
            return False
    return True


# ---------------------------------------------------------------- grammar

SORTED = {"Operation", "Parameter", "Schema", "MediaType", "Response", "RequestBody", "Header", "Example",
          "SecurityScheme", "Any", "Props", "Tag", "Server", "SecReq", "Discriminator", "Pagination"}

SCHEMA_KEYS = {
    "$ref", "additionalProperties", "allOf", "anyOf", "default", "deprecated", "description", "discriminator",
    "enum", "example", "exclusiveMaximum", "exclusiveMinimum", "format", "items", "maxItems", "maxLength",
    "maxProperties", "maximum", "minItems", "minLength", "minProperties", "minimum", "multipleOf", "not",
    "nullable", "oneOf", "pattern", "properties", "readOnly", "required", "title", "type", "uniqueItems",
    "writeOnly", "xml", "externalDocs",
}

KEYS: dict[str, set[str]] = {
    "Root": {"openapi", "info", "servers", "paths", "tags", "components", "security", "externalDocs"},
    "Info": {"title", "description", "version", "termsOfService", "contact", "license"},
    "Server": {"url", "description", "variables"},
    "PathItem": {"get", "put", "post", "delete", "patch", "options", "head", "trace", "parameters", "summary",
                 "description", "servers", "$ref"},
    "Operation": {"tags", "summary", "description", "externalDocs", "operationId", "parameters", "requestBody",
                  "responses", "callbacks", "deprecated", "security", "servers"},
    "Parameter": {"name", "in", "description", "required", "deprecated", "allowEmptyValue", "style", "explode",
                  "allowReserved", "schema", "example", "examples", "content", "$ref"},
    "RequestBody": {"description", "content", "required", "$ref"},
    "MediaType": {"schema", "example", "examples", "encoding"},
    "Example": {"summary", "description", "value", "externalValue"},
    "Response": {"description", "headers", "content", "links", "$ref"},
    "Header": {"description", "required", "deprecated", "schema", "example", "examples", "style", "explode"},
    "Schema": SCHEMA_KEYS,
    "Components": {"schemas", "responses", "parameters", "examples", "requestBodies", "headers",
                   "securitySchemes", "links", "callbacks"},
    "SecurityScheme": {"type", "description", "name", "in", "scheme", "bearerFormat", "flows", "openIdConnectUrl"},
    "Tag": {"name", "description", "externalDocs"},
    "Discriminator": {"propertyName", "mapping"},
    "Pagination": {"request", "response"},
    "PaginationRequest": {"param"},
    "PaginationResponse": {"header"},
}

# Mappings whose keys are names, each value of one type.
MAPS: dict[str, str] = {
    "Paths": "PathItem", "Responses": "Response", "Content": "MediaType", "Props": "Schema",
    "Schemas": "Schema", "SecuritySchemes": "SecurityScheme", "Examples": "Example", "Headers": "Header",
    "ComponentParameters": "Parameter", "ComponentResponses": "Response",
}

SEQ_OF_STR = "SeqStr"
CHILD: dict[tuple[str, str], str] = {
    ("Root", "info"): "Info", ("Root", "servers"): "[Server", ("Root", "paths"): "Paths",
    ("Root", "tags"): "[Tag", ("Root", "components"): "Components", ("Root", "security"): "[SecReq",
    ("PathItem", "parameters"): "[Parameter", ("PathItem", "servers"): "[Server",
    ("Operation", "tags"): "[Str", ("Operation", "parameters"): "[Parameter",
    ("Operation", "requestBody"): "RequestBody", ("Operation", "responses"): "Responses",
    ("Operation", "security"): "[SecReq", ("Operation", "servers"): "[Server",
    ("Parameter", "schema"): "Schema", ("Parameter", "examples"): "Examples", ("Parameter", "content"): "Content",
    ("RequestBody", "content"): "Content",
    ("MediaType", "schema"): "Schema", ("MediaType", "examples"): "Examples",
    ("Response", "content"): "Content", ("Response", "headers"): "Headers",
    ("Header", "schema"): "Schema", ("Header", "examples"): "Examples",
    ("Schema", "properties"): "Props", ("Schema", "items"): "Schema", ("Schema", "additionalProperties"): "Schema",
    ("Schema", "not"): "Schema", ("Schema", "allOf"): "[Schema", ("Schema", "anyOf"): "[Schema",
    ("Schema", "oneOf"): "[Schema", ("Schema", "required"): "[Str", ("Schema", "enum"): "[Any",
    ("Schema", "discriminator"): "Discriminator",
    ("Operation", "x-soracom-cli-pagination"): "Pagination", ("Operation", "x-soracom-cli"): "[Str",
    ("Pagination", "request"): "PaginationRequest", ("Pagination", "response"): "PaginationResponse",
    ("Components", "schemas"): "Schemas", ("Components", "securitySchemes"): "SecuritySchemes",
    ("Components", "parameters"): "ComponentParameters", ("Components", "responses"): "ComponentResponses",
}
CHILD_METHODS = {"get", "put", "post", "delete", "patch", "options", "head", "trace"}
for _k in CHILD_METHODS:
    CHILD[("PathItem", _k)] = "Operation"

STATUS = re.compile(r"^([1-5][0-9X]{2}|default)$")


def child_type(t: str, key: str) -> str:
    if t in MAPS:
        return MAPS[t]
    if t == "SecReq":
        return "[Str"
    return CHILD.get((t, key), "Any")


# ---------------------------------------------------------------- parser


@dataclass
class Frame:
    kind: str  # "map" | "seq"
    type: str  # grammar type of the mapping, or item type of a sequence
    value: Any
    last_key: Any = None
    item_shape: str | None = None  # seq: "scalar" | "map" | "seq"
    keys: list[Any] = field(default_factory=list)
    parent: str = ""  # grammar type of the enclosing mapping


class Parser:
    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks
        self.i = 0
        self.ambiguities: list[str] = []

    # Does mapping frame f take this key?  tok is the key's token.
    def accepts(self, f: Frame, tok: Tok) -> bool:
        t, key = f.type, tok.key
        if not isinstance(key, str):
            key = str(key)
        last = f.last_key
        if last is not None and not isinstance(last, str):
            last = str(last)
        if t in SORTED and last is not None and key <= last:
            return False
        opens_seq = tok.kind == "open" and self._next_is_seq()
        opens_map = tok.kind == "open" and not opens_seq
        if t == "Any":
            return True
        if t in MAPS:
            if opens_map and not self._next_key_fits(MAPS[t]):
                return False
            if t == "Schemas" and not key[:1].isupper():
                return False  # this spec names every component schema in CamelCase
            if t == "Paths":
                return key.startswith("/") and opens_map
            if t in ("Responses", "ComponentResponses"):
                return bool(STATUS.match(key)) and opens_map
            if t == "Content":
                return "/" in key and opens_map
            return opens_map
        if t == "SecReq":
            return tok.kind == "kv" and tok.raw.startswith("[") or opens_seq
        if key.startswith("x-"):
            return True
        if key not in KEYS[t]:
            return False
        if t == "Schema":
            return self._schema_accepts(f, key, tok)
        if t == "PathItem":
            return key in CHILD_METHODS  # the seed has no path-level fields
        return True

    def _schema_accepts(self, f: Frame, key: str, tok: Tok) -> bool:
        m = f.value
        if "$ref" in m:
            # OpenAPI 3.0 ignores $ref siblings; the seed only annotates them.
            # A description after a body's $ref belongs to the request body or
            # response (folding proves it for the long ones, and a response
            # must have one).
            if key == "description" and f.parent == "MediaType":
                return False
            return key in ("description", "example", "nullable", "readOnly", "deprecated")
        if key == "required":
            return "properties" in m
        if key == "type" and tok.kind == "kv":
            value = load_scalar(tok.raw)
            has_obj = any(k in m for k in ("properties", "additionalProperties"))
            if has_obj and value != "object":
                return False
            if "items" in m and value != "array":
                return False
            if value == "object" and ("enum" in m or "format" in m or "pattern" in m or "maxLength" in m):
                return False
        return True

    def _next_key_fits(self, t: str) -> bool:
        nxt = self.toks[self.i + 1] if self.i + 1 < len(self.toks) else None
        if nxt is None or nxt.seq_depth or nxt.kind == "scalar":
            return False
        key = str(nxt.key)
        return key.startswith("x-") or key in KEYS[t]

    def _next_is_seq(self) -> bool:
        nxt = self.toks[self.i + 1] if self.i + 1 < len(self.toks) else None
        return nxt is not None and nxt.seq_depth > 0

    def parse(self) -> dict[str, Any]:
        root = Frame("map", "Root", {})
        stack: list[Frame] = [root]
        while self.i < len(self.toks):
            self.step(stack, self.toks[self.i], depth=0, end=len(self.toks))
            self.i += 1
        doc: dict[str, Any] = root.value
        return doc

    def step(self, stack: list[Frame], tok: Tok, depth: int, end: int) -> None:
        # 1. sequence markers: close frames until a sequence takes the item
        for d in range(tok.seq_depth):
            last = d == tok.seq_depth - 1
            shape = "seq" if not last else ("scalar" if tok.kind == "scalar" else "map")
            if d == 0:
                while not (stack[-1].kind == "seq" and self._seq_takes(stack[-1], shape)):
                    stack.pop()
                    if not stack:
                        raise SyntaxError(f"line {tok.lineno}: no sequence takes this item")
            seq = stack[-1]
            seq.item_shape = seq.item_shape or shape
            if not last:
                new = Frame("seq", "Any", [])
                seq.value.append(new.value)
                stack.append(new)
            elif tok.kind == "scalar":
                col = self._indent(stack)  # of this item's "- "
                seq.value.append(load_scalar(tok.raw, col - 2 * (tok.seq_depth - 1) + tok.voff, col + 2))
                return
            else:
                new = Frame("map", seq.type if seq.type != "Str" else "Any", {})
                seq.value.append(new.value)
                stack.append(new)
                self._put(new, tok, stack)
                return
        if tok.kind == "scalar":
            raise SyntaxError(f"line {tok.lineno}: stray scalar {tok.raw!r}")
        # 2. a key: the open mapping that takes it
        cands = [j for j in range(len(stack) - 1, -1, -1)
                 if stack[j].kind == "map" and self.accepts(stack[j], tok)]
        if not cands:
            raise SyntaxError(f"line {tok.lineno}: no mapping takes key {tok.key!r}")
        if len(cands) > 1:
            # Line folding pins long values to their original column.
            fitting = [j for j in cands if fits_width(tok, self._indent(stack[: j + 1]))]
            cands = fitting or cands
        order = self._preference(stack, cands)
        choice = order[0]
        if len(cands) > 1 and depth < self.MAX_DEPTH:
            choice = self._first_viable(stack, order, depth, end)
        if len(cands) > 1 and depth == 0:
            self.ambiguities.append(
                f"{tok.lineno}: {tok.key!r} could go to "
                + ", ".join(f"{stack[j].type}(after {stack[j].last_key!r})" for j in cands)
                + f" -> {stack[choice].type}"
            )
        del stack[choice + 1 :]
        self._put(stack[-1], tok, stack)

    LOOKAHEAD = 60
    MAX_DEPTH = 3

    def _first_viable(self, stack: list[Frame], order: list[int], depth: int, end: int) -> int:
        """The preferred choice whose continuation parses for LOOKAHEAD tokens."""
        tok = self.toks[self.i]
        if depth == 0:
            end = min(self.i + 1 + self.LOOKAHEAD, len(self.toks))
        for choice in order:
            trial = [Frame(f.kind, f.type, dict.fromkeys(f.value) if f.kind == "map" else [],
                           f.last_key, f.item_shape, parent=f.parent) for f in stack]
            del trial[choice + 1 :]
            try:
                self._put(trial[-1], tok, trial)
                for k in range(self.i + 1, end):
                    saved, self.i = self.i, k
                    try:
                        self.step(trial, self.toks[k], depth + 1, end)
                    finally:
                        self.i = saved
            except SyntaxError:
                continue
            return choice
        return order[0]

    def _preference(self, stack: list[Frame], cands: list[int]) -> list[int]:
        # Free-form data (examples, defaults) yields to the nearest typed
        # mapping that takes the key; otherwise the innermost mapping wins.
        inner = cands[0]
        if stack[inner].type == "Any":
            typed = [j for j in cands[1:] if stack[j].type in KEYS]
            return typed + [j for j in cands if j not in typed]
        return cands

    def _seq_takes(self, seq: Frame, shape: str) -> bool:
        if seq.type == "Str":
            return shape == "scalar"
        if seq.type == "Any":
            return seq.item_shape in (None, shape)
        return shape == "map"

    @staticmethod
    def _indent(stack: list[Frame]) -> int:
        """Column of the keys of the innermost mapping, as PyYAML indents them."""
        ind = 0
        for prev, cur in zip(stack, stack[1:], strict=False):
            if cur.kind == "map" or prev.kind == "seq":
                ind += 2  # sequences under a key are not indented
        return ind

    def _put(self, f: Frame, tok: Tok, stack: list[Frame]) -> None:
        key = tok.key
        if key in f.value:
            raise SyntaxError(f"line {tok.lineno}: duplicate key {key!r}")
        f.last_key = key
        if tok.kind == "kv":
            indent = self._indent(stack)
            start = indent - 2 * tok.seq_depth + tok.voff  # the value's column
            f.value[key] = load_scalar(tok.raw, start, indent + 2)
            return
        ct = child_type(f.type, key if isinstance(key, str) else str(key))
        if self._next_is_seq():
            item = ct[1:] if ct.startswith("[") else "Any"
            new = Frame("seq", item, [])
        else:
            new = Frame("map", ct.lstrip("["), {}, parent=f.type)
        f.value[key] = new.value
        stack.append(new)


def reconstruct(seed_text: str) -> tuple[dict[str, Any], list[str]]:
    lines = seed_text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    # Blank lines only occur inside quoted scalars; keep them there.
    toks = tokenize_with_blanks(lines)
    p = Parser(toks)
    doc = p.parse()
    return doc, p.ambiguities


def tokenize_with_blanks(lines: list[str]) -> list[Tok]:
    return tokenize(lines)


def dump(doc: dict[str, Any]) -> str:
    """Serialise the way the seed was produced (before indentation was lost)."""
    return yaml.dump(doc, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)


def main(argv: list[str]) -> int:
    seed = argv[1]
    with open(seed, encoding="utf-8") as fh:
        doc, amb = reconstruct(fh.read())
    if "--ambiguities" in argv:
        print("\n".join(amb))
        return 0
    sys.stdout.write(dump(doc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
