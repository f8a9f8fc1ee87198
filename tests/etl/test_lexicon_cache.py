"""The parsed-lexicon cache: the same data as parsing, keyed by the file's content, rebuilt when corrupt,
never read or written through a symbolic link."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from etl import reference
from etl.extract import lexicon

NAME = "numbers.yaml"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("INNOVDB_CACHE_DIR", str(tmp_path))
    lexicon.load.cache_clear()
    yield tmp_path / "lexicon"
    lexicon.load.cache_clear()


def _parsed() -> object:
    return yaml.safe_load((reference.REFERENCE_DIR / NAME).read_text(encoding="utf-8"))


def _entry(cache: Path) -> Path:
    (entry,) = cache.glob(f"{NAME}.*.marshal")
    return entry


def test_cached_load_returns_the_parsed_file(cache: Path) -> None:
    assert lexicon.load(NAME) == _parsed()
    _entry(cache)  # written
    lexicon.load.cache_clear()
    assert lexicon.load(NAME) == _parsed()  # read back


def test_cache_entry_is_named_by_the_file_content(cache: Path) -> None:
    import hashlib

    lexicon.load(NAME)
    digest = hashlib.sha256((reference.REFERENCE_DIR / NAME).read_bytes()).hexdigest()
    assert _entry(cache).name == f"{NAME}.{digest}.marshal"


def test_corrupt_cache_entry_is_parsed_again_and_replaced(cache: Path) -> None:
    lexicon.load(NAME)
    entry = _entry(cache)
    entry.write_bytes(b"innovdb-lexicon-1\n\xff\x00garbage")
    lexicon.load.cache_clear()
    assert lexicon.load(NAME) == _parsed()
    lexicon.load.cache_clear()
    entry.write_bytes(b"not a cache file")
    assert lexicon.load(NAME) == _parsed()


def test_cache_entry_that_is_a_symlink_is_neither_read_nor_written_through(cache: Path, tmp_path: Path) -> None:
    lexicon.load(NAME)
    entry = _entry(cache)
    target = tmp_path / "elsewhere"
    target.write_bytes(entry.read_bytes())
    entry.unlink()
    entry.symlink_to(target)
    before = target.read_bytes()
    lexicon.load.cache_clear()
    assert lexicon.load(NAME) == _parsed()
    assert target.read_bytes() == before  # the link's target is untouched
    assert not entry.is_symlink()  # the link was replaced by a plain file


def test_cache_folder_that_is_a_symlink_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "lexicon").symlink_to(real)
    monkeypatch.setenv("INNOVDB_CACHE_DIR", str(tmp_path / "c"))
    lexicon.load.cache_clear()
    try:
        assert lexicon.load(NAME) == _parsed()
    finally:
        lexicon.load.cache_clear()
    assert list(real.iterdir()) == []
