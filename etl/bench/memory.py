"""Peak resident memory of a run as it goes: the coordinator and its extraction workers, at given numbers
of documents loaded, so `innovdb bench` can show whether memory grows with the number of documents.

Linux only (/proc): elsewhere the figures are None. The coordinator's high-water mark is reset when the
run starts (/proc/self/clear_refs), so what came before in the same process does not count as the run's.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any


def _hwm_mb(pid: int | str) -> float | None:
    """VmHWM (peak RSS) of a process in MiB, None when it is gone or /proc does not exist."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return None


def _descendants(pid: int) -> list[int]:
    out: list[int] = []
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(OSError):
                for child in (task / "children").read_text().split():
                    out += [int(child), *_descendants(int(child))]
    return out


def reset_peak() -> bool:
    """Restart this process's high-water mark at its current RSS (Linux >= 4.0)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def tree_peak_mb() -> dict[str, float | None]:
    """Peak RSS of this process, and the largest peak of its live child processes (the extraction workers)."""
    workers = [m for m in (_hwm_mb(p) for p in _descendants(os.getpid())) if m is not None]
    return {"coordinator": _hwm_mb("self"), "worker_max": max(workers) if workers else None,
            "workers": len(workers)}


class PeakAt:
    """An `etl run` event listener recording tree_peak_mb() when the documents done first reach each mark
    (a mark equal to the documents to load is read at the last batch, while the workers are still alive)."""

    def __init__(self, marks: list[int]) -> None:
        self.marks = sorted(set(marks))
        self.peaks: dict[str, dict[str, Any]] = {}
        self.at_start: float | None = None

    def __call__(self, name: str, **fields: Any) -> None:
        if name == "run_started":
            reset_peak()
            self.at_start = _hwm_mb("self")
        elif name == "batch_loaded":
            done = int(fields["done"])
            for mark in self.marks:
                if str(mark) not in self.peaks and done >= mark:
                    self.peaks[str(mark)] = {"documents": done, **tree_peak_mb()}

    def result(self) -> dict[str, Any]:
        return {"coordinator_at_start": self.at_start, **self.peaks}
