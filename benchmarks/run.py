"""`make bench`: every benchmark of issue 7, each a ratio against a floor measured in the same run.

Prints a Markdown table (machine and versions first). Takes about two minutes, most of it the bulk
benchmark, which must wait out one real rate-limit minute of the fake. `--json FILE` also writes the rows
and the machine line as JSON, from which tools/bench_chart.py draws docs/assets/bench-ratios.svg
(`make bench-docs` does both).
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from benchmarks.bench_parse import measure as measure_parse  # noqa: E402
from soracom_client import ApiToken, Soracom  # noqa: E402
from tests.support.sims import rich_sim  # noqa: E402

Row = tuple[str, str, str, str, str]  # benchmark, floor, result, goal, met
ROWS: list[Row] = []


def row(name: str, floor: str, result: str, goal: str, met: bool | None) -> None:
    ROWS.append((name, floor, result, goal, "pending" if met is None else ("yes" if met else "**no**")))
    print(f"  {name}: {result}", file=sys.stderr, flush=True)


def version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


# --- 1. call overhead ----------------------------------------------------------------------------
def bench_call() -> None:
    body = json.dumps(rich_sim(1)).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body,
                                                                   headers={"content-type": "application/json"}))

    async def run() -> tuple[float, float]:
        raw = httpx.AsyncClient(transport=transport, base_url="http://x/v1")
        http = httpx.AsyncClient(transport=transport)
        soracom = Soracom(auth=ApiToken("api-key", "token"), base_url="http://x/v1",
                          allow_insecure_http=True, http_client=http)

        async def floor() -> None:
            json.loads((await raw.get("/sims/8981100000000000001")).content)

        async def ours() -> None:
            await soracom.sim.get_sim("8981100000000000001")

        # Interleaved rounds, best of each: a burst of other load hits floor and ours alike.
        floor_s = ours_s = float("inf")
        for _ in range(7):
            floor_s = min(floor_s, await _time_async(floor, 1000, repeat=1))
            ours_s = min(ours_s, await _time_async(ours, 1000, repeat=1))
        return floor_s, ours_s

    floor_s, ours_s = asyncio.run(run())
    ratio = ours_s / floor_s
    row("1. call overhead: `sim.get_sim` via the facade on MockTransport",
        f"raw `AsyncClient.get` + `json.loads`, {floor_s * 1e6:.0f} µs", f"{ours_s * 1e6:.0f} µs, **{ratio:.2f}×**",
        "≤ 1.3×", ratio <= 1.3)


async def _time_async(fn: Callable[[], Awaitable[None]], n: int, repeat: int = 5) -> float:
    for _ in range(n // 10):
        await fn()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(n):
            await fn()
        best = min(best, (time.perf_counter() - start) / n)
    return best


# --- 2. parsing ----------------------------------------------------------------------------------
def bench_parse() -> None:
    r = measure_parse()
    row("2. parse a page of 1,000 rich SIMs (bytes to models)", f"`json.loads`, {r['floor_ms']:.1f} ms",
        f"{r['ours_ms']:.1f} ms, **{r['ratio']:.2f}×**", "≤ 2.5×", r["ratio"] <= 2.5)


# --- 3. import -----------------------------------------------------------------------------------
IMPORT_COMMANDS = {"pass": "pass", "httpx": "import httpx", "ours": "from soracom_client import Soracom"}


def _import_env(cache: str) -> dict[str, str]:
    """Every command runs from bytecode, as an installed package does (pip compiles on install): without this, a
    PYTHONDONTWRITEBYTECODE environment compiles our editable sources on every run but not httpx's installed ones.
    The cache goes to a temporary tree (PYTHONPYCACHEPREFIX), for all three commands alike."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def _run_once(code: str, env: dict[str, str], *args: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args, "-c", code], check=True, cwd=ROOT, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return time.perf_counter() - start, done.stderr


def _quantile(values: list[float], q: float) -> float:
    """The q-th quantile (0 < q < 1, in hundredths), interpolated; q = 0.5 is the median."""
    return statistics.quantiles(values, n=100, method="inclusive")[round(q * 100) - 1]


