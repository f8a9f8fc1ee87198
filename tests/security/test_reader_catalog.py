"""What docs/bi.md says of the reader's catalog: other schemas are listed (PostgreSQL's catalogs are readable by
every role), their rows are not readable."""

from __future__ import annotations

from inprocess import Innovdb


def test_the_reader_sees_the_core_schema_listed_but_cannot_read_it(innovdb: Innovdb) -> None:
    listed = innovdb("sql", "SELECT nspname FROM pg_namespace WHERE nspname IN ('core', 'analytics') ORDER BY 1",
                     "--format", "csv")
    assert listed.out.splitlines() == ["nspname", "analytics", "core"]
    refused = innovdb("sql", "SELECT count(*) FROM core.documents")
    assert refused.code == 1 and "permission denied for schema core" in refused.err


def test_the_reader_reads_analytics_without_naming_the_schema(innovdb: Innovdb) -> None:
    result = innovdb("sql", "SELECT count(*) AS n FROM v_targets", "--format", "csv")
    assert result.code == 0, result.err
    assert int(result.out.splitlines()[1]) > 0
