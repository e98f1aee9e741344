"""Read text-ish files safely: size caps, BOMs, encoding detection and binary rejection."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from workbench.ingest.errors import IngestError
from workbench.ingest.folders import check_regular_file
from workbench.ingest.latin_code_pages import guess_latin_code_page

MEGABYTE = 1024 * 1024
#: The largest text file (plain text, Markdown, CSV) an import reads: 200 MB. Why a limit:
#: the text is held in memory a few times over while it is normalised and stored, and a
#: larger dump is better split into parts (``split -l``) that can be read and found apart.
TEXT_MAX_BYTES = 200 * MEGABYTE
SPLIT_HINT = "split it into smaller files first, e.g. split -l 100000 FILE part-"
DETECTION_SAMPLE_BYTES = 1 * MEGABYTE
CONTROL_SAMPLE_CHARS = 64 * 1024
MAX_CONTROL_RATIO = 0.05
#: Text a byte-order mark announces holds at most this share of undecodable units (each a U+FFFD)
#: and private-use characters, binary noise's other sign ...
MAX_UNDECODABLE_RATIO = 0.01
#: ... or this many, whatever its length: a short note with two damaged characters is still text.
MAX_UNDECODABLE_UNITS = 2
UTF16_NUL_RATIO = 0.3
UTF16_PARITY_RATIO = 0.9
#: BOM-less UTF-16 of a script outside Latin (Cyrillic, Greek, Arabic, Hebrew ...) has NULs
#: only in its spaces, digits and punctuation, far under ``UTF16_NUL_RATIO``: read so when
#: at least this share of its high bytes are NULs, all on one side, ...
UTF16_SCRIPT_NUL_RATIO = 0.05
#: ... and the other high bytes name at most this many 256-character blocks (a script or two).
UTF16_SCRIPT_BLOCKS = 4
WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
#: How much more "chaos" (charset-normalizer's mess score) the Western reading may show
#: than the best: a short text's cp1252 curly quotes, dash and euro sign (bytes 0x80-0x9F)
#: scored 0.04 against a DOS code page's 0.0 (cp775: “fine” — €5 read as ōfineö Ś Ć5).
WESTERN_CHAOS_MARGIN = 0.1
LEGACY_LATIN_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "ascii", "us-ascii"}
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_DECLARED_CHARSET = re.compile(
    rb"""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])([A-Za-z0-9._:-]{1,40})""",
    re.IGNORECASE,
)


def check_file_size(path: Path, max_bytes: int, kind: str, hint: str = "") -> int:
    """Refuse files above ``max_bytes`` before loading them; return the size.

    ``hint`` (what to do instead) ends the one-line reason when given. Every
    reader passes here first, so a named pipe or a device is refused before it
    is opened (opening a pipe blocks until a writer appears; ``/dev/zero`` never
    ends), whichever command handed it over (import, ``suggest --batch``).
    """
    size = check_regular_file(path).st_size
    if size > max_bytes:
        advice = f": {hint}" if hint else ""
        raise IngestError(
            f"file too large ({size / MEGABYTE:.0f} MB; the limit for {kind} files is "
            f"{max_bytes / MEGABYTE:.0f} MB){advice}"
        )
    return size


def read_limited_bytes(path: Path, max_bytes: int, kind: str, hint: str = "") -> bytes:
    """Read a whole file, refusing files above ``max_bytes`` before loading them."""
    check_file_size(path, max_bytes, kind, hint)
    data = path.read_bytes()
    if not data:
        raise IngestError("empty file")
    return data


def read_text_file(path: Path, max_bytes: int | None = None, kind: str = "text") -> str:
    """Read and decode a text file, rejecting empty, binary and too large files with a reason.

    ``max_bytes`` defaults to ``TEXT_MAX_BYTES``; a larger file is refused with
    the limit and how to split it, and the rest of a batch is imported as usual.
    """
    limit = TEXT_MAX_BYTES if max_bytes is None else max_bytes
    hint = SPLIT_HINT if kind == "text" else ""  # split -l would orphan a CSV's header
    text = decode_text(read_limited_bytes(path, limit, kind, hint))
    if not text.strip():
        raise IngestError("empty file")
    return text


def decode_markup(data: bytes) -> str:
    """Decode HTML/XML bytes, honouring a ``<meta charset>`` when the bytes are not UTF-8."""
    match = _DECLARED_CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii").lower() if match else None
    if declared in LEGACY_LATIN_LABELS:
        declared = "cp1252"  # what browsers do (WHATWG encoding standard)
    return decode_text(data, declared)


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode bytes of unknown encoding; raise ``IngestError`` when they are not text."""
    bom_encoding = _bom_encoding(data)
    if bom_encoding:
        text = data.decode(bom_encoding, errors="replace").lstrip("\ufeff")
        if bom_encoding != "utf-8" and _mostly_undecodable(text):  # UTF-8: as before, below
            raise IngestError(f"binary file, not text (not {bom_encoding.upper()} despite its"
                              " byte-order mark)")
    elif utf16_guess := _guess_utf16_without_bom(data):
        text = data.decode(utf16_guess, errors="replace")  # its noise already measured
    elif b"\x00" in data:
        raise IngestError("binary file, not text (contains NUL bytes)")
    else:
        text = _decode_without_bom(data, declared)
    if _looks_like_binary(text):
        raise IngestError("binary file, not text (too many control characters)")
    if _nothing_readable(text):
        raise IngestError("binary file, not text (no character could be read)")
    return text


