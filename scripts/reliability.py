"""`make reliability`: the reliability and security campaign (issue 6) — not built yet."""

import sys

print("make reliability: not built yet — the fault campaign of issue 6 has not been implemented.", file=sys.stderr)
raise SystemExit(2)
