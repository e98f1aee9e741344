"""Documents as speakers: "a statement from the ministry said", "the decree ... read".

Split from ``speakers`` (the speaker phrase and the cue's subject): what a document is,
who wrote it, and which subjects report nothing by themselves. A document's words are
its author's, so the author is who the analyst sees speaking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.cues import OPENING_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Written things that "say" what their author says: "a statement from the ministry
#: said", "the decree signed by the Pope read", "an AEW press release reads", and a
#: released video or commercial ("Trump released a video that said ...").
DOCUMENT_NOUNS = frozenset(
    """
    statement letter decree release tweet post report memo memorandum email e-mail message
    note notice ad advertisement filing ruling order announcement communique communiqué
    document transcript website editorial petition brief complaint lawsuit motion affidavit
    opinion summary judgment judgement verdict indictment declaration proclamation policy
    sign placard banner caption headline inscription obituary warning bulletin advisory
    decision video commercial
    """.split()
)
#: Participles whose agent wrote the document ("signed by the Pope", "filed by the
#: prosecutor", "prepared by engineer X"), unlike "obtained by", "seen by" or
#: "reviewed by".
AUTHORING_VERBS = frozenset(
    "sign write issue release send publish post author draft pen co-sign cosign give "
    "deliver file submit prepare".split()
)
#: Verbs of putting out a written thing that are no participle of authorship above.
_POSTING_VERBS = frozenset("tweet share put".split())
_THING_PRONOUNS = frozenset(("it", "that", "this"))
_CLOSING_MARKS = frozenset(('"', "\u201d"))
#: What ends a quotation's part before an inverted reading: `"...", read the warning` and,
#: when the reading sits between two parts, `"...;" read the statement; "..."`.
_INVERTING_PUNCT = frozenset((",", ";"))
_AUTHOR_LABELS = ("PERSON", "ORG", "GPE")
_AUTHOR_PREPOSITIONS = ("from", "by")
#: Works of counting and study that are no document of their own ("according to
#: calculations by economist X", "an analysis by the Tax Policy Center"): only their
#: "by" object is their author, who speaks through them.
_AUTHORED_WORKS = frozenset(
    "analysis calculation estimate study survey poll projection audit review".split()
)
#: Where a post is sent from: "a tweet sent from Biden's Twitter account" is Biden's.
#: The account does not speak, its owner does.
ACCOUNT_NOUNS = frozenset("account feed page handle channel profile".split())


def is_document(token: Token) -> bool:
    """True for a noun naming a written thing ("statement", "letter", "tweet")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in DOCUMENT_NOUNS


def document_author(head: Token) -> Token | None:
    """The author of a document speaker, when the phrase names one: its owner ("the
    ministry's statement"), a name compounded onto it ("an AEW press release"), a
    "from/by" object ("a statement from the Ministry of Health") or the agent of a
    participle of writing ("the decree signed by the Pope"; not "a memo obtained by the
    Star"). The author is who speaks. A participle's agent comes first: in "a statement
    by Boeing given by Boeing spokesman William Barksdale" the one who gave it speaks
    for the company, as news quotes a spokesperson."""
    if head.pos_ == "NOUN" and head.lemma_.lower() in _AUTHORED_WORKS:
        return _by_object(head)
    if head.lemma_.lower() not in DOCUMENT_NOUNS or head.pos_ != "NOUN":
        return None
    for child in head.children:
        if child.dep_ == "poss":
            return child
    for child in head.children:
        if child.dep_ in ("compound", "nmod") and child.ent_type_ in _AUTHOR_LABELS:
            return child
    for child in sorted(head.children, key=lambda c: c.dep_ != "acl"):
        link = child
        if child.dep_ == "acl":
            if child.lemma_.lower() not in AUTHORING_VERBS:
                continue  # "a memo obtained by the Star": the Star did not write it
            link = _participle_source(child)
        elif child.dep_ != "prep" or child.lower_ not in _AUTHOR_PREPOSITIONS:
            continue
        owner = _object_owner(link)
        if owner is not None:
            return owner
    return None


def _by_object(work: Token) -> Token | None:
    """The object of ``work``'s own "by" ("calculations by economist X" → X), else None."""
    for child in work.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return _object_owner(child)
    return None


def _object_owner(link: Token) -> Token | None:
    """Who ``link``'s first object ("by X", "filed by X") stands for, else None."""
    objects = [g for g in link.children if g.dep_ == "pobj"]
    return _account_owner(objects[0]) if objects else None


