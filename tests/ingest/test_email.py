"""E-mail imports: a saved ``.eml`` is one article, an ``.mbox`` one per message."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.ingest import IngestError, read_articles, read_records

PLAIN = """From: Harbour Desk <desk@gazette.example.org>
To: newsroom@example.org
Subject: Ferry to resume on Friday
Date: Tue, 4 Mar 2025 09:30:00 +0000
Message-ID: <ferry-1@gazette.example.org>
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

The port authority said the ferry would resume on Friday after repairs to =
the northern pier.
"""

HTML_WITH_ATTACHMENT = """From: press@council.example.org
Subject: =?utf-8?q?Budget_passed_=E2=80=94_9_votes_to_2?=
Date: Wed, 5 Mar 2025 17:00:00 +0100
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/html; charset="utf-8"

<html><body><p>The council passed the budget.</p><script>alert(1)</script>
<p>Councillor Mara Voss voted against.</p></body></html>
--b1
Content-Type: application/pdf; name="budget.pdf"
Content-Disposition: attachment; filename="budget.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--b1--
"""


def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def test_a_saved_message_is_an_article_with_its_subject_date_and_sender(tmp_path: Path) -> None:
    (article,) = read_articles(_write(tmp_path / "ferry.eml", PLAIN))
    assert article.title == "Ferry to resume on Friday"
    assert article.text == ("The port authority said the ferry would resume on Friday after"
                            " repairs to the northern pier.")
    assert article.published == "2025-03-04T09:30:00+00:00"
    assert article.source == "Harbour Desk"
    assert article.format == "email"


def test_an_html_message_gives_its_visible_text_and_no_attachment(tmp_path: Path) -> None:
    (article,) = read_articles(_write(tmp_path / "budget.eml", HTML_WITH_ATTACHMENT))
    assert article.title == "Budget passed — 9 votes to 2"  # an encoded subject, decoded
    assert article.text == "The council passed the budget.\n\nCouncillor Mara Voss voted against."
    assert article.source == "press@council.example.org"


def test_a_mailbox_gives_one_article_per_message_and_a_bad_one_fails_alone(
        tmp_path: Path) -> None:
    broken = "From: desk@example.org\nSubject: Broken\n\n"  # no text at all
    second = PLAIN.replace("Ferry to resume on Friday", "Pier repairs finished").replace(
        "The port authority said", "Engineers said")
    box = _write(tmp_path / "desk.mbox", "".join(
        f"From desk@example.org Tue Mar  4 09:30:00 2025\n{message}\n"
        for message in (PLAIN, broken, second)))
    records = list(read_records(box))
    assert [getattr(r, "title", None) for r in records] == [
        "Ferry to resume on Friday", None, "Pier repairs finished"]
    assert str(records[1]).startswith("message 2: no text found")


@pytest.mark.parametrize("label", ["unknown-8bit", "iso-8859-8-i", "x-mac-roman"])
def test_a_body_in_a_charset_python_lacks_is_read_from_its_bytes(
        tmp_path: Path, label: str) -> None:
    """The parser's LookupError refused the whole message ('unreadable message body')."""
    message = PLAIN.replace('charset="utf-8"', f'charset="{label}"').replace(
        "quoted-printable", "8bit").replace(
        "The port authority said the ferry would resume on Friday after repairs to =\n",
        "Ren\u00e9e Dub\u00e9 of the port authority said the ferry would resume on Friday after"
        " repairs to ")
    path = tmp_path / "ferry.eml"
    path.write_bytes(message.encode("cp1252"))
    (article,) = read_articles(path)
    assert article.title == "Ferry to resume on Friday"
    assert article.text.startswith("Ren\u00e9e Dub\u00e9 of the port authority said")
    assert article.text.endswith("repairs to the northern pier.")


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.mbox", "\n\n", "no messages found"),
    ("headers.eml", "Subject: Nothing else\n\n", "no text found"),
    ("photo.eml", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "binary file, not text"),
])
def test_a_mail_file_without_text_is_refused_with_a_reason(
        tmp_path: Path, name: str, content: str, reason: str) -> None:
    with pytest.raises(IngestError, match=reason):
        read_articles(_write(tmp_path / name, content))


@pytest.mark.parametrize("sender", ["foo <bar@", '"', "<", "a:b;c"])
def test_a_malformed_sender_costs_only_the_source(tmp_path: Path, sender: str) -> None:
    """The address parser raised IndexError/AttributeError and the whole mailbox failed."""
    odd = PLAIN.replace("From: Harbour Desk <desk@gazette.example.org>", f"From: {sender}")
    box = _write(tmp_path / "desk.mbox", "".join(
        f"From desk@example.org Tue Mar  4 09:30:00 2025\n{message}\n" for message in (odd, PLAIN)))
    records = list(read_records(box))
    assert [r.title for r in records] == ["Ferry to resume on Friday"] * 2
    assert records[1].source == "Harbour Desk"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("=?utf-8?B?!!!invalid?=", "=?utf-8?B?!!!invalid?="),  # no Base64: kept as written
        ("=?utf-8?Q?Caf=E9_reopens?=", "Café reopens"),  # a Latin byte labelled UTF-8
        ("=?iso-8859-1?Q?Caf=E9?= =?utf-8?Q?_reopens_=E2=80=93_again?=", "Café reopens – again"),
        ("=?utf-8?B?RmVycnkgdG8gcmVzdW1l?= on Friday", "Ferry to resume on Friday"),
    ],
)
def test_a_subject_is_never_read_into_characters_it_does_not_hold(
    tmp_path: Path, subject: str, title: str
) -> None:
    """Attack run 19: a broken encoded word made the title "\\ufffd{\\u0696'"."""
    message = PLAIN.replace("Subject: Ferry to resume on Friday", f"Subject: {subject}")
    assert subject in message
    (article,) = read_articles(_write(tmp_path / "ferry.eml", message))
    assert article.title == title
