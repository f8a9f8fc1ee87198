"""The benchmark of docs/benchmarks.md: synthetic corpus, timed ETL runs, view timings, extraction score."""
