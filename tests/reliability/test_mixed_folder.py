"""A folder of good documents in several encodings and of bad files: the good load, the bad are rejected."""

from __future__ import annotations

import json
import os
import random
import re
from pathlib import Path

import pytest
from docgen import english_document, french_document
from harness import env_for, innovdb, query, scalar, scratch_database

from etl.errors import EXIT_REJECTIONS

MAX_BYTES = 50_000

XIAN_ZH = (
    "西安高新区加快建设综合性科学中心\n"
    "发布时间：2025年4月18日\n\n"
    "西安高新区目前聚集国家高新技术企业超过一万二千家，科技型中小企业四千余家。\n"
    "到2027年，西安全社会研发投入强度力争达到百分之五点五，技术合同成交额突破四千亿元。\n"
)
CHENGDU_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Chengdu science city expands</title>
<meta name="pubdate" content="2025-02-11"><script>var tracker = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> | <a href="/tech">Tech</a></nav>
<article><h1>Chengdu science city expands its laboratories</h1>
<p>Chengdu is home to more than 13,800 national high-tech enterprises, the city&#39;s science bureau said.</p>
<p>By 2030, Chengdu aims to raise its R&amp;D intensity to 4.2 percent of GDP.</p></article>
<footer>Copyright &copy; 2025 Example News</footer></body></html>
"""

GOOD = {  # file name -> encoding the reader should report
    "shenzhen_utf8.txt": "utf-8",
    "hefei_cp1252.txt": "cp1252",
    "wuhan_utf16.txt": "utf-16-le",
    "xian_gb18030.txt": "gb18030",
    "chengdu.html": "utf-8",
}
BAD = {  # file name -> the start of the reason the run gives
    "empty.txt": "empty file",
    "blank.txt": "empty file",
    "scan.txt": "binary content",
    "noise.txt": "binary content",
    "broken_utf16.txt": "undecodable text",
    "huge.txt": f"larger than {MAX_BYTES} bytes",
    "moved.txt": "unreadable file",
}


def write_mixed_folder(folder: Path) -> None:
    rng = random.Random(11)
    (folder / "shenzhen_utf8.txt").write_text(english_document(rng, "Shenzhen"), encoding="utf-8")
    # typographic apostrophes: bytes 0x80-0x9F, which only Windows-1252 explains
    hefei = french_document(rng, "Hefei").replace("'", "\u2019").replace("\u00a0", " ")
    (folder / "hefei_cp1252.txt").write_bytes(hefei.encode("cp1252"))
    (folder / "wuhan_utf16.txt").write_bytes(english_document(rng, "Wuhan").encode("utf-16"))
    (folder / "xian_gb18030.txt").write_bytes(XIAN_ZH.encode("gb18030"))
    (folder / "chengdu.html").write_text(CHENGDU_HTML, encoding="utf-8")

    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\r\n\t \n")
    (folder / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + rng.randbytes(3000))
    (folder / "noise.txt").write_bytes(rng.randbytes(4000))
    # a byte-order mark, then text ending in half of a surrogate pair
    (folder / "broken_utf16.txt").write_bytes(b"\xff\xfe" + "Harbin digital economy".encode("utf-16-le")
                                              + b"\x3d\xd8")
    huge = english_document(rng, "Zhengzhou")
    (folder / "huge.txt").write_text(huge * (MAX_BYTES // len(huge) + 2), encoding="utf-8")
    (folder / "moved.txt").symlink_to(folder / "archive" / "moved.txt")  # the target is gone


def by_name(rows: list[tuple[str, str]]) -> dict[str, str]:
    """(path, value) rows keyed by file name: the run may record a symbolic link under its target's folder."""
    return {Path(path).name: value for path, value in rows}


