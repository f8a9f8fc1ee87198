"""What a run tells its user: a progress bar on a terminal, else one line per event (text or JSON)."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from typing import Any, TextIO


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
        if name != "batch_loaded" or fields.get("done") == fields.get("total"):
            details = " ".join(f"{k}={v}" for k, v in fields.items())
            self.stream.write(f"innovdb: {name.replace('_', ' ')} {details}\n")
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
