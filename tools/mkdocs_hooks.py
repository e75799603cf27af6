"""MkDocs hooks (mkdocs.yml `hooks:`): one API reference page per spec tag, derived from the generated code.

The tags are whatever `make generate` produced (`soracom_client.generated.api.RESOURCE_CLASSES`), so a
regeneration with more tags (`make update-spec TAGS=...`) gets its reference pages with no edit here.
"""

from __future__ import annotations

import re
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from soracom_client._retry_table import RETRY_TABLE, Repeat
from soracom_client.generated.api import OPERATIONS, RESOURCE_CLASSES

SECTION = "API reference"


def tag_pages() -> dict[str, str]:
    """docs-relative path -> Markdown of each tag's reference page."""
    pages = {}
    for attribute, class_name in RESOURCE_CLASSES.items():
        pages[f"reference/tags/{attribute}.md"] = (
            f"# `Soracom.{attribute}`\n\n"
            f"Every operation of the spec tag, as a method of `{class_name}`. Each takes the operation's "
            "parameters plus `timeout=` and `deadline=`, and returns the parsed success model.\n\n"
            f"::: soracom_client.generated.api.{attribute}.{class_name}\n"
        )
    return pages


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    nav: list[Any] = config.nav or []
    for entry in nav:
        if isinstance(entry, dict) and SECTION in entry:
            entry[SECTION].extend({f"Soracom.{path.rsplit('/', 1)[1][:-3]}": path} for path in tag_pages())
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path, content in tag_pages().items():
        files.append(File.generated(config, path, content=content))
    return files


# The spec's descriptions link to Soracom's user documentation by absolute path (`/en/docs/air/...`).
_SORACOM_DOCS = re.compile(r'href="/((?:en|ja)(?:-[a-z]{2})?)/')


def on_page_content(html: str, **kwargs: Any) -> str:
    return _SORACOM_DOCS.sub(r'href="https://users.soracom.io/\1/', html)


# docs/errors.md: the retry table, rendered from soracom_client/_retry_table.py at build time.
RETRY_TABLE_MARKER = "<!-- retry-table -->"


def _snake(operation_id: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation_id).lower()


def retry_table() -> str:
    rows = ["| Method | Request | Retried | Why |", "|---|---|---|---|"]
    for operation_id, (repeat, reason) in RETRY_TABLE.items():
        name = _snake(operation_id)
        tag, method, path = OPERATIONS.get(name, ("?", "?", "?"))
        retried = "on any transient failure" if repeat is Repeat.REPEATABLE else "**only if certainly not processed**"
        rows.append(f"| `{tag}.{name}` | `{method} {path}` | {retried} | {reason} |")
    return "\n".join(rows)


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    return markdown.replace(RETRY_TABLE_MARKER, retry_table()) if RETRY_TABLE_MARKER in markdown else markdown