@pytest.fixture(scope="module")
def mixed_run(server_url: str, template_url: str, base_env: dict[str, str],
              tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("mixed")
    write_mixed_folder(folder)
    with scratch_database(server_url, template_url) as url:
        result = innovdb(["etl", "run", str(folder), "--max-bytes", str(MAX_BYTES)], env_for(base_env, url))
        yield folder.resolve(), url, result


def test_a_run_with_rejections_exits_3(mixed_run) -> None:
    _, _, result = mixed_run
    assert result.returncode == EXIT_REJECTIONS, result.stderr


def test_every_good_document_loads_whatever_its_encoding(mixed_run) -> None:
    _, url, _ = mixed_run
    assert by_name(query(url, "SELECT path, encoding FROM core.documents")) == GOOD


def test_each_bad_file_is_rejected_with_its_reason(mixed_run) -> None:
    _, url, _ = mixed_run
    rejected = by_name(query(url, "SELECT path, reason FROM core.etl_rejections"))
    assert set(rejected) == set(BAD)
    for name, reason in BAD.items():
        assert rejected[name].startswith(reason), name


def test_the_summary_lists_each_rejection(mixed_run) -> None:
    _, _, result = mixed_run
    listed = by_name(re.findall(r"^  rejected (.+?): (.+)$", result.stdout, re.MULTILINE))
    assert set(listed) == set(BAD)
    for name, reason in BAD.items():
        assert listed[name].startswith(reason), name


def test_the_run_is_recorded_as_partial_with_its_counts(mixed_run) -> None:
    _, url, _ = mixed_run
    status, counts = query(url, "SELECT status, counts FROM core.etl_runs")[0]
    assert status == "partial"
    assert (counts["documents_new"], counts["documents_rejected"]) == (len(GOOD), len(BAD))


def test_html_loads_as_its_visible_text(mixed_run) -> None:
    folder, url, _ = mixed_run
    text = scalar(url, "SELECT text FROM core.documents WHERE path = %s", (str(folder / "chengdu.html"),))
    assert "13,800 national high-tech enterprises" in text
    assert "<" not in text and "tracker" not in text


def test_rejections_are_listed_by_the_rejections_view(mixed_run) -> None:
    _, url, _ = mixed_run
    listed = dict(query(url, "SELECT path, reason FROM analytics.v_etl_rejections"))
    assert listed == dict(query(url, "SELECT path, reason FROM core.etl_rejections"))
    assert len(listed) == len(BAD)


def test_etl_runs_lists_the_run_with_its_status(mixed_run, base_env: dict[str, str]) -> None:
    _, url, _ = mixed_run
    listed = innovdb(["etl", "runs", "--format", "json"], env_for(base_env, url))
    assert listed.returncode == 0, listed.stderr
    assert [(r["status"], r["rejected"]) for r in json.loads(listed.stdout)] == [("partial", len(BAD))]


def test_a_rejection_names_the_file_as_found_in_the_folder(mixed_run) -> None:
    folder, url, _ = mixed_run
    rejected = {path for (path,) in query(url, "SELECT path FROM core.etl_rejections")}
    assert str(folder / "moved.txt") in rejected


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file, whatever its mode")
def test_a_file_without_read_permission_is_rejected_as_unreadable(tmp_path: Path, cli_env: dict[str, str],
                                                                  db_url: str) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "nanchang.txt").write_text(english_document(random.Random(3), "Nanchang"), encoding="utf-8")
    locked = folder / "locked.txt"
    locked.write_text(english_document(random.Random(4), "Lanzhou"), encoding="utf-8")
    locked.chmod(0)
    try:
        result = innovdb(["etl", "run", str(folder)], cli_env)
    finally:
        locked.chmod(0o644)
    assert result.returncode == EXIT_REJECTIONS, result.stderr
    reason = scalar(db_url, "SELECT reason FROM core.etl_rejections WHERE path = %s", (str(locked.resolve()),))
    assert reason.startswith("unreadable file")
    assert scalar(db_url, "SELECT count(*) FROM core.documents") == 1
