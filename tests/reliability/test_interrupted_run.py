"""`innovdb etl run` stopped with Ctrl-C (SIGINT) exits 130 and its run is recorded as interrupted."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from harness import LiveRun, env_for, query, scratch_database


def test_ctrl_c_is_recorded_as_interrupted(corpus: Path, server_url: str, template_url: str,
                                           base_env: dict[str, str]) -> None:
    with scratch_database(server_url, template_url) as url:
        run = LiveRun(["etl", "run", str(corpus), "--batch-size", "10", "--log-format", "json"],
                      env_for(base_env, url))
        try:
            for event in run.events():
                if event["event"] == "batch_loaded":
                    break
            os.kill(run.pid, signal.SIGINT)
            assert run.wait() == 130
        finally:
            run.close()
        [(status, error)] = query(url, "SELECT status, error FROM core.etl_runs")
    assert status == "failed"
    assert error.startswith("interrupted"), error
