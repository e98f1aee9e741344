"""The link dialog's claims have air between them: wrapped onto two lines, a list of them
read as one block of text."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QListWidgetItem

from workbench.core.records import Claim
from workbench.ui.claims.picker import ClaimPickerDialog, claim_line

TEXT = "Putin pledged assistance for North Korea's ambitious satellite program"


def test_each_claim_row_is_padded_below_its_text(qtbot) -> None:
    claims = [Claim(id=n, document_id=1, start=0, end=len(TEXT), text=TEXT, status="unverified",
                    statement=TEXT, claimant="Vladimir Putin", document_title=f"Report {n}")
              for n in range(3)]
    dialog = ClaimPickerDialog(claims, "The talks went well")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    plain = QListWidget()  # the same row, unpadded, at the same width
    qtbot.addWidget(plain)
    plain.setWordWrap(True)
    plain.resize(dialog.claim_list.size())
    QListWidgetItem(claim_line(claims[0]), plain)
    plain.show()
    qtbot.waitExposed(plain)
    padded = dialog.claim_list.visualItemRect(dialog.claim_list.item(0)).height()
    bare = plain.visualItemRect(plain.item(0)).height()
    assert padded >= bare + 8, (padded, bare)
