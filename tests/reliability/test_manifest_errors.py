"""A manifest.csv that cannot be read rejects the documents it describes with its path, line and reason; a
cell that cannot be read (a date, a language) is a warning on its document, never dropped in silence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from harness import innovdb, query

from etl.pipeline import Rejection, process_path
from etl.read import RejectedDocument, read_document, read_manifest

BODY = ("Published: May 6, 2025\nNingbo expands its research parks\n\nNingbo has more than 4,000 high-tech "
        "enterprises, the city said, and aims for R&D spending of 3.5 percent of GDP by 2027.\n")


def folder_with(tmp_path: Path, manifest: bytes) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ningbo.txt").write_text(BODY, encoding="utf-8")
    (docs / "manifest.csv").write_bytes(manifest)
    return docs


def test_a_manifest_byte_that_is_not_utf8_is_refused_with_path_and_line(tmp_path: Path) -> None:
    docs = folder_with(tmp_path, b"path,title\nother.txt,Report\nningbo.txt,Ningbo \xe9conomie\n")
    with pytest.raises(RejectedDocument) as e:
        read_manifest(docs)
    assert e.value.path == str(docs / "manifest.csv")
    assert e.value.reason == "line 3: byte 0xE9 is not UTF-8 (save the manifest as UTF-8)"


def test_the_documents_of_an_unreadable_manifest_are_rejected_with_its_reason(tmp_path: Path) -> None:
    docs = folder_with(tmp_path, b"path,title\nningbo.txt,Ningbo \xe9conomie\n")
    result = process_path(docs / "ningbo.txt")
    assert result == Rejection(str(docs / "ningbo.txt"), f"unusable {docs / 'manifest.csv'}: line 2: byte 0xE9 "
                                                         "is not UTF-8 (save the manifest as UTF-8)")


def test_a_manifest_without_a_path_column_is_refused(tmp_path: Path) -> None:
    docs = folder_with(tmp_path, b"file,title\nningbo.txt,Ningbo\n")
    with pytest.raises(RejectedDocument, match="line 1: no path column"):
        read_manifest(docs)


def test_a_manifest_row_without_a_path_is_refused_with_its_line(tmp_path: Path) -> None:
    docs = folder_with(tmp_path, b"path,title\nningbo.txt,Ningbo\n,Orphan title\n")
    with pytest.raises(RejectedDocument, match="line 3: a row without a path"):
        read_manifest(docs)


def test_a_date_the_reader_cannot_read_is_a_warning_and_the_date_is_detected(tmp_path: Path) -> None:
    docs = folder_with(tmp_path, b"path,published,language\nningbo.txt,last spring,en\n")
    document = read_document(docs / "ningbo.txt", manifest=read_manifest(docs))
    assert document.published == date(2025, 5, 6)
    assert document.warning == "manifest.csv line 2: published 'last spring' is not a date we read; detected instead"


def test_a_language_the_reader_does_not_know_is_a_warning(tmp_path: Path) -> None:
    docs = folder_with(tmp_path, b"path,language\nningbo.txt,klingon\n")
    document = read_document(docs / "ningbo.txt", manifest=read_manifest(docs))
    assert document.language == "en"
    assert document.warning == ("manifest.csv line 2: language 'klingon' is not one we know (en, fr, zh); "
                                "detected instead")


def test_a_run_over_an_unreadable_manifest_exits_3_and_names_it(tmp_path: Path, cli_env: dict[str, str],
                                                                db_url: str) -> None:
    docs = folder_with(tmp_path, b"path,title\nningbo.txt,Ningbo \xe9conomie\n")
    result = innovdb(["etl", "run", str(docs)], cli_env)
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr and "UnicodeDecodeError" not in result.stderr
    assert query(db_url, "SELECT path, reason FROM analytics.v_etl_rejections") == [
        (str(docs / "ningbo.txt"), f"unusable {docs / 'manifest.csv'}: line 2: byte 0xE9 is not UTF-8 "
                                   "(save the manifest as UTF-8)")]


def test_a_run_reports_a_manifest_cell_it_could_not_read(tmp_path: Path, cli_env: dict[str, str],
                                                         db_url: str) -> None:
    docs = folder_with(tmp_path, b"path,published\nningbo.txt,31/31/2025\n")
    result = innovdb(["etl", "run", str(docs)], cli_env)
    assert result.returncode == 0, result.stderr
    assert "published '31/31/2025' is not a date we read" in result.stdout
    assert query(db_url, "SELECT published FROM core.documents") == [(date(2025, 5, 6),)]
    assert len(query(db_url, "SELECT * FROM analytics.v_document_warnings")) == 1
