"""Every Python block of README.md and docs/ runs against the fake, so no example can rot.

Each block (tools/doc_examples.py) runs as `__main__` in a fresh namespace, with a fresh FakeSoracom
(seed 1, 50 SIMs) served on loopback and the environment `Soracom.from_env()` reads pointed at it, in an
empty working directory. Only loopback hosts resolve meanwhile, so an example can never reach the real API.
Blocks marked `# doc-example: pytest` run as a test module with the fake's pytest fixtures.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from soracom_client.testing import FakeServer, FakeSoracom
from tools.doc_examples import ROOT, Example, MarkerError, examples, parse

pytest_plugins = ["pytester"]  # runs the examples that are test modules

EXAMPLES = examples()
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@pytest.fixture
def fake_api(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeSoracom]:
    fake = FakeSoracom(seed=1, sims=50)
    with FakeServer(fake) as server:
        for name in [n for n in os.environ if n.startswith("SORACOM_")]:
            monkeypatch.delenv(name)
        monkeypatch.setenv("SORACOM_ENDPOINT", server.base_url)
        monkeypatch.setenv("SORACOM_AUTH_KEY_ID", fake.auth_key_id)
        monkeypatch.setenv("SORACOM_AUTH_KEY", fake.auth_key)
        monkeypatch.setenv("SORACOM_PROFILE_DIR", str(tmp_path / "no-profiles"))
        monkeypatch.chdir(tmp_path)
        real_getaddrinfo = socket.getaddrinfo

        def loopback_only(host: Any, *args: Any, **kwargs: Any) -> Any:
            if host not in LOOPBACK:
                raise OSError(f"a documentation example tried to resolve {host!r}: examples use the fake only")
            return real_getaddrinfo(host, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", loopback_only)
        yield fake


def _param(example: Example) -> Any:
    marks = [pytest.mark.skip(reason=f"doc-example: skip: {example.reason}")] if "skip" in example.flags else []
    return pytest.param(example, id=example.id, marks=marks)


@pytest.mark.parametrize("example", [_param(e) for e in EXAMPLES if "pytest" not in e.flags])
def test_example_runs_against_the_fake(example: Example, fake_api: FakeSoracom) -> None:
    code = compile(example.padded(), str(ROOT / example.path), "exec")
    exec(code, {"__name__": "__main__", "__file__": str(ROOT / example.path)})


@pytest.mark.parametrize("example", [_param(e) for e in EXAMPLES if "pytest" in e.flags])
def test_example_test_module_passes(example: Example, pytester: pytest.Pytester,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("SORACOM_")]:
        monkeypatch.delenv(name)
    pytester.makepyfile(**{f"test_{example.path.stem.replace('-', '_')}_{example.line}": example.code})
    # In-process: the spec the fake compiles once per process is reused, where a subprocess took seconds.
    result = pytester.runpytest_inprocess("-p", "soracom_client.testing.pytest_plugin", "-o", "asyncio_mode=auto",
                                          "-o", "asyncio_default_fixture_loop_scope=function")
    assert result.ret == 0, f"{example.id}: the example's tests failed\n" + "\n".join(result.outlines)
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) >= 1 and not outcomes.get("failed") and not outcomes.get("errors")


def test_the_docs_have_examples_and_few_are_skipped() -> None:
    paths = {e.path.as_posix() for e in EXAMPLES}
    assert "README.md" in paths and len(paths) > 3
    skipped = [e for e in EXAMPLES if "skip" in e.flags]
    assert len(skipped) * 5 <= len(EXAMPLES), [e.id for e in skipped]  # skipping is the exception


def test_the_extractor_finds_indented_blocks_and_reads_markers() -> None:
    text = ("# Page\n\n```sh\nmake test\n```\n\n- item\n\n    ```python\n    print(1)\n    ```\n\n"
            "```python\n# doc-example: skip: needs real credentials\nprint(2)\n```\n\n"
            "````py\n# doc-example: pytest\n```\n````\n")
    found = parse(text, Path("page.md"))
    assert [(e.line, e.code, e.flags, e.reason) for e in found] == [
        (10, "print(1)\n", frozenset(), None),
        (14, "# doc-example: skip: needs real credentials\nprint(2)\n", frozenset({"skip"}), "needs real credentials"),
        (19, "# doc-example: pytest\n```\n", frozenset({"pytest"}), None),
    ]
    assert found[0].padded().splitlines()[9] == "print(1)"


@pytest.mark.parametrize("marker", ["# doc-example: skip", "# doc-example: skip:", "# doc-example: later",
                                    "# doc-example skip: why"])
def test_a_bad_marker_is_refused(marker: str) -> None:
    with pytest.raises(MarkerError):
        parse(f"```python\n{marker}\nprint(1)\n```\n", Path("page.md"))


def test_a_failing_example_fails_its_test(fake_api: FakeSoracom) -> None:
    # The runner must not swallow errors: an example that calls an unknown SIM raises the client's error.
    (example,) = parse(
        "```python\nimport asyncio\nfrom soracom_client import Soracom\n\n\nasync def main() -> None:\n"
        "    async with Soracom.from_env() as soracom:\n        await soracom.sim.get_sim('8900000000000000000')\n\n\n"
        "asyncio.run(main())\n```\n", Path("page.md"))
    from soracom_client.errors import NotFoundError

    with pytest.raises(NotFoundError):
        test_example_runs_against_the_fake(example, fake_api)


def test_a_failing_example_test_module_fails_its_test(pytester: pytest.Pytester,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    (example,) = parse("```python\n# doc-example: pytest\nfrom soracom_client.testing import FakeSoracom\n\n\n"
                       "def test_it(fake_soracom: FakeSoracom) -> None:\n    assert fake_soracom.sms == ['x']\n```\n",
                       Path("page.md"))
    with pytest.raises(AssertionError, match="the example's tests failed"):
        test_example_test_module_passes(example, pytester, monkeypatch)
