"""Hostile answers over real loopback HTTP: huge, endless, compressed-bomb and trickling bodies.

A tiny asyncio HTTP/1.1 server on 127.0.0.1 sends what each test scripts; it stops with the test.
Every wait is bounded (asyncio.wait_for); memory is measured with tracemalloc.
"""

from __future__ import annotations

import asyncio
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import pytest

import soracom_client.generated.api.sim.get_sim  # noqa: F401  (imported before memory is measured)
from soracom_client import ApiToken, Soracom
from soracom_client.errors import DeadlineExceededError, ResponseParseError, ResponseTooLargeError, SoracomError

MiB = 2**20
LIMIT = 4 * MiB
Script = Callable[[asyncio.StreamWriter], Awaitable[None]]


class Loopback:
    def __init__(self, script: Script) -> None:
        self.script = script
        self.connections = 0
        self.requests = 0
        self.base_url = ""


@asynccontextmanager
async def loopback(script: Script) -> AsyncIterator[Loopback]:
    state = Loopback(script)

    tasks: set[asyncio.Task[None]] = set()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        state.connections += 1
        task = asyncio.current_task()
        assert task is not None
        tasks.add(task)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")  # our requests here carry no body
                if not head:
                    return
                state.requests += 1
                await state.script(writer)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass  # the client closed the connection: what a refused body should make it do
        except asyncio.CancelledError:
            pass  # stopped by the end of the test: end quietly (asyncio reports a cancelled handler as an error)
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    state.base_url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/v1"
    try:
        yield state
    finally:
        server.close()
        for task in tasks:
            task.cancel()
        await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 10)


