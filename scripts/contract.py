"""`make contract`: the in-process schemathesis suite against every simulator, one table.

scripts/contract.py          fixed seed, derandomized (CI)
scripts/contract.py --deep   more examples, random seeds (`make contract-deep`)
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--deep", action="store_true", help="more examples, random seeds")
    parser.add_argument("--max-examples", type=int)
    args = parser.parse_args()
    if args.deep:
        os.environ["GIFTKIT_CONTRACT_DEEP"] = "1"
    if args.max_examples:
        os.environ["GIFTKIT_CONTRACT_MAX_EXAMPLES"] = str(args.max_examples)

    import pytest

    from giftkit.testing._contract import SESSION_RECORDER

    started = time.monotonic()
    code = pytest.main(
        [
            "-q",
            "-p",
            "no:cacheprovider",
            "--no-header",
            "-o",
            "addopts=",
            "-W",
            "ignore::DeprecationWarning",
            str(ROOT / "tests" / "contract" / "test_schemathesis.py"),
            str(ROOT / "tests" / "contract" / "test_stateful.py"),
        ]
    )
    print()
    print(SESSION_RECORDER.summary_table())
    mode = "deep (random seeds)" if args.deep else "fixed seed"
    print(
        f"\ncontract suite, {mode}: {'FAILED' if code else 'passed'} in "
        f"{time.monotonic() - started:.1f}s; details in reports/contract.md"
    )
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