def _importtime(code: str, env: dict[str, str]) -> dict[str, float]:
    """`-X importtime`: module -> self time in ms."""
    _, err = _run_once(code, env, "-X", "importtime")
    found: dict[str, float] = {}
    for line in err.splitlines():
        if line.startswith("import time:") and "self [us]" not in line:
            self_us, _, name = (part.strip() for part in line[len("import time:"):].split("|"))
            found[name] = int(self_us) / 1e3
    return found


def _beyond_httpx(env: dict[str, str], runs: int) -> tuple[list[str], float]:
    """The modules `from soracom_client import Soracom` loads that `import httpx` does not (deterministic), and the
    median over `runs` of their summed `-X importtime` self time: our own import work, free of process start-up
    and of httpx's share (the per-module figures carry importtime's own overhead)."""
    floor = set(_importtime(IMPORT_COMMANDS["httpx"], env))
    sums: list[float] = []
    extra: list[str] = []
    for _ in range(runs):
        ours = _importtime(IMPORT_COMMANDS["ours"], env)
        extra = sorted(set(ours) - floor)
        sums.append(sum(ours[name] for name in extra))
    return extra, statistics.median(sums)


def bench_import(rounds: int = 41, warmup: int = 2, importtime_runs: int = 9) -> None:
    """Wall time of `python -c CODE` above `python -c pass`, ours over httpx. The three commands run interleaved,
    in a shuffled order in each round, so that a slow patch of the machine hits them alike; medians over rounds."""
    import random
    import tempfile

    with tempfile.TemporaryDirectory(prefix="soracom-bench-pycache-") as cache:
        env = _import_env(cache)
        times: dict[str, list[float]] = {name: [] for name in IMPORT_COMMANDS}
        order = list(IMPORT_COMMANDS)
        for n in range(warmup + rounds):
            random.shuffle(order)
            for name in order:
                took, _ = _run_once(IMPORT_COMMANDS[name], env)
                if n >= warmup:  # the warm-up rounds write the bytecode cache
                    times[name].append(took)
        extra, extra_ms = _beyond_httpx(env, importtime_runs)

    def above_pass(name: str, q: float) -> float:
        return _quantile(times[name], q) - _quantile(times["pass"], q)

    ratio = above_pass("ours", 0.5) / above_pass("httpx", 0.5)
    low = above_pass("ours", 0.1) / above_pass("httpx", 0.1)
    # Spread: each round's difference to that round's `pass`, quartiles.
    per_round = {name: [t - p for t, p in zip(times[name], times["pass"], strict=True)] for name in ("httpx", "ours")}
    spread = {name: (_quantile(v, 0.25) * 1e3, _quantile(v, 0.75) * 1e3) for name, v in per_round.items()}
    print(f"  import: {rounds} interleaved rounds; median `pass` {_quantile(times['pass'], 0.5) * 1e3:.0f} ms; "
          f"above it, per round (quartiles): httpx {spread['httpx'][0]:.0f}–{spread['httpx'][1]:.0f} ms, "
          f"ours {spread['ours'][0]:.0f}–{spread['ours'][1]:.0f} ms; 10th-percentile ratio {low:.2f}×",
          file=sys.stderr)
    print(f"  import: beyond `import httpx`: {len(extra)} modules, {extra_ms:.1f} ms self time under -X importtime "
          f"(median of {importtime_runs}): {', '.join(extra)}", file=sys.stderr)
    row("3. import: `from soracom_client import Soracom`",
        f"`import httpx`, {above_pass('httpx', 0.5) * 1e3:.0f} ms above `pass`",
        f"{above_pass('ours', 0.5) * 1e3:.0f} ms above `pass`, **{ratio:.2f}×** (medians of {rounds} interleaved "
        f"rounds, from bytecode; 10th percentiles: {low:.2f}×); beyond httpx: {len(extra)} modules, "
        f"{extra_ms:.1f} ms under `-X importtime`", "≤ 1.2×", ratio <= 1.2)


