"""What a run tells its user: a progress bar on a terminal, else one line per event (text or JSON): one per
batch, and one at once and every 30 s while the run waits for another run's lock."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from typing import Any, TextIO


def _fields_line(name: str, fields: dict[str, Any]) -> str:
    return " ".join([name.replace("_", " "), *(f"{k}={v}" for k, v in fields.items())])


def _batch_line(name: str, f: dict[str, Any]) -> str:
    rate = f["done"] / f["seconds"] if f.get("seconds") else 0.0
    return (f"batch loaded: {f['done']}/{f['total']} documents done, {f['facts']} facts added, "
            f"{rate:.1f} documents/s")


def _lock_wait_line(name: str, f: dict[str, Any]) -> str:
    if "holder_run" in f:
        holder = f"run {f['holder_run']} (pid {f['holder_pid']}, started {f['holder_started']})"
    elif "holder_session_pid" in f:
        holder = f"database session {f['holder_session_pid']} (started {f['holder_started']}), not an innovdb run"
    else:
        holder = "a run that has just finished"
    return (f"waiting for the run lock, held by {holder}: waited {f['waited_seconds']:g} s "
            f"of --lock-timeout {f['timeout_seconds']:g} s")


_TEXT_LINES = {
    "batch_loaded": _batch_line,
    "lock_wait": _lock_wait_line,
    "lock_acquired": lambda name, f: f"lock acquired after waiting {f['waited_seconds']:g} s",
    "document_warning": lambda name, f: f"warning: {f['path']}: {f['warning']}",
    "views_refreshed": lambda name, f: f"precomputed analytics views refreshed in {f['seconds']:g} s"
                                       + (" (rebuilt whole)" if f.get("keys") == "all"
                                          else f" ({f.get('keys')} keys)"),
}


class Reporter:
    """Receives run events (`reporter(name, **fields)`) and writes them to stderr."""

    def __init__(self, log_format: str = "text", quiet: bool = False, stream: TextIO | None = None) -> None:
        self.log_format, self.quiet = log_format, quiet
        self.stream = stream or sys.stderr
        self._progress: Any = None
        self._task: Any = None

    def __call__(self, name: str, **fields: Any) -> None:
        if self.log_format == "json":
            record = {"ts": datetime.now(UTC).isoformat(timespec="milliseconds"), "event": name, **fields}
            self.stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            self.stream.flush()
            return
        if self.quiet:
            return
        if self.stream.isatty() and name in ("planned", "batch_loaded", "run_finished"):
            self._bar(name, fields)
            return
        if name == "run_finished":
            return  # the command prints the summary
        line = _TEXT_LINES.get(name, _fields_line)(name, fields)
        self.stream.write(f"innovdb: {line}\n")
        self.stream.flush()

    def _bar(self, name: str, fields: dict[str, Any]) -> None:
        from rich.console import Console
        from rich.progress import Progress

        if name == "planned":
            self._progress = Progress(console=Console(file=self.stream), transient=True)
            self._progress.start()
            self._task = self._progress.add_task("loading documents", total=fields["load"])
        elif name == "batch_loaded" and self._progress is not None:
            self._progress.update(self._task, completed=fields["done"])
        elif name == "run_finished" and self._progress is not None:
            self._progress.stop()
            self._progress = None
