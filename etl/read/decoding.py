"""Bytes to text: Unicode byte-order marks, UTF-16 without one, UTF-8, legacy encodings, refusals."""

from __future__ import annotations

import re

from etl.read.cues import CJK as _CJK
from etl.read.errors import RejectedDocument

# Signatures of the binary formats people most often drop into a folder of texts by mistake.
_BINARY_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"%PDF-",
    b"PK\x03\x04",
    b"\x1f\x8b\x08",
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"Rar!\x1a\x07",
    b"7z\xbc\xaf\x27\x1c",
    b"RIFF",
    b"OggS",
)
# C0 controls other than tab, newline, vertical tab, form feed and carriage return, plus DEL. In UTF-8,
# GB18030 and single-byte encodings these byte values only ever stand for themselves.
_CONTROL_BYTES = bytes([*range(0, 9), *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.05
_HIGH_RUNS = re.compile(rb"[\x80-\xff]+")
_HAS_C1 = re.compile(rb"[\x80-\x9f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_MAX_BAD_UTF8 = 3
_NEWLINES = re.compile(r"\r\n?")


def _utf16_by_nuls(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when NUL bytes sit in every other position, as Latin text in UTF-16
    without a byte-order mark does; None otherwise."""
    sample = data[:8192]
    if len(data) % 2 or len(sample) < 2:
        return None
    half = len(sample) // 2
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _single_byte_western(data: bytes) -> bool:
    """True when bytes >= 0x80 mostly stand alone (é, ’, « in French or English text); multi-byte
    encodings such as GB18030 put them in runs of two or more."""
    runs = _HIGH_RUNS.findall(data)
    high = sum(len(r) for r in runs)
    alone = sum(1 for r in runs if len(r) == 1)
    return high > 0 and alone / high >= 0.4


def _decode_unicode_bom(data: bytes) -> tuple[str, str] | None:
    if data.startswith(b"\xef\xbb\xbf"):
        # kept as U+FEFF at offset 0, as Python reads a UTF-8 file: offsets then agree with any tool that
        # opens the file with encoding="utf-8"
        encoding, body = "utf-8-sig", data
    elif data.startswith(b"\xff\xfe"):
        encoding, body = "utf-16-le", data[2:]
    elif data.startswith(b"\xfe\xff"):
        encoding, body = "utf-16-be", data[2:]
    else:
        return None
    try:
        return body.decode(encoding.removesuffix("-sig")), encoding
    except UnicodeDecodeError:
        raise RejectedDocument(f"undecodable text: not valid {encoding}") from None


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Text in an 8-bit or East Asian encoding: cheap structural guesses first, charset-normalizer last."""
    if _single_byte_western(data):
        if _HAS_C1.search(data):
            try:
                return data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                pass  # bytes cp1252 leaves undefined: let the detector decide
        else:
            return data.decode("latin-1"), "latin-1"
    else:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            text = None
        if text is not None:
            non_ascii = len(_NON_ASCII.findall(text))
            if non_ascii and len(_CJK.findall(text)) / non_ascii >= 0.8:
                return text, "gb18030"
    from charset_normalizer import from_bytes  # imported late: it is slow to import and rarely needed

    best = from_bytes(data).best()
    if best is None:
        raise RejectedDocument("undecodable text")
    return str(best), best.encoding


def _nearly_utf8(data: bytes) -> str | None:
    """UTF-8 text spoiled by a few bad bytes (a file cut inside a character, one pasted Latin-1 byte),
    decoded with U+FFFD in their place; None when the bad bytes are too many to be accidents. Text in
    a legacy encoding almost never holds valid multi-byte UTF-8 sequences, so it does not get here."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = len(_NON_ASCII.findall(text)) - text.count("\ufffd")
    return text if bad <= _MAX_BAD_UTF8 and good >= 2 * bad else None


def decode(data: bytes) -> tuple[str, str]:
    """Decode a document's bytes; returns (text, encoding).

    Line ends are normalised to "\\n" and a UTF-8 byte-order mark is kept (as Python's text mode reads
    a UTF-8 file); UTF-16 byte-order marks are removed. Offsets index the returned text. Raises
    RejectedDocument for empty input, binary content and text no encoding explains."""
    if not data.strip():
        raise RejectedDocument("empty file")
    if data.startswith(_BINARY_MAGIC):
        raise RejectedDocument("binary content")
    unicode_bom = _decode_unicode_bom(data)
    if unicode_bom is not None:
        text, encoding = unicode_bom
    elif b"\x00" in data:
        encoding = _utf16_by_nuls(data) or ""
        if not encoding:
            raise RejectedDocument("binary content")
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise RejectedDocument(f"undecodable text: not valid {encoding}") from None
    else:
        if len(data) - len(data.translate(None, _CONTROL_BYTES)) > _MAX_CONTROL_SHARE * len(data):
            raise RejectedDocument("binary content")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            nearly = _nearly_utf8(data)
            text, encoding = (nearly, "utf-8") if nearly is not None else _decode_legacy(data)
    if encoding != "utf-8" and len(_CONTROL_CHARS.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise RejectedDocument("binary content")
    if not text.strip():
        raise RejectedDocument("empty file")
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    if "\x00" in text:  # PostgreSQL text cannot hold NUL; a same-length stand-in keeps every offset
        text = text.replace("\x00", "\ufffd")
    return text, encoding
