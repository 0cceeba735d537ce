"""`giftkit contract` never passes silently: a server that is down, refuses, hangs or does not
answer as specified is a non-zero exit whose reason is on the console, and the JUnit file and
the Markdown summary say the same as the exit status."""

from __future__ import annotations

import os
import re
import socket
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from giftkit import cli, testing
from giftkit._connect import env_name
from giftkit.testing._contract_run import problem_of

# the provider with the fewest operations keeps the runs short
PROVIDER = min(testing.providers(), key=lambda p: len(testing.simulator(p).index.operations))


@pytest.fixture(autouse=True)
def _credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("GIFTKIT_"):
            monkeypatch.delenv(name)
    for keyword, value in testing.simulator(PROVIDER).fixtures["connect"].items():
        monkeypatch.setenv(env_name(PROVIDER, keyword), value)


def _serve_socket(handle: Callable[[socket.socket], None]) -> Iterator[str]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    stop = threading.Event()
    held: list[socket.socket] = []

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            held.append(conn)
            handle(conn)

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    listener.close()


@pytest.fixture
def refused() -> str:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.fixture
def silent() -> Iterator[str]:
    yield from _serve_socket(lambda conn: None)  # accepts, never answers


@pytest.fixture
def not_http() -> Iterator[str]:
    def junk(conn: socket.socket) -> None:
        conn.sendall(b"\x00\x01 hello, this is no HTTP\r\n\r\n")
        conn.close()

    yield from _serve_socket(junk)


@pytest.fixture
def garbage() -> Iterator[str]:
    class Garbage(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b"{not json")

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Garbage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def _run(
    base_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, str, Path]:
    report = tmp_path / "contract.xml"
    argv = [
        "contract",
        PROVIDER,
        "--base-url",
        base_url,
        "--max-examples",
        "1",
        "--report",
        str(report),
    ]
    code = cli.main([*argv, "--timeout", "0.5", *extra])
    return code, capsys.readouterr().out, report


@pytest.mark.parametrize(
    ("server", "says"),
    [
        ("refused", "connection refused to {url}"),
        ("silent", "timed out to {url}"),
        ("not_http", "the answer is not HTTP to {url}"),
    ],
)
def test_an_unreachable_server_fails_and_says_why(
    server: str,
    says: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = request.getfixturevalue(server)
    code, out, report = _run(url, tmp_path, capsys)
    assert code == 1
    assert says.format(url=url) in out
    _assert_reports_agree(report, out, failed=True)


def test_a_garbage_answering_server_fails(
    garbage: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, report = _run(garbage, tmp_path, capsys)
    assert code == 1
    assert f"{PROVIDER}: FAIL" in out and "contract: FAIL" in out
    _assert_reports_agree(report, out, failed=True)


def test_a_passing_run_reports_pass_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "contract.xml"
    code = cli.main(["contract", PROVIDER, "--max-examples", "2", "--report", str(report)])
    out = capsys.readouterr().out
    assert code == 0, out
    _assert_reports_agree(report, out, failed=False)


def _assert_reports_agree(report: Path, out: str, *, failed: bool) -> None:
    junit = report.read_text()
    failures = int(re.search(r'failures="(\d+)"', junit).group(1))  # type: ignore[union-attr]
    assert (failures > 0) is failed
    markdown = report.with_suffix(".md").read_text()
    assert markdown.startswith(f"# giftkit contract: {'FAIL' if failed else 'pass'}")
    for table in re.findall(r"(?:^\|.*\|\n)+", markdown, flags=re.MULTILINE):
        widths = {row.count(" | ") for row in table.splitlines()}
        assert len(widths) == 1, f"misaligned table:\n{table}"
    assert f"details: {report}" in out  # the console says where the report is


def test_transport_problems_are_named_through_the_cause_chain(refused: str) -> None:
    with pytest.raises(requests.ConnectionError) as info:
        requests.get(refused, timeout=2)
    assert problem_of(info.value) == "connection refused"
    assert problem_of(ValueError("not a transport problem")) is None
