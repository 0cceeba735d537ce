"""giftkit.paginate memory: the peak of a walk stays that of one page, whatever the length.

Walks Rebilly's GetCouponCollection on the simulator (pages of 100) over 200 and over 1,100
coupons (with pages of 100, as far as Rebilly's documented offset bound, 1000, reaches) and
prints the tracemalloc peak of each walk next to the peak of holding all 1,100 parsed coupons
at once. Flat means the 1,100-item walk peaks near the 200-item one.
Run: .venv/bin/python scripts/bench_paginate.py
"""

from __future__ import annotations

import copy
import gc
import tracemalloc
from typing import Any

import giftkit
import giftkit.testing as testing

PAGE = 100
SMALL, LARGE = 200, 1_100


def _simulator_with(count: int) -> tuple[Any, Any]:
    sim = testing.simulator("rebilly", seed=0)
    client = giftkit.connect(
        "rebilly",
        base_url=sim.base_url,
        transport=sim.transport(),
        clock=sim.clock,
        **sim.fixtures["connect"],
    )
    from rebilly_client.api.coupons import put_coupon
    from rebilly_client.models.coupon import Coupon

    body = Coupon.from_dict(
        {
            "discount": {"type": "percent", "value": 5, "context": "items"},
            "issuedTime": "2020-01-01T00:00:00Z",
        }
    )
    put_coupon.sync("BENCH-0", client=client, body=body)
    coupons = sim.store["coupons"]
    template = coupons.get("BENCH-0")
    for n in range(1, count):
        row = copy.deepcopy(template)
        row["id"] = f"BENCH-{n}"
        coupons.put(row["id"], row)
    return sim, client


def _peak(walk: Any) -> tuple[int, int]:
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    count = walk()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return count, peak


def measure() -> dict[str, float]:
    from rebilly_client.api.coupons import get_coupon_collection

    results = {}
    for count in (SMALL, LARGE):
        _, client = _simulator_with(count)

        def walk(c: Any = client) -> int:
            return sum(1 for _ in giftkit.paginate(get_coupon_collection, client=c, page_size=PAGE))

        seen, peak = _peak(walk)
        assert seen == count, (seen, count)
        results[f"walk_{count}_peak_mib"] = peak / 2**20

    def hold_all(c: Any = client) -> int:
        items = list(giftkit.paginate(get_coupon_collection, client=c, page_size=PAGE))
        return len(items)

    _, held = _peak(hold_all)
    results["hold_large_peak_mib"] = held / 2**20
    return results


def main() -> int:
    r = measure()
    small, large = r[f"walk_{SMALL}_peak_mib"], r[f"walk_{LARGE}_peak_mib"]
    ratio = large / small
    print(
        f"paginate (Rebilly simulator, pages of {PAGE}): peak {small:.2f} MiB over {SMALL} "
        f"items, {large:.2f} MiB over {LARGE} (x{ratio:.2f}); holding all {LARGE}: "
        f"{r['hold_large_peak_mib']:.2f} MiB"
    )
    return 0 if ratio < 2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
