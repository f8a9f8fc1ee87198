"""Base tables of innovdb, in schema `core`. Views live in `analytics` and are managed by sql/views/."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    Double,
    ForeignKey,
    Integer,
    MetaData,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from etl.records import QUALIFIERS

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

RUN_STATUSES = ("running", "succeeded", "partial", "failed")
CORRECTION_ACTIONS = ("reject", "fix", "add")
CORRECTION_STATUSES = ("applied", "unmatched", "invalid")
ENTITY_SOURCES = ("reference", "document")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(schema="core", naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSONB, float: Double, str: Text}


# --- entities --------------------------------------------------------------------------------------------


class Region(Base):
    """Countries, provinces, cities, districts, economic regions and innovation clusters."""

    __tablename__ = "regions"
    __table_args__ = (CheckConstraint(_in("source", ENTITY_SOURCES), name="source"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)  # canonical English name
    kind: Mapped[str | None]
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id", ondelete="SET NULL"), index=True)
    source: Mapped[str] = mapped_column(server_default="reference")


class Organization(Base):
    """Companies, universities, institutes, facilities, government bodies."""

    __tablename__ = "organizations"
    __table_args__ = (CheckConstraint(_in("source", ENTITY_SOURCES), name="source"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    kind: Mapped[str | None]
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id", ondelete="SET NULL"), index=True)
    source: Mapped[str] = mapped_column(server_default="reference")


class Program(Base):
    """Parks, corridors, zones, plans, hubs, campuses, initiatives."""

    __tablename__ = "programs"
    __table_args__ = (CheckConstraint(_in("source", ENTITY_SOURCES), name="source"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    kind: Mapped[str | None]
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id", ondelete="SET NULL"), index=True)
    source: Mapped[str] = mapped_column(server_default="reference")


class _AliasColumns:
    """An alias of an entity: the surface form, its key (etl.aliases.alias_key) and its language."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alias: Mapped[str]
    alias_key: Mapped[str] = mapped_column(index=True)
    language: Mapped[str | None]


class RegionAlias(_AliasColumns, Base):
    __tablename__ = "region_aliases"
    __table_args__ = (UniqueConstraint("region_id", "alias"),)
    region_id: Mapped[int] = mapped_column(ForeignKey("regions.id", ondelete="CASCADE"))


class OrganizationAlias(_AliasColumns, Base):
    __tablename__ = "organization_aliases"
    __table_args__ = (UniqueConstraint("organization_id", "alias"),)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))


class ProgramAlias(_AliasColumns, Base):
    __tablename__ = "program_aliases"
    __table_args__ = (UniqueConstraint("program_id", "alias"),)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))


class Indicator(Base):
    """The metric vocabulary (FACTS.md), plus codes first seen in documents."""

    __tablename__ = "indicators"
    __table_args__ = (CheckConstraint(_in("source", ENTITY_SOURCES), name="source"),)

    code: Mapped[str] = mapped_column(primary_key=True)
    unit: Mapped[str]
    label_en: Mapped[str | None]
    label_fr: Mapped[str | None]
    description: Mapped[str | None]
    source: Mapped[str] = mapped_column(server_default="reference")


# --- runs and documents ----------------------------------------------------------------------------------