def head(status: str = "200 OK", **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Content-Type: application/json",
             *(f"{k.replace('_', '-')}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def client(base_url: str, **options: object) -> Soracom:
    return Soracom(auth=ApiToken(api_key="k", token="t"), base_url=base_url, max_retries=0,
                   max_response_size=LIMIT, **options)  # type: ignore[arg-type]


async def zeros_forever(writer: asyncio.StreamWriter, chunked: bool) -> None:
    block = b"0" * 65536
    frame = f"{len(block):x}\r\n".encode() + block + b"\r\n" if chunked else block
    for _ in range(200 * 16):  # at most 200 MiB: the client gives up long before
        writer.write(frame)
        await writer.drain()


async def peak_during(call: Awaitable[object]) -> tuple[BaseException | None, int]:
    tracemalloc.start()
    try:
        await asyncio.wait_for(call, 30)
    except SoracomError as exc:
        error: BaseException | None = exc
    else:
        error = None
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return error, peak


async def test_a_200_mib_body_is_refused_within_the_limit_and_its_connection_dropped() -> None:
    async def huge(writer: asyncio.StreamWriter) -> None:
        writer.write(head(Content_Length=str(200 * MiB)))
        await zeros_forever(writer, chunked=False)

    async with loopback(huge) as server, client(server.base_url) as soracom:
        error, peak = await peak_during(soracom.sim.get_sim("8942310022000000001"))
        assert isinstance(error, ResponseTooLargeError) and error.limit == LIMIT
        assert "8942310022000000001" not in str(error)  # the path template, never the URL
        assert peak < LIMIT + 2 * MiB, peak  # never more than the limit and a read or two
        # The connection was closed, not handed back half read: the next call opens a new one.
        with pytest.raises(ResponseTooLargeError):
            await asyncio.wait_for(soracom.sim.get_sim("8942310022000000001"), 30)
        assert server.connections == 2


async def test_an_endless_chunked_body_stops_at_the_limit() -> None:
    async def endless(writer: asyncio.StreamWriter) -> None:
        writer.write(head(Transfer_Encoding="chunked"))
        await zeros_forever(writer, chunked=True)

    async with loopback(endless) as server, client(server.base_url) as soracom:
        error, peak = await peak_during(soracom.sim.get_sim("8942310022000000001"))
        assert isinstance(error, ResponseTooLargeError)
        assert peak < LIMIT + 2 * MiB, peak


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """256 MiB of zeros, gzip-compressed to about 250 KiB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(MiB)
    parts = [compressor.compress(block) for _ in range(256)]
    return b"".join([*parts, compressor.flush()])


@pytest.mark.parametrize("status", ["200 OK", "500 Internal Server Error"])
async def test_a_gzip_bomb_is_never_expanded_past_the_limit(gzip_bomb: bytes, status: str) -> None:
    async def bomb(writer: asyncio.StreamWriter) -> None:
        writer.write(head(status, Content_Encoding="gzip", Content_Length=str(len(gzip_bomb))) + gzip_bomb)
        await writer.drain()

    async with loopback(bomb) as server, client(server.base_url) as soracom:
        error, peak = await peak_during(soracom.sim.get_sim("8942310022000000001"))
        assert isinstance(error, ResponseTooLargeError)
        assert peak < LIMIT + 2 * MiB, peak


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_a_compressed_body_within_the_limit_reads_as_before(encoding: str) -> None:
    document = b'{"simId": "8942310022000000001", "status": "active"}'
    wbits = zlib.MAX_WBITS | 16 if encoding == "gzip" else -zlib.MAX_WBITS  # raw deflate, as servers send it
    compressor = zlib.compressobj(6, zlib.DEFLATED, wbits)
    body = compressor.compress(document) + compressor.flush()

    async def answer(writer: asyncio.StreamWriter) -> None:
        writer.write(head(Content_Encoding=encoding, Content_Length=str(len(body))) + body)
        await writer.drain()

    async with loopback(answer) as server, client(server.base_url) as soracom:
        sim = await asyncio.wait_for(soracom.sim.get_sim("8942310022000000001"), 30)
    assert sim.sim_id == "8942310022000000001"


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_a_body_that_does_not_decompress_is_a_parse_error(encoding: str) -> None:
    garbage = b"\x1f\x8b\x08\x00not really compressed at all" if encoding == "gzip" else b"\xff\xfe garbage"

    async def answer(writer: asyncio.StreamWriter) -> None:
        writer.write(head(Content_Encoding=encoding, Content_Length=str(len(garbage))) + garbage)
        await writer.drain()

    async with loopback(answer) as server, client(server.base_url) as soracom:
        with pytest.raises(ResponseParseError) as caught:
            await asyncio.wait_for(soracom.sim.get_sim("8942310022000000001"), 30)
    assert caught.value.__cause__ is not None


async def test_a_trickling_body_ends_at_the_deadline_not_the_per_read_timeout() -> None:
    async def trickle(writer: asyncio.StreamWriter) -> None:
        writer.write(head(Content_Length="1000"))
        for _ in range(1000):  # one byte every 0.2 s: each read is quick, the whole body takes 200 s
            writer.write(b" ")
            await writer.drain()
            await asyncio.sleep(0.2)

    async with loopback(trickle) as server, client(server.base_url, timeout=2.0, deadline=1.0) as soracom:
        with pytest.raises(DeadlineExceededError) as caught:
            await asyncio.wait_for(soracom.sim.get_sim("8942310022000000001"), 30)
    assert caught.value.deadline == 1.0
    assert caught.value.__cause__ is not None
    assert "GET /sims/{sim_id}" in str(caught.value)


async def test_a_per_call_deadline_overrides_the_clients() -> None:
    async def silent(writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(60)  # never answers (the test ends long before)

    async with loopback(silent) as server, client(server.base_url, deadline=None) as soracom:
        with pytest.raises(DeadlineExceededError) as caught:
            await asyncio.wait_for(soracom.sim.get_sim("8942310022000000001", deadline=0.3), 30)
        assert caught.value.deadline == 0.3
        with pytest.raises(DeadlineExceededError):
            await asyncio.wait_for(soracom.with_options(deadline=0.3).sim.get_sim("8942310022000000001"), 30)
