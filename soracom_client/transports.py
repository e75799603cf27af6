"""httpx transports for `Soracom(transport=...)`.

- `AiohttpPoolTransport`: the default (see `soracom_client._aiohttp_pool`). httpx's own
  `AsyncHTTPTransport` whose httpcore pool is aiohttp's client (C parser, its own connection pool):
  respx, pytest-httpx and OpenTelemetry's httpx instrumentation see its calls.
- `LanePoolTransport` (see `soracom_client._transport`): httpx's own HTTP/1.1 transport, one
  connection per lane, so that many concurrent calls do not slow httpx's pool down; pure httpx,
  and the one that applies a proxy's settings through httpcore.
- `AiohttpTransport` (needs `pip install soracom-client[aiohttp]`): httpx-aiohttp's transport, the
  fastest at high concurrency, with its errors mapped the way the retry rules need. httpx-aiohttp 0.2
  reports a server that disconnects after the request was sent as `httpx.ConnectTimeout`, which
  means "never sent" and would let a call that must not run twice (an SMS, a downlink) be retried;
  here only a failure to connect is a connect error. respx, pytest-httpx and OpenTelemetry's httpx
  instrumentation do not see its calls (they patch httpx's and httpcore's own classes): under
  `respx.mock` they go to the real host.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._aiohttp_pool import AiohttpPoolTransport
from ._transport import DEFAULT_LIMITS, LanePoolTransport

if TYPE_CHECKING:
    from ._aiohttp import AiohttpTransport

__all__ = ["DEFAULT_LIMITS", "AiohttpPoolTransport", "AiohttpTransport", "LanePoolTransport"]


def __getattr__(name: str) -> Any:
    if name == "AiohttpTransport":  # imports aiohttp: only when asked for
        from ._aiohttp import AiohttpTransport

        return AiohttpTransport
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
