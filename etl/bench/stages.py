"""Where the time of a whole `innovdb` command goes: `python -m etl.bench.stages -q etl run PATH --workers 2`
runs the command as `innovdb` would and, at exit, prints one JSON line on stderr: the imports, the plan,
the time the coordinator waited for extractions and the time it spent loading (docs/scaling.md)."""

from __future__ import annotations

import atexit
import json
import sys
import time
from collections.abc import Iterator
from typing import Any

_started = time.perf_counter()

from etl import executors, run  # noqa: E402  (imports are the first stage timed)
from etl.cli import main  # noqa: E402
from etl.extract import extract  # noqa: E402, F401  (the extractor's import, which every run pays)

seconds: dict[str, float] = {"imports_s": time.perf_counter() - _started, "plan_s": 0.0, "extract_wait_s": 0.0,
                             "load_s": 0.0}


def _timed(name: str, function: Any) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[name] += time.perf_counter() - started

    return wrapper


def _waits(extractions: Iterator[Any]) -> Iterator[Any]:
    while True:
        started = time.perf_counter()
        try:
            item = next(extractions)
        except StopIteration:
            return
        finally:
            seconds["extract_wait_s"] += time.perf_counter() - started
        yield item


def _report() -> None:
    figures = {**seconds, "total_s": time.perf_counter() - _started}
    print(json.dumps({"stages": {k: round(v, 3) for k, v in figures.items()}}), file=sys.stderr)


if __name__ == "__main__":
    run._plan = _timed("plan_s", run._plan)
    run._load_batch = _timed("load_s", run._load_batch)
    for cls in (executors.LocalExecutor, executors.DaskExecutor):
        original = cls.extract
        cls.extract = lambda self, files, max_bytes, _original=original: _waits(_original(self, files, max_bytes))
    atexit.register(_report)
    sys.argv[0] = "innovdb"
    main()
