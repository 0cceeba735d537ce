"""`giftkit serve -v` logs each request by operation and path template."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import httpx

from giftkit import testing
from giftkit.testing._contract import auth_headers


def test_serve_verbose_logs_requests() -> None:
    provider = "rebilly" if "rebilly" in testing.providers() else testing.providers()[0]
    sim = testing.simulator(provider)
    get = next(op for op in sim.index.operations.values() if op.method == "GET" and "{" in op.path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "giftkit.cli", "serve", provider, "-v"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stderr is not None
        base_url = proc.stdout.readline().rsplit(" ", 1)[-1].strip()
        secret_looking = "SECRET-CODE-123"
        path = re.sub(r"\{[^}]+\}", secret_looking, get.path)
        for _ in range(100):
            try:
                answer = httpx.get(base_url + path, headers=auth_headers(sim), timeout=5)
                break
            except httpx.ConnectError:
                time.sleep(0.05)
        line = proc.stderr.readline()
        assert line.startswith(f"GET {get.operation_id} {get.path} -> {answer.status_code} in ")
        assert secret_looking not in line
    finally:
        proc.terminate()
        proc.wait(timeout=10)
