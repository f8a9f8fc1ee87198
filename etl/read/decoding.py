"""Bytes to text: Unicode byte-order marks, UTF-16 without one, UTF-8, legacy encodings, refusals."""

from __future__ import annotations

import re
from dataclasses import dataclass

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


# East Asian legacy encodings, each with the characters its texts are mostly made of: what a wrong
# reading of the same bytes rarely produces. GB2312 level 1 and Big5 level 1 are the frequent hanzi of
# their standards; Japanese text is a third or more kana.
_EAST_ASIAN = ("gb18030", "big5", "cp932")
_KANA = re.compile(r"[\u3040-\u30ff]")
_MIN_EAST_ASIAN_SCORE = 0.6
_SCORE_SAMPLE = 20_000  # characters: plenty to tell the readings apart, and a bounded cost on big files
# charset-normalizer's guesses we accept: encodings of English, French, Chinese, Japanese and Korean text.
# Anything else it may name for such bytes (hp_roman8, cp037, mac_iceland...) is a guess, not a reading.
_DETECTED_ENCODINGS = frozenset(
    {
        "cp1252",
        "latin_1",
        "iso8859_15",
        "gb18030",
        "gbk",
        "gb2312",
        "big5",
        "big5hkscs",
        "cp950",
        "cp932",
        "shift_jis",
        "euc_jp",
        "iso2022_jp",
        "euc_kr",
        "cp949",
    }
)
_MAX_CHAOS = 0.2


def _common_share(text: str, encoding: str) -> float:
    """The share of the non-ASCII characters of text that are common in texts written in encoding."""
    text = text[:_SCORE_SAMPLE]
    chars = _NON_ASCII.findall(text)
    if not chars:
        return 0.0
    if encoding == "cp932":
        kana = len(_KANA.findall(text))
        return kana / len(chars) * 3 if kana else 0.0
    common = 0
    for char in chars:
        if encoding == "gb18030":
            try:
                code = char.encode("gb2312")
            except UnicodeEncodeError:
                continue
            common += len(code) == 2 and (0xB0 <= code[0] <= 0xD7 or 0xA1 <= code[0] <= 0xA3)
        else:
            try:
                code = char.encode("big5")
            except UnicodeEncodeError:
                continue
            value = int.from_bytes(code, "big") if len(code) == 2 else 0
            common += 0xA140 <= value <= 0xA3BF or 0xA440 <= value <= 0xC67E
    return common / len(chars)


