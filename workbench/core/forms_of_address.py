"""Forms of address that open a person's name without being part of it ("Mr Johnson").

Why in the core: the claim suggestions' name finder (``core.event_names``, which may not
import the NLP layer) and the NLP layer's titles (``nlp.names.HONORIFICS``) each kept a
list of them, and the two had drifted ("mx" in one only). Both read them from here; the
NLP layer adds the titles of office and rank ("minister", "sen.") that only it needs.
"""

from __future__ import annotations

#: Lower-cased, without a final dot: "Mr", "Mrs.", "Dame", "Mx".
FORMS_OF_ADDRESS = frozenset("mr mrs ms miss mx sir dame lady lord".split())

#: The academic forms of address that are written abbreviated, with what they stand for.
ABBREVIATED_ADDRESS = {"dr": "doctor", "prof": "professor"}

#: Every word that may open a name as a form of address, spelled out or abbreviated.
ADDRESS = FORMS_OF_ADDRESS | ABBREVIATED_ADDRESS.keys()