class EtlRun(Base):
    """One `innovdb etl run`: every loaded row carries the id of the run that loaded it."""

    __tablename__ = "etl_runs"
    __table_args__ = (CheckConstraint(_in("status", RUN_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(server_default="running")
    arguments: Mapped[dict[str, Any]] = mapped_column(server_default="{}")
    counts: Mapped[dict[str, Any]] = mapped_column(server_default="{}")
    extractor_version: Mapped[str]
    error: Mapped[str | None]
    min_confidence: Mapped[float | None]  # facts below it stay out of the analytics views (see v_facts)


class EtlRejection(Base):
    """A document a run refused, with the reason."""

    __tablename__ = "etl_rejections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("etl_runs.id", ondelete="CASCADE"), index=True)
    path: Mapped[str]
    reason: Mapped[str]
    rejected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Document(Base):
    """A loaded document, identified by its path; its text is what every evidence offset refers to."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(unique=True)
    name: Mapped[str]  # file name, the `doc` of the extract records
    sha256: Mapped[str]
    title: Mapped[str | None]
    language: Mapped[str | None]
    published: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str | None]
    url: Mapped[str | None]
    encoding: Mapped[str | None]
    warning: Mapped[str | None]  # what the reader repaired to read it (bytes that were not UTF-8...)
    extractor_version: Mapped[str]
    text: Mapped[str]
    corrections_sha256: Mapped[str | None]  # of the corrections that applied: a changed one reloads the document
    run_id: Mapped[int] = mapped_column(ForeignKey("etl_runs.id"), index=True)
    loaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Mention(Base):
    """An entity named in a document (whether or not a fact is about it)."""

    __tablename__ = "mentions"
    __table_args__ = (
        CheckConstraint("num_nonnulls(region_id, organization_id, program_id) = 1", name="one_subject"),
        UniqueConstraint(
            "document_id", "region_id", "organization_id", "program_id",
            name="uq_mentions_document_subject", postgresql_nulls_not_distinct=True,
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("etl_runs.id"))


# --- facts -----------------------------------------------------------------------------------------------


class _FactColumns:
    """A value of one subject (exactly one of region, organization, program) for one indicator."""

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    value: Mapped[float]
    value_high: Mapped[float | None]
    unit: Mapped[str]
    qualifier: Mapped[str] = mapped_column(server_default="exact")
    year: Mapped[int | None]
    confidence: Mapped[float] = mapped_column(server_default="1")  # the highest of its evidence rows

    @declared_attr
    def region_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("regions.id", ondelete="CASCADE"), index=True)

    @declared_attr
    def organization_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)

    @declared_attr
    def program_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("programs.id", ondelete="CASCADE"), index=True)

    @declared_attr
    def indicator_code(cls) -> Mapped[str]:
        return mapped_column(ForeignKey("indicators.code", onupdate="CASCADE"), index=True)

    @declared_attr
    def run_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("etl_runs.id"))

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        return (
            CheckConstraint("num_nonnulls(region_id, organization_id, program_id) = 1", name="one_subject"),
            CheckConstraint(_in("qualifier", QUALIFIERS), name="qualifier"),
            CheckConstraint("value_high IS NULL OR value_high >= value", name="range_order"),
            CheckConstraint("year IS NULL OR year BETWEEN 1900 AND 2200", name="year_range"),
            # the same fact from several documents is one row (with one evidence per document span)
            UniqueConstraint(
                "region_id", "organization_id", "program_id", "indicator_code", "year", "value", "value_high",
                "unit", name=f"uq_{cls.__tablename__}_fact", postgresql_nulls_not_distinct=True,
            ),
        )


class Target(_FactColumns, Base):
    """A value a subject aims to reach, usually by `year`."""

    __tablename__ = "targets"


class Metric(_FactColumns, Base):
    """An observed (current or past) value; `year` is the year it refers to, when the text gives one."""

    __tablename__ = "metrics"


class Evidence(Base):
    """The exact span of a document that states a target or a metric: documents.text[start:end] == quote."""

    __tablename__ = "evidence"
    __table_args__ = (
        CheckConstraint("num_nonnulls(target_id, metric_id) = 1", name="one_fact"),
        CheckConstraint("start_offset >= 0 AND end_offset > start_offset", name="span"),
        CheckConstraint(_in("qualifier", QUALIFIERS), name="qualifier"),
        UniqueConstraint(
            "document_id", "start_offset", "end_offset", "target_id", "metric_id",
            name="uq_evidence_span_fact", postgresql_nulls_not_distinct=True,
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    target_id: Mapped[int | None] = mapped_column(ForeignKey("targets.id", ondelete="CASCADE"), index=True)
    metric_id: Mapped[int | None] = mapped_column(ForeignKey("metrics.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    start_offset: Mapped[int]
    end_offset: Mapped[int]
    quote: Mapped[str]
    qualifier: Mapped[str] = mapped_column(server_default="exact")  # as this document states it
    confidence: Mapped[float] = mapped_column(server_default="1")  # the extractor's; 1 when corrected
    correction_id: Mapped[int | None] = mapped_column(ForeignKey("corrections.id", ondelete="SET NULL"), index=True)
    original: Mapped[dict[str, Any] | None]  # the fact as extracted, when a correction changed it
    run_id: Mapped[int] = mapped_column(ForeignKey("etl_runs.id"))


class Correction(Base):
    """An entry of a corrections file as the latest load of its document applied it (or could not)."""

    __tablename__ = "corrections"
    __table_args__ = (
        CheckConstraint(_in("action", CORRECTION_ACTIONS), name="action"),
        CheckConstraint(_in("status", CORRECTION_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    source: Mapped[str]  # the corrections file
    line: Mapped[int]
    document: Mapped[str]  # as the entry names it
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    quote: Mapped[str]
    occurrence: Mapped[int] = mapped_column(server_default="1")
    action: Mapped[str]
    reason: Mapped[str | None]
    changes: Mapped[dict[str, Any]] = mapped_column(server_default="{}")  # `set` of a fix, `fact` of an add
    status: Mapped[str]
    detail: Mapped[str | None]  # why it did not apply, or what it applied to
    original: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONB)  # the facts it matched, as extracted
    run_id: Mapped[int] = mapped_column(ForeignKey("etl_runs.id"), index=True)


class ExchangeRate(Base):
    """Annual average rate of a currency in yuan (seeds/reference/exchange_rates.csv), to compare amounts."""

    __tablename__ = "exchange_rates"
    __table_args__ = (CheckConstraint("cny_per_unit > 0", name="positive"),)

    currency: Mapped[str] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    cny_per_unit: Mapped[float]
    source: Mapped[str]


class ViewDefinition(Base):
    """Which analytics views are applied, and the hash of the SQL they were made from."""

    __tablename__ = "view_definitions"

    name: Mapped[str] = mapped_column(primary_key=True)
    sha256: Mapped[str]
    position: Mapped[int]
    applied_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class PrecomputedPending(Base):
    """A subject (region, organization or program name) and indicator whose precomputed rows are out of
    date: written with the change, consumed by the incremental refresh (etl/precomputed.py). Indicator ''
    when what changed is the documents naming the subject, not its facts."""

    __tablename__ = "precomputed_pending"

    subject: Mapped[str] = mapped_column(primary_key=True)
    indicator: Mapped[str] = mapped_column(primary_key=True)


__all__ = [
    "Base", "Correction", "Document", "EtlRejection", "EtlRun", "Evidence", "ExchangeRate", "Indicator",
    "Mention", "Metric",
    "Organization", "OrganizationAlias", "PrecomputedPending", "Program", "ProgramAlias", "Region", "RegionAlias",
    "Target",
    "ViewDefinition",
]
