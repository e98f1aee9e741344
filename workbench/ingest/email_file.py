"""Read e-mail: one ``.eml`` message, or every message of an ``.mbox`` mailbox.

Why: press releases, newsletters and tips reach analysts by mail; saving a
message (or exporting a folder as mbox) is how they leave the mail program.
The subject is the title, the ``Date`` header the publication date, the
sender's name the source; the body is the plain-text part, else the HTML
part's visible text (read like any untrusted page). Attachments are left out.
In a mailbox a message that cannot be read fails alone (``RecordError``).
"""

from __future__ import annotations

import base64
import binascii
import email
import mailbox
import quopri
import re
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path

from workbench.ingest.articles import ArticleRead, build_article
from workbench.ingest.decoding import (
    TEXT_MAX_BYTES,
    check_file_size,
    decode_text,
    read_limited_bytes,
)
from workbench.ingest.errors import IngestError, RecordError, one_line
from workbench.ingest.html_file import extract_text_with_lxml

MBOX_MAX_BYTES = 4 * TEXT_MAX_BYTES  # read a message at a time: only the index is held
REPLACEMENT = "\ufffd"
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_JOINED_WORDS = re.compile(r"(\?=)\s+(?==\?[^?\s]+\?[bBqQ]\?)")
"""The white space between two encoded words, which RFC 2047 leaves out of the text."""


def read_eml(path: Path) -> list[ArticleRead]:
    """One saved message as one article."""
    data = read_limited_bytes(path, TEXT_MAX_BYTES, "e-mail")
    return [_message_article(_parsed(data), path)]


def read_mbox(path: Path) -> Iterator[ArticleRead | IngestError]:
    """Every message of a mailbox, in order; one ``RecordError`` per message that fails."""
    check_file_size(path, MBOX_MAX_BYTES, "mailbox")
    box = mailbox.mbox(path, factory=None, create=False)
    try:
        keys = box.keys()
        if not keys:
            raise IngestError("no messages found (an mbox starts each one with a 'From ' line)")
        for number, key in enumerate(keys, 1):
            try:
                yield _message_article(_parsed(box.get_bytes(key)), path)
            except IngestError as problem:
                yield RecordError(number, problem, "message")
    finally:
        box.close()


def _parsed(data: bytes) -> EmailMessage:
    """A message parsed from its bytes; binary data (a file misnamed .eml) is refused.

    Why the check: the mail parser reads anything, so random bytes would
    become an article of replacement characters.
    """
    decode_text(data)  # raises IngestError for binary data; the parser decodes by charset
    return email.message_from_bytes(data, policy=policy.default)  # type: ignore[return-value]


def _message_article(message: EmailMessage, path: Path) -> ArticleRead:
    name, address = parseaddr(_header(message, "from") or "")
    return build_article(
        text=_body_text(message),
        fmt="email",
        path=path,
        title=_header(message, "subject"),
        source=name or address or None,
        published=_header(message, "date"),
        external_id=_header(message, "message-id"),
    )


def _body_text(message: EmailMessage) -> str:
    """The plain-text body, else the visible text of the HTML body ("" when there is none)."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = _part_content(part)
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        return extract_text_with_lxml(content)[0]
    return content


def _part_content(part: EmailMessage) -> object:
    """A body part's content, its bytes decoded as any text file's when Python lacks its charset.

    Why: mail programs label bodies "unknown-8bit", "iso-8859-8-i" or "x-mac-roman", which
    the mail parser cannot look up; the whole message was refused though its bytes were text.
    """
    try:
        return part.get_content()
    except LookupError:  # a charset label Python does not know
        payload = part.get_payload(decode=True)
        return decode_text(payload) if isinstance(payload, bytes) and payload else ""
    except ValueError as error:  # a broken encoding
        raise IngestError(f"unreadable message body ({one_line(error)})") from None


def _header(message: EmailMessage, name: str) -> str | None:
    """A header's decoded value, None when absent or malformed."""
    try:
        value = message.get(name)
    except (ValueError, IndexError, AttributeError):  # a header the parser cannot decode
        # ('foo <bar@' raises IndexError in the address parser, 'a:b;c' AttributeError)
        return None
    if value is None:
        return None
    decoded = str(value)
    raw = next((str(text) for key, text in message.raw_items() if key.lower() == name), "")
    if REPLACEMENT in decoded and REPLACEMENT not in raw:
        return _ENCODED_WORD.sub(_decoded_word, _JOINED_WORDS.sub(r"\1", raw))
    return decoded


def _decoded_word(word: re.Match[str]) -> str:
    """One RFC 2047 word decoded strictly: a payload that is no Base64 is kept as written, and
    bytes its charset cannot read are tried as UTF-8, then Windows Latin (a mislabelled
    charset, as ``=?utf-8?Q?caf=E9?=`` for "café").

    Why: the mail library decodes leniently, so a subject ``=?utf-8?B?!!!x?=`` became the
    title "\ufffd{\u0696'", a string the message never held, and "café" became "caf\ufffd".
    """
    charset, encoding, payload = word.groups()
    try:
        data = (base64.b64decode(payload, validate=True) if encoding in "bB"
                else quopri.decodestring(payload.encode("ascii"), header=True))
    except (binascii.Error, ValueError):
        return word[0]
    for codec in (charset.partition("*")[0], "utf-8", "cp1252"):
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    return word[0]
