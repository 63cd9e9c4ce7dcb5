"""Bytes to text for every reader: one place that decides what is readable.

Order: reject empty and binary input first (a NUL byte never occurs in a text
article), then try UTF-8 (the common case, with or without a BOM), repair
UTF-8 with a few broken bytes, then let charset-normalizer guess a legacy
encoding (latin-1, cp1252, ...). Text that no encoding explains is rejected
rather than silently mangled.
"""

from __future__ import annotations

from charset_normalizer import CharsetMatch, from_bytes

from ..errors import InputError

#: Share of undecodable characters above which a guessed decoding is refused.
_MAX_CHAOS = 0.2


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a file's bytes to text, or raise an InputError that says why not.

    Args:
        data: the raw bytes of a file or of stdin.
        source: where they came from, for the error message.

    Returns:
        The text, with a leading BOM and Windows line ends removed.

    Raises:
        InputError: the input is empty, binary (contains NUL bytes) or in no
            recognisable text encoding.

    Example:
        >>> decode_bytes("Kyiv, caf\\u00e9".encode("latin-1"), "x.txt")
        'Kyiv, café'
    """
    if not data.strip():
        raise InputError(source, "file is empty; expected an article's text")
    if b"\x00" in data[:8192] and not _is_utf16(data):
        raise InputError(source, "file looks binary (contains NUL bytes); expected a text article")
    text: str | None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _repair_utf8(data)
    if text is None:
        best = _best_guess(data)
        if best is None or best.chaos > _MAX_CHAOS:
            raise InputError(
                source,
                "text is not valid UTF-8 and its encoding could not be detected; re-save the file as UTF-8",
            ) from None
        text = str(best)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(source, "file is empty; expected an article's text")
    return text


def _repair_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken bytes (a truncated copy, a stray byte), repaired with U+FFFD.

    Only when the valid non-ASCII characters clearly outnumber the broken ones:
    a latin-1 file has no valid multi-byte characters at all and goes to the
    encoding detector instead.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return text if good >= 3 * bad else None


def _best_guess(data: bytes) -> CharsetMatch | None:
    """charset-normalizer's guess, preferring windows-1252 among equally good ones.

    Short Western European texts fit cp1250, cp1252, cp1257 or cp850 equally
    well and the library then picks almost at random; windows-1252 is what browsers assume for
    unlabelled legacy pages (and a superset of latin-1), so it wins ties.
    """
    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    for m in matches:
        # Coherence (language fit) is noise on the few accented words of a short
        # article, so only the mess ratio decides what counts as a tie.
        if m.chaos <= best.chaos + 0.01 and (
            "cp1252" in m.could_be_from_charset or "latin_1" in m.could_be_from_charset
        ):
            return m
    return best


def _is_utf16(data: bytes) -> bool:
    # UTF-16 text is full of NUL bytes but announces itself with a BOM.
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")
