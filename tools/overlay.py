"""Apply a declarative overlay (a subset of OpenAPI Overlay 1.0) to a spec.

Each action has a `target` JSONPath made of plain member names only
(`$.components.schemas.Sim.properties.status` or `$.paths['/sims'].get`) and
either `remove: true` or an `update` mapping merged into the target.  Anything
else (wildcards, filters, a target that does not exist) is an error: a fix
that silently stops applying after a spec change must fail loudly.
"""

from __future__ import annotations

import copy
import re
from typing import Any

_SEGMENT = re.compile(r"\.([A-Za-z0-9_$-]+)|\['([^']*)'\]")


class OverlayError(ValueError):
    pass


def parse_target(target: str) -> list[str]:
    if not target.startswith("$"):
        raise OverlayError(f"target {target!r}: must start with '$'")
    parts: list[str] = []
    pos = 1
    while pos < len(target):
        m = _SEGMENT.match(target, pos)
        if not m:
            raise OverlayError(f"target {target!r}: unsupported syntax at {target[pos:]!r} "
                               "(only .name and ['name'] segments)")
        parts.append(m.group(1) if m.group(1) is not None else m.group(2))
        pos = m.end()
    if not parts:
        raise OverlayError(f"target {target!r}: names no node")
    return parts


def _merge(into: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = copy.deepcopy(value)


def apply_overlay(spec: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """A copy of spec with every action applied; spec itself is not changed."""
    out = copy.deepcopy(spec)
    for n, action in enumerate(overlay.get("actions") or [], 1):
        target = action.get("target")
        if not isinstance(target, str):
            raise OverlayError(f"action {n}: missing target")
        *parents, last = parse_target(target)
        node: Any = out
        for part in parents:
            if not isinstance(node, dict) or part not in node:
                raise OverlayError(f"action {n}: target {target!r} does not exist (no {part!r})")
            node = node[part]
        if not isinstance(node, dict) or last not in node:
            raise OverlayError(f"action {n}: target {target!r} does not exist (no {last!r})")
        if action.get("remove") is True:
            del node[last]
        elif isinstance(action.get("update"), dict):
            if not isinstance(node[last], dict):
                raise OverlayError(f"action {n}: target {target!r} is not a mapping; cannot update it")
            _merge(node[last], action["update"])
        else:
            raise OverlayError(f"action {n}: needs `remove: true` or an `update` mapping")
    return out