# --- 4. concurrency ------------------------------------------------------------------------------
class SlowServer:
    """benchmarks/_slow_server.py in a subprocess (own CPU), on 127.0.0.1; stops when we close its stdin."""

    def __init__(self, delay: float) -> None:
        self.proc = subprocess.Popen([sys.executable, str(ROOT / "benchmarks" / "_slow_server.py"), str(delay)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        self.url = f"http://127.0.0.1:{int(self.proc.stdout.readline())}/v1"

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(10)


async def _gather_bounded(fn: Callable[[], Awaitable[Any]], n: int, concurrency: int) -> tuple[float, int]:
    sem = asyncio.Semaphore(concurrency)
    failures = 0

    async def one() -> None:
        nonlocal failures
        async with sem:
            try:
                await fn()
            except Exception:
                failures += 1

    start = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(n)))
    return time.perf_counter() - start, failures


DEFAULT = "soracom, default transport (`AiohttpPoolTransport`: httpx over aiohttp's pool)"
LANES = "soracom, `transport=LanePoolTransport()` (pure httpx/httpcore)"
AIOHTTP = "soracom, `transport=AiohttpTransport()` (aiohttp extra)"
HTTPX_POOL = "soracom, `transport=httpx.AsyncHTTPTransport()` (httpx's own pool, for reference)"


def bench_concurrency(n: int = 1000, concurrency: int = 50, delay: float = 0.02) -> None:
    server = SlowServer(delay)
    ideal = n / concurrency * delay
    results: dict[str, tuple[float, int]] = {}

    async def run() -> None:
        import aiohttp

        async with httpx.AsyncClient() as raw:
            async def raw_get() -> None:
                json.loads((await raw.get(server.url + "/sims/1")).content)
            await _gather_bounded(raw_get, 100, concurrency)
            results["raw httpx"] = await _gather_bounded(raw_get, n, concurrency)
        async with aiohttp.ClientSession() as session:
            async def aio_get() -> None:
                async with session.get(server.url + "/sims/1") as response:
                    json.loads(await response.read())
            await _gather_bounded(aio_get, 100, concurrency)
            results["raw aiohttp"] = await _gather_bounded(aio_get, n, concurrency)
        from soracom_client.transports import AiohttpTransport as SoracomAiohttpTransport
        from soracom_client.transports import LanePoolTransport

        for label, transport in ((AIOHTTP, SoracomAiohttpTransport()), (DEFAULT, None), (LANES, LanePoolTransport()),
                                 (HTTPX_POOL, httpx.AsyncHTTPTransport())):
            async with Soracom(auth=ApiToken("k", "t"), base_url=server.url, transport=transport) as soracom:
                async def get() -> None:
                    await soracom.sim.get_sim("8981100000000000001")
                await _gather_bounded(get, 100, concurrency)
                results[label] = await _gather_bounded(get, n, concurrency)

    try:
        asyncio.run(run())
    finally:
        server.close()
    floors = ", ".join(f"{k} {v[0]:.2f} s" for k, v in results.items() if k.startswith("raw"))
    for label in (DEFAULT, AIOHTTP, LANES, HTTPX_POOL):
        took, failed = results[label]
        goal = "report" if label == HTTPX_POOL else "≤ 1.3× ideal, 0 failed"
        row(f"4. {n:,} `get_sim`, concurrency {concurrency}, 20 ms loopback server: {label}",
            f"ideal {ideal:.2f} s; {floors}", f"{took:.2f} s, **{took / ideal:.2f}× ideal**, {failed} failed",
            goal, failed == 0 if label == HTTPX_POOL else took / ideal <= 1.3 and failed == 0)


