"""Load seeds/reference into the core tables: idempotent, set-based, in the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable

import psycopg

from etl import reference
from etl.aliases import alias_key


def _copy(cur: psycopg.Cursor, table: str, columns: tuple[str, ...], rows: Iterable[tuple]) -> None:
    cols = ", ".join(columns)
    with cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def load_reference(conn: psycopg.Connection) -> dict[str, int]:
    """Upsert indicators, regions, organizations, programs and their aliases from the reference files.

    Rows are matched by canonical name (code for indicators); aliases are added, never removed, since
    documents may have added aliases of their own. Returns the number of reference rows of each kind.
    """
    regions = reference.regions()
    entities = {"organizations": reference.organizations(), "programs": reference.programs()}
    indicators = reference.indicators()
    with conn.cursor() as cur:
        cur.execute(
            "CREATE TEMP TABLE stage_indicators (code text, unit text, label_en text, label_fr text,"
            " description text) ON COMMIT DROP;"
            "CREATE TEMP TABLE stage_entities (tbl text, name text, kind text, parent text) ON COMMIT DROP;"
            "CREATE TEMP TABLE stage_aliases (tbl text, name text, alias text, alias_key text, language text)"
            " ON COMMIT DROP"
        )
        _copy(cur, "stage_indicators", ("code", "unit", "label_en", "label_fr", "description"),
              ((i.code, i.unit, i.label_en, i.label_fr, i.description) for i in indicators))
        _copy(cur, "stage_entities", ("tbl", "name", "kind", "parent"), [
            *(("regions", r.name, r.kind, r.parent) for r in regions),
            *((tbl, e.name, e.kind, e.region) for tbl, refs in entities.items() for e in refs),
        ])
        _copy(cur, "stage_aliases", ("tbl", "name", "alias", "alias_key", "language"), [
            (tbl, ref.name, alias, alias_key(alias), lang)
            for tbl, refs in (("regions", regions), *entities.items())
            for ref in refs
            for alias, lang in ((ref.name, "en"), *ref.aliases)
        ])
        cur.execute(
            """
            INSERT INTO core.indicators (code, unit, label_en, label_fr, description, source)
            SELECT code, unit, label_en, label_fr, description, 'reference' FROM stage_indicators
            ON CONFLICT (code) DO UPDATE SET unit = excluded.unit, label_en = excluded.label_en,
                label_fr = excluded.label_fr, description = excluded.description, source = 'reference'
            WHERE (core.indicators.unit, core.indicators.label_en, core.indicators.label_fr,
                   core.indicators.description, core.indicators.source)
                IS DISTINCT FROM (excluded.unit, excluded.label_en, excluded.label_fr,
                   excluded.description, 'reference');

            INSERT INTO core.regions (name, kind, source)
            SELECT name, kind, 'reference' FROM stage_entities WHERE tbl = 'regions'
            ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, source = 'reference'
            WHERE (core.regions.kind, core.regions.source) IS DISTINCT FROM (excluded.kind, 'reference');

            UPDATE core.regions r SET parent_id = p.id
            FROM stage_entities s JOIN core.regions p ON p.name = s.parent
            WHERE s.tbl = 'regions' AND r.name = s.name AND r.parent_id IS DISTINCT FROM p.id;
            """
        )
        for table in entities:
            cur.execute(
                f"""
                INSERT INTO core.{table} (name, kind, region_id, source)
                SELECT s.name, s.kind, r.id, 'reference'
                FROM stage_entities s LEFT JOIN core.regions r ON r.name = s.parent
                WHERE s.tbl = %(tbl)s
                ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, region_id = excluded.region_id,
                    source = 'reference'
                WHERE (core.{table}.kind, core.{table}.region_id, core.{table}.source)
                    IS DISTINCT FROM (excluded.kind, excluded.region_id, 'reference')
                """,
                {"tbl": table},
            )
        for table, fk in (("regions", "region_id"), ("organizations", "organization_id"),
                          ("programs", "program_id")):
            alias_table = f"core.{table[:-1]}_aliases"
            cur.execute(
                f"""
                INSERT INTO {alias_table} ({fk}, alias, alias_key, language)
                SELECT DISTINCT ON (e.id, s.alias) e.id, s.alias, s.alias_key, s.language
                FROM stage_aliases s JOIN core.{table} e ON e.name = s.name
                WHERE s.tbl = %(tbl)s
                ORDER BY e.id, s.alias, s.language
                ON CONFLICT ({fk}, alias) DO NOTHING
                """,
                {"tbl": table},
            )
        # the file is the whole truth about rates: a row removed from it goes from the table too
        rates = reference.exchange_rates()
        cur.execute("CREATE TEMP TABLE stage_rates (currency text, year integer, cny_per_unit double precision,"
                    " source text) ON COMMIT DROP")
        _copy(cur, "stage_rates", ("currency", "year", "cny_per_unit", "source"),
              ((r.currency, r.year, r.cny_per_unit, r.source) for r in rates))
        cur.execute(
            """
            DELETE FROM core.exchange_rates AS x
            WHERE NOT EXISTS (SELECT 1 FROM stage_rates AS s WHERE s.currency = x.currency AND s.year = x.year);
            INSERT INTO core.exchange_rates (currency, year, cny_per_unit, source)
            SELECT currency, year, cny_per_unit, source FROM stage_rates
            ON CONFLICT (currency, year) DO UPDATE SET cny_per_unit = excluded.cny_per_unit,
                source = excluded.source
            WHERE (core.exchange_rates.cny_per_unit, core.exchange_rates.source)
                IS DISTINCT FROM (excluded.cny_per_unit, excluded.source);
            """
        )
    return {"indicators": len(indicators), "regions": len(regions), "exchange_rates": len(rates),
            **{k: len(v) for k, v in entities.items()}}