def _bom_encoding(data: bytes) -> str | None:
    """Return the encoding announced by a byte-order mark, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _guess_utf16_without_bom(data: bytes) -> str | None:
    """Spot BOM-less UTF-16 by NUL bytes falling on one parity (mostly ASCII text)."""
    sample = data[:DETECTION_SAMPLE_BYTES]
    if len(sample) < 4 or len(sample) % 2:  # noqa: PLR2004 - two code units minimum
        return None
    nul_even = sample[0::2].count(0)
    nul_odd = sample[1::2].count(0)
    nuls = nul_even + nul_odd
    if nuls < len(sample) * UTF16_NUL_RATIO:
        return _guess_utf16_of_one_script(sample)
    if nul_odd >= nuls * UTF16_PARITY_RATIO:
        encoding = "utf-16-le"
    elif nul_even >= nuls * UTF16_PARITY_RATIO:
        encoding = "utf-16-be"
    else:
        return None
    if _mostly_undecodable(sample.decode(encoding, errors="replace")):
        return None
    return encoding


def _guess_utf16_of_one_script(sample: bytes) -> str | None:
    """Spot BOM-less UTF-16 of one script outside Latin ("Мэр города", "قال الوزير"), which
    was refused as "binary (contains NUL bytes)": its high bytes are a few values, NUL among
    them (spaces, digits), and the other side's bytes never NUL."""
    for encoding, high, low in (("utf-16-le", sample[1::2], sample[0::2]),
                                ("utf-16-be", sample[0::2], sample[1::2])):
        if low.count(0) or high.count(0) < len(high) * UTF16_SCRIPT_NUL_RATIO:
            continue
        if len(set(high) - {0}) > UTF16_SCRIPT_BLOCKS:
            continue
        if not _mostly_undecodable(sample.decode(encoding, errors="replace")):
            return encoding
    return None


def _decode_without_bom(data: bytes, declared: str | None) -> str:
    """Try UTF-8, then a declared charset, then mostly-UTF-8, then the Latin code pages'
    letters, then charset detection."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared and _is_known_codec(declared):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    lenient = data.decode("utf-8", errors="replace")
    if _mostly_utf8(lenient):
        return lenient
    sample = data[:DETECTION_SAMPLE_BYTES]
    encoding = guess_latin_code_page(sample) or _detect_single_byte_encoding(sample)
    if encoding is None:
        raise IngestError("binary file, not text (no plausible text encoding found)")
    return data.decode(encoding, errors="replace")


def _is_known_codec(name: str) -> bool:
    """Tell whether Python can decode with ``name``."""
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _mostly_utf8(lenient_text: str) -> bool:
    """Treat text as UTF-8 with a few broken bytes when valid multibyte chars outnumber them."""
    broken = lenient_text.count("\ufffd")
    non_ascii = len(lenient_text) - len(lenient_text.encode("ascii", errors="ignore"))
    return non_ascii - broken >= broken


def _detect_single_byte_encoding(sample: bytes) -> str | None:
    """Ask charset-normalizer, preferring Western cp1252 when it decodes as cleanly."""
    from charset_normalizer import from_bytes

    candidates = [
        match for match in from_bytes(sample) if not match.encoding.startswith(("utf_16", "utf_32"))
    ]
    if not candidates:
        return None
    best = candidates[0]
    for western in WESTERN_ENCODINGS:
        for match in candidates:
            # charset-normalizer lists encodings that decode the bytes to the same text under
            # one match (cp1252 often hides behind cp1250), so each match's whole group is asked.
            if western in _decodings_of(match) and match.chaos <= best.chaos + WESTERN_CHAOS_MARGIN:
                return western
    return best.encoding


def _decodings_of(match: object) -> list[str]:
    """The encodings a charset-normalizer match stands for: its own and those giving equal text."""
    encoding = str(getattr(match, "encoding", ""))
    return [encoding, *getattr(match, "could_be_from_charset", [])]


def _mostly_undecodable(text: str) -> bool:
    """Whether text read as UTF-16 or UTF-32 is binary noise rather than text with a flaw.

    Why: a BOM is two to four bytes any file can start with. Binary after a
    UTF-32 mark decodes to thousands of U+FFFD, after a UTF-16 mark to CJK-looking
    noise with lone surrogates (U+FFFD) and private-use characters, and both were
    imported as an article. A real file with a damaged character or a cut last
    byte stays well under the share, and a short one is allowed a couple of flaws
    (two in a 60-character note were refused as binary). Only the opening sample is
    looked at: the characters are sorted one by one.
    """
    sample = text[:CONTROL_SAMPLE_CHARS]
    noise = sum(1 for char in sample if char == "\ufffd" or unicodedata.category(char) == "Co")
    return noise > max(MAX_UNDECODABLE_UNITS, len(sample) * MAX_UNDECODABLE_RATIO)


def _nothing_readable(text: str) -> bool:
    """Whether the opening sample is undecodable characters and spaces only.

    Why: the few flaws a short text is allowed (``_mostly_undecodable``) were the whole
    of a file that is a byte-order mark and a stray byte or two, imported as a
    document titled and reading "\ufffd".
    """
    sample = text[:CONTROL_SAMPLE_CHARS]
    return "\ufffd" in sample and not sample.replace("\ufffd", "").strip()


def _looks_like_binary(text: str) -> bool:
    """Flag decoded text whose start is dense with control characters."""
    sample = text[:CONTROL_SAMPLE_CHARS]
    if not sample:
        return False
    return len(_CONTROL_CHARS.findall(sample)) > len(sample) * MAX_CONTROL_RATIO
