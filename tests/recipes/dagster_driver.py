"""Run by the Dagster virtual environment's Python (not the project's): materialize the recipe's job once on
an ephemeral instance, hand a failed run to the recipe's run-failure sensor, print the outcome as JSON.

usage: python dagster_driver.py examples/dagster/definitions.py
"""

from __future__ import annotations

import importlib.util
import json
import sys

from dagster import DagsterEventType, DagsterInstance, build_run_status_sensor_context

spec = importlib.util.spec_from_file_location("definitions", sys.argv[1])
assert spec and spec.loader
recipe = importlib.util.module_from_spec(spec)
spec.loader.exec_module(recipe)

with DagsterInstance.ephemeral() as instance:
    result = recipe.defs.resolve_job_def("innovdb_etl_job").execute_in_process(instance=instance, raise_on_error=False)
    records = instance.all_logs(result.run_id)
    retry = DagsterEventType.STEP_UP_FOR_RETRY
    tries = 1 + sum(1 for r in records if r.dagster_event and r.dagster_event.event_type == retry)
    materializations = result.asset_materializations_for_node("innovdb_documents")
    metadata = {k: v.value for k, v in materializations[0].metadata.items()} if materializations else None
    if not result.success:
        context = build_run_status_sensor_context(
            sensor_name="page_on_failure", dagster_event=result.get_run_failure_event(), dagster_instance=instance,
            dagster_run=result.dagster_run,
        ).for_run_failure()
        recipe.page_on_failure(context)
    print(json.dumps({"success": result.success, "tries": tries, "metadata": metadata}, default=str))