# --- 5. bulk -------------------------------------------------------------------------------------
def bench_bulk(n: int = 10_000, concurrency: int = 100, latency: float = 0.02, per_minute: int = 6_000) -> None:
    proc = subprocess.Popen([sys.executable, str(ROOT / "benchmarks" / "_fake_server.py"), str(latency),
                             str(per_minute)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdin is not None
    info = json.loads(proc.stdout.readline())

    async def run() -> tuple[Any, float, int, list[int]]:
        from soracom_client import AuthKey
        from soracom_client.generated.models import TagUpdateRequest

        statuses: list[int] = []

        async def count(response: httpx.Response) -> None:
            if response.request.method == "PUT":
                statuses.append(response.status_code)

        http = httpx.AsyncClient(timeout=30.0, event_hooks={"response": [count]})
        async with http, Soracom(auth=AuthKey(*info["credentials"]), base_url=info["base_url"],
                                 http_client=http) as soracom:
            sim_ids = [s.sim_id for s in await soracom.sim.list_sims(limit=100)]
            items = [(sim_ids[i % len(sim_ids)], f"bench-{i}") for i in range(n)]

            async def tag(item: tuple[str, str]) -> Any:
                sim_id, name = item
                return await soracom.sim.put_sim_tags(sim_id, body=[TagUpdateRequest(tag_name=name, tag_value="1")])

            start = time.perf_counter()
            result = await soracom.bulk(tag, items, concurrency=concurrency)
            took = time.perf_counter() - start
            tags = 0
            for sim_id in sim_ids:
                sim = await soracom.sim.get_sim(sim_id)
                tags += sum(1 for key in sim.tags.additional_properties if key.startswith("bench-"))
            return result, took, tags, statuses

    try:
        result, took, tags, statuses = asyncio.run(run())
    finally:
        proc.stdin.close()
        proc.wait(10)
    windows = -(-n // per_minute)
    ideal = max(n / concurrency * latency, (windows - 1) * 60.0 + (n - (windows - 1) * per_minute) / concurrency
                * latency)
    limited = statuses.count(429)
    duplicated = len(statuses) - limited - n  # sends beyond one per item, other than 429s (not processed)
    ok = result.succeeded == n and tags == n and duplicated == 0
    row(f"5. bulk: {n:,} `put_sim_tags` via `soracom.bulk`, concurrency {concurrency}, fake on loopback "
        f"+{latency * 1e3:.0f} ms, limit {per_minute:,}/min on the path",
        f"ideal {ideal:.1f} s (one rate-limit minute)",
        f"{took:.1f} s, **{took / ideal:.2f}× ideal**; {result.succeeded:,} ok, {result.failed} failed, "
        f"{tags:,} distinct tags set; {len(statuses):,} PUTs sent = {n:,} + {limited} answered 429, "
        f"{duplicated} duplicated",
        "all succeed, none duplicated", ok)


# --- 6. pagination -------------------------------------------------------------------------------
def _paging_transport(total: int, limit: int) -> httpx.MockTransport:
    # Ten distinct page bodies, served in turn; the next key is the page number, so nothing is stored.
    bodies = [json.dumps([rich_sim(p * limit + i) for i in range(limit)]).encode() for p in range(10)]
    pages = total // limit

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("last_evaluated_key") or 0)
        headers = {"content-type": "application/json"}
        if page + 1 < pages:
            headers["x-soracom-next-key"] = str(page + 1)
        return httpx.Response(200, content=bodies[page % 10], headers=headers)

    return httpx.MockTransport(handler)


def bench_pagination(total: int = 100_000, limit: int = 100) -> None:
    transport = _paging_transport(total, limit)

    async def raw_walk() -> int:
        seen, key = 0, None
        async with httpx.AsyncClient(transport=transport, base_url="http://x/v1") as client:
            while True:
                params: dict[str, Any] = {"limit": limit}
                if key:
                    params["last_evaluated_key"] = key
                response = await client.get("/sims", params=params)
                seen += len(json.loads(response.content))
                key = response.headers.get("x-soracom-next-key")
                if not key:
                    return seen

    async def our_walk() -> int:
        seen = 0
        async with Soracom(auth=ApiToken("k", "t"), base_url="http://x/v1", allow_insecure_http=True,
                           http_client=httpx.AsyncClient(transport=transport)) as soracom:
            async for _sim in soracom.sim.list_sims(limit=limit):
                seen += 1
        return seen

    async def one_page() -> None:
        async with Soracom(auth=ApiToken("k", "t"), base_url="http://x/v1", allow_insecure_http=True,
                           http_client=httpx.AsyncClient(transport=transport)) as soracom:
            page = await soracom.sim.list_sims(limit=limit)
            assert len(page) == limit

    # Three interleaved rounds, best of each: one walk is seconds long, and a burst of other load
    # (or a full garbage collection landing in one walk) would otherwise decide the ratio.
    raw_s = ours_s = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        assert asyncio.run(raw_walk()) == total
        raw_s = min(raw_s, time.perf_counter() - start)
        start = time.perf_counter()
        assert asyncio.run(our_walk()) == total
        ours_s = min(ours_s, time.perf_counter() - start)

    gc.collect()
    tracemalloc.start()
    asyncio.run(one_page())
    page_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    asyncio.run(our_walk())
    walk_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    pages = walk_peak / page_peak
    row(f"6. pagination: {total:,} rich SIMs with `async for`, limit {limit}",
        f"raw httpx paging + `json.loads`, {raw_s:.2f} s (best of 3 interleaved)",
        f"{ours_s:.2f} s, **{ours_s / raw_s:.2f}×** (parsing into models included); peak memory "
        f"{walk_peak / 1e6:.1f} MB = **{pages:.1f} pages** (one page fetched and parsed: {page_peak / 1e6:.1f} MB)",
        "memory within a few pages", pages <= 6)


# --- 7. generate ---------------------------------------------------------------------------------
def bench_generate() -> None:
    start = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "tools" / "generate.py"), "--check"], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    took = time.perf_counter() - start
    row("7. `make generate` (timed as `generate.py --check`: the same generation into a temp dir, plus a diff)",
        "-", f"{took:.1f} s", "report", True)


