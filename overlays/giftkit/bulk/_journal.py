"""The journal of a bulk run: one SQLite row per input row, every transition durably committed.

States: planned -> sending -> confirmed | failed | unknown; `skipped` for an invalid row run
with --skip-invalid. `sending` is committed (WAL, synchronous=FULL) before the request leaves,
so a crash at any moment leaves a row either untouched or marked as possibly sent. Concurrent
workers share commits (group commit: one fsync for every transition asked meanwhile). The file is
created with mode 0600: it keeps what the provider answered, codes included. One runner at a
time: an exclusive lock on `<journal>.lock`, released by the OS when the process dies.
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._errors import GiftkitError

STATES = ("planned", "sending", "confirmed", "failed", "unknown", "skipped")
TERMINAL = ("confirmed", "failed", "unknown", "skipped")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rows (
    line INTEGER PRIMARY KEY,
    reference TEXT NOT NULL,  -- unique among sent rows (checked); a skipped duplicate repeats it
    state TEXT NOT NULL,
    request TEXT,
    resource_id TEXT,
    answer TEXT,
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS rows_state ON rows (state, line);
"""


class JournalError(GiftkitError):
    """The journal cannot be used for this command: locked, or made for another input."""


@dataclass
class Entry:
    line: int
    reference: str
    state: str
    request: dict[str, Any]
    resource_id: str | None
    error: str | None
    attempts: int


class Journal:
    def __init__(self, path: Path, *, lock: bool = True, create: bool = True) -> None:
        self.path = path
        self._lock_handle: Any = None
        self._pending: list[tuple[Any, asyncio.Future[None]]] = []
        self._flusher: asyncio.Task[None] | None = None
        if not path.exists():
            if not create:
                raise JournalError(f"no journal at {path}")
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        if lock:
            self._lock()
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("PRAGMA busy_timeout=5000")
        self.db.executescript(_SCHEMA)

    def _lock(self) -> None:
        handle = os.open(f"{self.path}.lock", os.O_CREAT | os.O_RDWR, 0o600)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(handle)
            raise JournalError(
                f"{self.path} is in use by another giftkit runner; wait for it or stop it"
            ) from None
        self._lock_handle = handle

    def close(self) -> None:
        self.db.close()
        if self._lock_handle is not None:
            os.close(self._lock_handle)
            self._lock_handle = None

    # -- meta -------------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM meta").fetchall())

    def set_meta(self, values: dict[str, str]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", list(values.items())
        )

    # -- planning ---------------------------------------------------------------------

    def plan(self, rows: Iterator[tuple[int, str, str, dict[str, Any], str | None]]) -> int:
        """Insert (line, reference, state, request, error) rows in one transaction."""
        count = 0
        now = time.time()
        self.db.execute("BEGIN")
        try:
            for line, reference, state, request, error in rows:
                self.db.execute(
                    "INSERT INTO rows (line, reference, state, request, error, updated) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (line, reference, state, json.dumps(request), error, now),
                )
                count += 1
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('planned', 'yes')")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return count

    @property
    def planned(self) -> bool:
        return self.meta().get("planned") == "yes"

    # -- transitions: each one its own durable commit ------------------------------------

    def sending(self, line: int) -> None:
        self.db.execute(
            "UPDATE rows SET state='sending', attempts=attempts+1, updated=? WHERE line=?",
            (time.time(), line),
        )

    def settle(
        self,
        line: int,
        state: str,
        *,
        resource_id: str | None = None,
        answer: Any = None,
        error: str | None = None,
    ) -> None:
        self.db.execute(
            "UPDATE rows SET state=?, resource_id=COALESCE(?, resource_id), "
            "answer=COALESCE(?, answer), error=?, updated=? WHERE line=?",
            (
                state,
                resource_id,
                None if answer is None else json.dumps(answer),
                error,
                time.time(),
                line,
            ),
        )

    # -- reading ----------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        found = dict(self.db.execute("SELECT state, COUNT(*) FROM rows GROUP BY state").fetchall())
        return {state: int(found.get(state, 0)) for state in STATES}

    def entries(self, *states: str, batch: int = 500) -> Iterator[Entry]:
        """Rows in line order (in `states`, if given), read in batches: memory stays flat."""
        last = 0
        where = f"AND state IN ({','.join('?' * len(states))})" if states else ""
        while True:
            found = self.db.execute(
                "SELECT line, reference, state, request, resource_id, error, attempts FROM rows "
                f"WHERE line > ? {where} ORDER BY line LIMIT ?",
                (last, *states, batch),
            ).fetchall()
            if not found:
                return
            for line, reference, state, request, resource_id, error, attempts in found:
                yield Entry(
                    line,
                    reference,
                    state,
                    json.loads(request or "{}"),
                    resource_id,
                    error,
                    attempts,
                )
            last = found[-1][0]

    # -- group commit: the transitions of every worker that asked meanwhile, one fsync -----

    async def asending(self, line: int) -> None:
        """`sending`, durably committed when this returns (possibly with other workers' rows)."""
        await self._grouped(lambda: self.sending(line))

    async def asettle(self, line: int, state: str, **fields: Any) -> None:
        await self._grouped(lambda: self.settle(line, state, **fields))

    async def _grouped(self, change: Any) -> None:
        loop = asyncio.get_running_loop()
        done = loop.create_future()
        self._pending.append((change, done))
        if self._flusher is None or self._flusher.done():
            self._flusher = loop.create_task(self._flush())
        await done

    async def _flush(self) -> None:
        await asyncio.sleep(0)  # workers ready to write join this commit
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                self.db.execute("BEGIN IMMEDIATE")
                for change, _ in batch:
                    change()
                self.db.execute("COMMIT")
            except BaseException as exc:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                for _, done in batch:
                    done.set_exception(exc)
                continue
            for _, done in batch:
                done.set_result(None)

    def answer(self, line: int) -> Any:
        row = self.db.execute("SELECT answer FROM rows WHERE line=?", (line,)).fetchone()
        return json.loads(row[0]) if row and row[0] else None


def open_journal(path: str | Path, *, lock: bool = True, create: bool = True) -> Journal:
    return Journal(Path(path), lock=lock, create=create)
