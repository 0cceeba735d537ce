"""Official provider SDKs, unchanged, against giftkit's simulators over loopback HTTP.

A provider's simulator declares the official SDK it must serve (`official_sdk`: the PyPI
distribution, a dev dependency) and drives it (`run_official_sdk(base_url)`, raising on any
disagreement); or it declares why that does not apply (`official_sdk_not_applicable`: the reason).
A simulator that declares neither is skipped with that said, never silently. Whatever the
scenario asserts, this family also requires that the SDK reached every operation of the
provider's spec, that every call was answered by a documented operation, and that nothing was
issued twice.
"""

from __future__ import annotations

import importlib.metadata
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from giftkit.testing import WallClock, providers, simulator
from giftkit.testing._core import Simulator


@contextmanager
def served(sim: Simulator) -> Iterator[str]:
    """`sim` over real HTTP on 127.0.0.1 (SDKs bring their own HTTP stacks): its base URL."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(sim.app, log_level="warning", lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started and thread.is_alive():
            threading.Event().wait(0.01)
        base_url = f"http://127.0.0.1:{sock.getsockname()[1]}{sim.index.base_path}"
        sim.base_url = base_url
        yield base_url
    finally:
        server.should_exit = True
        thread.join()
        sock.close()


def _declared(sim: Simulator) -> str:
    """The SDK distribution `sim` declares; pytest.skip with the reason when it declares none."""
    distribution = getattr(sim, "official_sdk", None)
    if distribution:
        return str(distribution)
    reason = getattr(sim, "official_sdk_not_applicable", None)
    if reason:
        pytest.skip(f"{sim.provider}: official SDK not applicable: {reason}")
    pytest.skip(
        f"{sim.provider}: its simulator declares neither `official_sdk` nor "
        "`official_sdk_not_applicable` (the reason)"
    )


@pytest.mark.parametrize("provider", providers())
def test_official_sdk_works_unchanged_against_the_simulator(provider: str) -> None:
    sim = simulator(provider, clock=WallClock())
    distribution = _declared(sim)
    # Fails loudly (PackageNotFoundError) when the declared SDK is not a dev dependency.
    assert importlib.metadata.version(distribution)
    with served(sim) as base_url:
        sim.run_official_sdk(base_url)  # type: ignore[attr-defined]
    reached = {label for label, _, _ in sim.requests}
    missing = sorted(set(sim.index.operations) - reached)
    assert not missing, f"{provider}: the SDK scenario never reached {missing}"
    unrouted = sorted({f"{m} {label} -> {s}" for label, m, s in sim.requests if label[:1] == "/"})
    assert not unrouted, f"{provider}: the SDK called what the spec does not document: {unrouted}"
    assert not [s for _, _, s in sim.requests if s in (405, 501)], sim.requests
    assert not sim.ledger.duplicates(), sim.ledger.duplicates()