BENCHES: dict[str, Callable[[], None]] = {
    "call": bench_call, "parse": bench_parse, "import": bench_import, "concurrency": bench_concurrency,
    "bulk": bench_bulk, "pagination": bench_pagination, "generate": bench_generate,
}


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["--one"]:  # a child: one benchmark, its rows as JSON lines on stdout
        BENCHES[args[1]]()
        for r in ROWS:
            print(json.dumps(r))
        return
    json_path: Path | None = None
    if "--json" in args:  # also write the rows and the machine line as JSON (tools/bench_chart.py reads it)
        at = args.index("--json")
        json_path = Path(args[at + 1])
        args = args[:at] + args[at + 2:]
    only = set(args)
    if only - BENCHES.keys():
        sys.exit(f"unknown benchmark(s): {', '.join(sorted(only - BENCHES.keys()))}; choose from {', '.join(BENCHES)}")
    for name in BENCHES:
        if not only or name in only:
            print(f"running {name}...", file=sys.stderr, flush=True)
            # Each benchmark in a fresh process: the heap one leaves behind (a parsed page, 100,000
            # SIMs) would slow the garbage collector, and so the figures, of the next.
            child = subprocess.run([sys.executable, __file__, "--one", name], stdout=subprocess.PIPE, text=True,
                                   check=True, cwd=ROOT)
            ROWS.extend(tuple(json.loads(line)) for line in child.stdout.splitlines() if line.startswith("["))
    cpu = platform.processor() or platform.machine()
    machine = (f"Machine: {os.cpu_count()} vCPU {cpu}, {platform.system()} {platform.release()}; "
               f"CPython {platform.python_version()}; httpx {version('httpx')}, httpcore {version('httpcore')}, "
               f"anyio {version('anyio')}, sniffio {version('sniffio')}, aiohttp {version('aiohttp')}, "
               f"httpx-aiohttp {version('httpx-aiohttp')}, msgspec {version('msgspec')}, attrs {version('attrs')}.")
    print(f"\n{machine}\n")
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps({"machine": machine, "rows": ROWS}, indent=1), encoding="utf-8")
    print("| Benchmark | Floor | Result | Goal | Met |")
    print("|---|---|---|---|---|")
    for r in ROWS:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main()