def sender_of_document(verb: Token) -> Token | None:
    """The subject of a verb of sending or writing whose object is a document that names
    no author of its own: in `McDermott sent out the following message on Twitter: "..."`
    the message is McDermott's. Only such verbs ("send", "post", "issue", "tweet"): the
    one who reads or gets a statement ("the lawyer read a statement: ...") did not write it.
    """
    if verb.lemma_.lower() not in AUTHORING_VERBS | _POSTING_VERBS:
        return None
    documents = [c for c in verb.children if c.dep_ == "dobj" and is_document(c)]
    if not documents or document_author(documents[0]) is not None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _participle_source(participle: Token) -> Token:
    """What names the writer of "signed by the Pope" (the agent) or of "sent from the
    ministry's account" (the "from" phrase); else the participle itself."""
    for child in participle.children:
        if child.dep_ == "agent":
            return child
    for child in participle.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            return child
    return participle


def _account_owner(author: Token) -> Token:
    """The owner of an account a document came from ("Biden's Twitter account" ->
    Biden), else ``author`` itself."""
    if author.pos_ != "NOUN" or author.lemma_.lower() not in ACCOUNT_NOUNS:
        return author
    owner = next((c for c in author.children if c.dep_ == "poss"), None)
    return owner if owner is not None else author


def is_thing(head: Token) -> bool:
    """True for a subject that reports nothing by itself: "it", "that", "this", or a
    document with no author in its phrase ("the advertisement suggests ...")."""
    if head.pos_ == "PRON":
        return head.lower_ in _THING_PRONOUNS
    return (
        head.pos_ == "NOUN"
        and not head.ent_type_
        and head.lemma_.lower() in DOCUMENT_NOUNS
        and document_author(head) is None
    )


def is_document_reading(verb: Token) -> bool:
    """True for the "read" of `The decree ... read "..."`: a document as the subject of
    "read" reports its words (a person reading is not a cue)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "read":
        return False
    return (
        misparsed_reading(verb) is not None
        or inverted_reading(verb) is not None
        or any(c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in verb.children)
        or _it_reads_out(verb)
    )


def _it_reads_out(verb: Token) -> bool:
    """ "X released a statement. It read, "…"": "it" reading out a quotation is the
    document the sentences before named (a person reading aloud is "he" or "she"), so
    the pronoun speaks as the document would. Only with the opening mark right after
    the verb and its comma or colon: "it read well" quotes nothing."""
    doc = verb.doc
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        return False
    after = [t.text for t in doc[verb.i + 1 : verb.i + 3]]
    return len(after) == 2 and after[0] in (",", ":") and after[1] in OPENING_MARKS


def inverted_reading(verb: Token) -> Token | None:
    """The document of `"...", read the warning.`: after a quotation "read" inverts with
    its document as "said" does with a person ("said the mayor"), and the parser makes the
    document the object. Only right after the closing mark and its comma (or semicolon,
    between two parts: `"...;" read the statement; "..."`), with no subject:
    "He read the statement" and `"...", he read the letter` are someone reading aloud."""
    if verb.lemma_.lower() != "read" or verb.tag_ not in ("VB", "VBD", "VBZ", "VBP"):
        return None  # the tagger often reads the past "read" as a base form here
    if verb.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return None
    before = {verb.doc[verb.i - 1].text, verb.doc[verb.i - 2].text}
    if not before & _INVERTING_PUNCT or not before & _CLOSING_MARKS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and is_document(c)]
    return objects[0] if objects else None


def misparsed_reading(verb: Token) -> Token | None:
    """The document of `The summary of the decision read in part: "..."`, where the
    parser hangs "read" on the last noun as a participle ("the decision read") and makes
    the document the subject of the quote's own verb. The document before "read" is its
    subject. Not a real participle: "a letter read by millions" has an agent, "a
    statement read aloud to reporters" an object or a "to" phrase, and "a message reading
    ..." is the present participle whose issuer speaks (``speakers._issuer``)."""
    if verb.lemma_.lower() != "read" or verb.dep_ != "acl" or verb.i < verb.head.i:
        return None
    if verb.tag_ not in ("VBD", "VBN"):
        return None  # "a message reading ..." is a participle: its issuer speaks
    if any(c.dep_ in ("agent", "dobj", "dative") or c.lower_ == "to" for c in verb.children):
        return None
    noun = verb.head
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if owner is not None and is_document(owner):
        return owner  # "The summary of the decision read": the summary, whatever its "of"
    return noun if is_document(noun) else None