def _decode_east_asian(data: bytes) -> tuple[str, str] | None:
    """GB18030, Big5 or Shift-JIS (cp932): the reading whose characters are the most common ones of its
    standard, when it is convincing; None otherwise. Each of these accepts many byte strings of the
    others, so decoding without an error proves little."""
    best: tuple[float, str, str] | None = None
    for encoding in _EAST_ASIAN:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _common_share(text, encoding)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is None or best[0] < _MIN_EAST_ASIAN_SCORE:
        return None
    return best[1], best[2]


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Text in an 8-bit or East Asian encoding: cheap structural guesses first, charset-normalizer last,
    and a refusal when nothing reads the bytes with confidence."""
    if _single_byte_western(data):
        if _HAS_C1.search(data):
            try:
                return data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                pass  # bytes cp1252 leaves undefined: let the detector decide
        else:
            return data.decode("latin-1"), "latin-1"
    else:
        east_asian = _decode_east_asian(data)
        if east_asian is not None:
            return east_asian
    from charset_normalizer import from_bytes  # imported late: it is slow to import and rarely needed

    best = from_bytes(data).best()
    if best is None:
        raise RejectedDocument("undecodable text: no encoding reads it")
    if best.encoding not in _DETECTED_ENCODINGS or best.chaos > _MAX_CHAOS:
        raise RejectedDocument(
            f"undecodable text: no encoding reads it with confidence (best guess {best.encoding}, "
            f"{best.chaos:.0%} of it garbled)"
        )
    return str(best), best.encoding


# Characters a document of this corpus holds besides ASCII: Latin-1 letters and signs, the letters of
# cp1252 (Œ œ Š Ÿ ƒ...), general punctuation, currency, letterlike and number signs, CJK and its
# punctuation, Hangul, fullwidth forms, the byte-order mark. Bytes of a legacy encoding that happen to
# form valid UTF-8 mostly decode to other scripts (Greek, Cyrillic, Arabic, IPA...).
_PLAUSIBLE = re.compile(
    "[\u00a0-\u017f\u0192\u02c6\u02dc\u2000-\u2bff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\ufe30-\ufe4f\ufeff\uff00-\uffef]"
)
_MIN_PLAUSIBLE_SHARE = 0.9
_ESCAPED = re.compile("[\udc80-\udcff]+")  # surrogateescape: one per byte that is not UTF-8
_MAX_ESCAPED_RUN = 1.5  # mean length of a run of bad bytes: lone bytes in pasted text, long runs in legacy
_CUT_CHARACTER = re.compile(b"(?:[\xc2-\xdf]|[\xe0-\xef][\x80-\xbf]?|[\xf0-\xf4][\x80-\xbf]{0,2})\\Z")


def _repaired_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with some bytes that are not UTF-8 (Latin-1 or cp1252 text pasted into it, a file cut
    inside a character): (text, warning), each bad byte read as the cp1252 character it is (Latin-1 for
    the five bytes cp1252 leaves undefined) and a character cut at the end of the file as U+FFFD. None
    when the bytes do not look like UTF-8 at all: no valid multi-byte character, characters of
    unlikely scripts, or bad bytes in runs as a legacy multi-byte encoding makes them."""
    cut = _CUT_CHARACTER.search(data)
    body = data[: cut.start()] if cut else data
    escaped = body.decode("utf-8", errors="surrogateescape")
    runs = _ESCAPED.findall(escaped)
    good = _NON_ASCII.findall(_ESCAPED.sub("", escaped))
    if runs and not good:
        return None  # ASCII and lone high bytes: a single-byte encoding, read whole by _decode_legacy
    if good and len(_PLAUSIBLE.findall("".join(good))) < _MIN_PLAUSIBLE_SHARE * len(good):
        return None
    bad = sum(len(run) for run in runs)
    if runs and bad / len(runs) > _MAX_ESCAPED_RUN:
        return None
    latin1 = 0

    def repair(run: re.Match[str]) -> str:
        nonlocal latin1
        chars = []
        for char in run[0]:
            byte = bytes([ord(char) - 0xDC00])
            try:
                chars.append(byte.decode("cp1252"))
            except UnicodeDecodeError:
                chars.append(byte.decode("latin-1"))
                latin1 += 1
        return "".join(chars)

    text = _ESCAPED.sub(repair, escaped)
    notes = []
    if bad:
        read_as = "cp1252" if not latin1 else ("Latin-1" if latin1 == bad else "cp1252 and Latin-1")
        notes.append(f"{bad} byte{'s were' if bad > 1 else ' was'} not UTF-8; read as {read_as}")
    if cut:
        text += "\ufffd"
        notes.append("the file ends inside a UTF-8 character, replaced by U+FFFD")
    return text, "; ".join(notes)


@dataclass(frozen=True, slots=True)
class Decoded:
    """A document's text, the encoding it was read in, and what the reader had to repair (or None)."""

    text: str
    encoding: str
    warning: str | None = None


def decode(data: bytes) -> tuple[str, str]:
    """Decode a document's bytes; returns (text, encoding). See decode_text."""
    decoded = decode_text(data)
    return decoded.text, decoded.encoding


def decode_text(data: bytes) -> Decoded:
    """Decode a document's bytes.

    UTF-8 with some bytes that are not UTF-8 is read as UTF-8 with those bytes repaired, and says so in
    the warning; a whole file in a legacy encoding is read in it. Line ends are normalised to "\\n" and a
    UTF-8 byte-order mark is kept (as Python's text mode reads a UTF-8 file); UTF-16 byte-order marks are
    removed. Offsets index the returned text. Raises
    RejectedDocument for empty input, binary content and text no encoding reads with confidence."""
    warning: str | None = None
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
            repaired = _repaired_utf8(data)
            if repaired is not None:
                (text, warning), encoding = repaired, "utf-8"
            else:
                text, encoding = _decode_legacy(data)
    if encoding != "utf-8" and len(_CONTROL_CHARS.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise RejectedDocument("binary content")
    if not text.strip():
        raise RejectedDocument("empty file")
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    if "\x00" in text:  # PostgreSQL text cannot hold NUL; a same-length stand-in keeps every offset
        text = text.replace("\x00", "\ufffd")
    return Decoded(text, encoding, warning)
