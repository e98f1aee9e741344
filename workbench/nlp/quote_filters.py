"""Tell quotations from scare quotes, titles and nicknames in quotation marks.

A short quoted phrase is only a quotation when somebody is said to have said it: it
hangs off a cue ("called the senator a "nasty guy"") or carries its own attribution
(`"No," he said`). The so-called "peace plan" and CNN's "State of the Union" are not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workbench.core.letters import CAPITAL, SMALL
from workbench.nlp.furniture import MAX_FURNITURE_LINE, is_furniture_line
from workbench.nlp.quote_marks import MARK_CHARS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from workbench.nlp.quote_clauses import CharSpan, QuoteContext

#: Quoted phrases of at most this many words need evidence that they are speech.
SHORT_WORDS = 3
_WORD = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")
_WEB_ADDRESS = re.compile(r"^\S*(?:://|www\.)\S*$", re.I)
#: Nouns for a phrase mentioned rather than used (`the slogan "..."`); both rules below.
_PHRASE_NOUN = (
    r"(?:term|phrase|label|expression|moniker|nickname|slogan|motto|hashtag|catchphrase|"
    r"tagline)s?"
)
#: Short phrases only: these words, or "the" and a phrase noun followed by any punctuation
#: (`the term: "x"`); also "the word" and "the chant", which may introduce speech. A
#: self-described, self-styled or self-proclaimed "news junkie" is what a person is called,
#: by themselves or by the writer, not words reported as said.
_SCARE_BEFORE = re.compile(
    r"(?:so[- ]called|quote[- ]unquote|dubbed|nicknamed|titled|entitled|headlined|"
    r"self[- ](?:described|styled|proclaimed)|"
    r"known\sas(?:\s(?:the|a|an))?|\bthe\s(?:(?:word|chant)s?|" + _PHRASE_NOUN + r"))\W*$",
    re.I,
)
#: The word for a phrase, slogan or hashtag right before the marks says the quoted words
#: are mentioned, not used, however long: the slogan "Stronger Together, Safer Tomorrow",
#: a new phrase, "undocumented voters", the hashtag "#we want freedom of speech#". Not
#: "words" (`in her words, "..."` introduces speech) nor "chant" (a crowd's chant is
#: what it shouts); the short rule above keeps `the word "flood"`.
_MENTION_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|their|his|her|its|our|new)\s+(?:[\w'\u2019-]+\s+)?"
    + _PHRASE_NOUN + r"\s*,?\s*$",
    re.I,
)
#: ... up to this many words (a longer run after "the phrase" is usually a sentence).
MAX_MENTIONED_WORDS = 10
#: A translation glosses the foreign words before it: `"Si vis pacem, para bellum," Latin
#: for "if you want peace, prepare for war"`, `the name "Brujas" -- Spanish for "witches"`,
#: `lissoirs, which means "smoother"`. The gloss is the writer's, nobody's statement. (Not
#: "translated as": a statement translated from another language is still its speaker's.)
_GLOSS_BEFORE = re.compile(
    r"(?:\b(?:Latin|Greek|French|Spanish|German|Italian|Portuguese|Arabic|Hebrew|Yiddish|"
    r"Russian|Ukrainian|Polish|Chinese|Mandarin|Cantonese|Japanese|Korean|Hindi|Urdu|"
    r"Persian|Farsi|Turkish|Dutch|Swedish|Irish|Welsh|Gaelic|Hawaiian|Maori|Swahili|"
    r"Tagalog|Vietnamese|Thai|Indonesian|Malay)(?:\s+(?:word|phrase|term|slang))?"
    r"\s+(?:for|meaning)|\b(?i:which\s+means|meaning))\s*,?\s*$"
)
#: A quoted hashtag ("#MeToo", "#we want freedom of speech#") is a label, never speech.
_HASHTAG = re.compile(r"^\W*#\w")
#: A work or programme named right before a title-case quotation names it: the book
#: "Make Your Kid a Millionaire", Mr. King's show, "Politicking.", the anthem "A Change Is
#: Gonna Come", a report or campaign "titled" so (no attribution makes these speech).
_WORK_BEFORE = re.compile(
    r"\b(?:show|book|film|movie|song|anthem|album|novel|memoir|documentary|series|"
    r"programme|program|podcast|column|play|poem|slogan|motto|hashtag|project|exhibition|"
    r"painting|game|headline|campaign|initiative|report|study|strategy|festival|conference|"
    r"tour|exhibit|collection|track|single|episode|sequel|musical|opera|titled|entitled|"
    r"headlined|ad|advert|advertisement|commercial|video|account|website|blog|newsletter|"
    r"classic|(?:auto)?biography|pseudonym)s?,?\s*$",
    re.I,
)
_ATTRIBUTED = ("syntax", "after", "before", "colon", "dash")
#: A piece of writing named in apposition: `Ann Lee's commentary, "Tell your story," is`.
_PIECE_BEFORE = re.compile(
    r"\b(?:commentary|column|op-ed|editorial|essay|article|piece|letter|post|blog post|"
    r"review|story|headline|report|book|poem|speech)\s*,\s*$",
    re.I,
)
_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from vs as is it".split())
_TITLE_LEAD = re.compile(
    r"(?:['\u2019]s|\b(?:on|of|in|from|at|the|a|an|his|her|their|its|our|my|your))\s*$", re.I
)
_TITLE_TAIL = re.compile(
    r"^[,.]?\s*(?:show|program|programme|forum|book|film|documentary|movie|song|album|series|"
    r"column|op-ed|segment|podcast|article|event|tour|speech|campaign|initiative|act|bill|"
    # the people and parts of a show named before them: `"Broad City" star Abbi Jacobson`
    r"star|co-star|host|creator|showrunner|cast|episode|season|finale|premiere|sequel)s?\b",
    re.I,
)
#: A name worn or carried by a thing right after the marks, with no comma between: the
#: `"Jeb Can Fix It" bus tour`, a `"Make America Great Again" hat`. A quotation written as a
#: noun's modifier names that thing; nobody is reported saying it. (No determiner may come
#: between: `"Vote Now," the campaign said` is speech.)
_TITLE_MODIFIES = re.compile(
    r"^[ \u00a0]+(?:(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|and|or|said|says)\b)"
    r"[a-z][\w-]*[ \u00a0]+)?(?:hat|cap|shirt|t-shirt|sign|banner|sticker|poster|button|"
    r"placard|tour|rally|bus|slogan|motto|logo|tagline|hashtag|pledge|agenda|"
    r"caucus|coalition|fund|pac|super[ -]pac|website|app)s?\b"
)
#: A title-case quotation joined by "and"/"or" to another one before it: a list of works
#: or names (`starred in "Parks and Recreation" and "Guardians of the Galaxy"`); speech is
#: not written as two capitalised fragments in a row.
_JOINED_AFTER_MARK = re.compile(r"[\"\u201d][ \u00a0]*,?[ \u00a0]+(?:and|or|&)[ \u00a0]+$")
#: How far back the quotation joined to this one may start.
_JOINED_WINDOW = 80
#: A work described in apposition after its title: `"Trump Revealed," a biography by`.
_WORK_AFTER = re.compile(
    r"^,?\s*an?\s+(?:[\w-]+\s+){0,2}(?:biography|memoir|novel|book|film|documentary|movie|"
    r"song|album|play|musical|series)\b",
    re.I,
)
#: A work, poster or slogan cited with its year right after the marks (`"Hail, Caesar!"
#: (2016)`, `"No to Schengen" (2005)`): a citation of a thing, not a report of speech.
_YEAR_AFTER = re.compile(r"^[ \u00a0]*\((?:c\.\s*)?(?:1[5-9]|20)\d\d\)")
#: A work credited to its author right after the marks: `"This Kind of War," by T.R.
#: Fehrenbach`, `"Met accused of whitewashing baby Jesus," by Post's Kathianne Boniello`.
_AUTHOR_AFTER = re.compile(r"^\s*,?\s*(?:[\u2014\u2013-]\s*)?by\s+(?:the\s+)?" + CAPITAL)
#: A programme someone talked to or on: `told "Fox and Friends"`, `in an interview with "The
#: View,"` (two words or more: `told "Yes."` is an answer; after "told" no stop either, while a
#: stop the writer put inside the marks after "interview with" still ends a title).
_OUTLET_LEAD = re.compile(
    r"\b(?:interview\s+with|appearance\s+on|appeared\s+on|spoke\s+(?:to|with)|told)\s*$",
    re.I,
)
#: Titles ("Face the Nation") are short; longer title-case runs are usually speech.
MAX_TITLE_WORDS = 6
#: ... unless the text says a work is named: after "the book", "a film called" or an
#: author's possessive, a title may be long ("Backfire: Carly Fiorina's High-Stakes
#: Battle for the Soul of Hewlett-Packard"); nobody speaks twelve capitalised words.
MAX_NAMED_TITLE_WORDS = 16
#: A subtitle after a colon, the mark of a book or film title: "13 Hours: The Secret
#: Soldiers of Benghazi", "Yuge!: 30 Years of Doonesbury".
_SUBTITLE = re.compile(r"^\W*[^\W_][^:]*[!?]?:\s+[A-Z0-9]")
#: Words a title may keep in lower case beyond English small words: the particles of
#: titles in other languages ("Los Hijos de Trump", "Paroles d'un croyant").
_TITLE_PARTICLES = frozenset("de del la las los el le les du des da di van von y".split())
#: A nickname sits between a person's given and family names: Earvin "Magic" Johnson.
_NAME_BEFORE = re.compile(rf"\b{CAPITAL}[\w'\u2019-]*\.?[ \u00a0]$")
_NAME_AFTER = re.compile(rf"^[ \u00a0]{CAPITAL}[\w'\u2019-]*{SMALL}")


def word_count(text: str, span: CharSpan) -> int:
    """Number of words between the marks."""
    return len(_WORD.findall(text[span[0] : span[1]].strip(MARK_CHARS)))


def is_short(text: str, span: CharSpan) -> bool:
    """True for a quoted phrase of one to three words (a scare-quote candidate)."""
    return word_count(text, span) <= SHORT_WORDS


def is_scare_quote(ctx: QuoteContext, span: CharSpan) -> bool:
    """True when the words before the marks say it is a label, not speech."""
    text = ctx.text
    before = text[max(0, span[0] - 30) : span[0]]
    if _SCARE_BEFORE.search(before) and is_short(text, span):
        return True
    if _MENTION_BEFORE.search(before) and word_count(text, span) <= MAX_MENTIONED_WORDS:
        return True
    if _GLOSS_BEFORE.search(before) and word_count(text, span) <= MAX_MENTIONED_WORDS:
        return True
    if _HASHTAG.match(text[span[0] : span[1]].lstrip(MARK_CHARS)):
        return True
    if _WORK_BEFORE.search(before) and title_case(text, span, MAX_NAMED_TITLE_WORDS):
        return True
    if is_credited_work(text, span) or is_dated_work(text, span):
        return True
    return is_title(text, span) or is_nickname(text, span) or not has_words(text, span)


def is_credited_work(text: str, span: CharSpan) -> bool:
    """True for the title of a book, article or song followed by its author (`"The Making
    of Donald Trump," by Wayne Barrett`): a title opens with a capital and is written in
    title case or set off by the comma before "by"; a passive agent (`"anointed" by God`,
    `the "ugliness of utterances," by Trump`) is neither."""
    if not _AUTHOR_AFTER.match(text[span[1] : span[1] + 40]):
        return False
    inner = text[span[0] : span[1]].strip(MARK_CHARS + " ")
    first = next((c for c in inner if c.isalpha()), "")
    return first.isupper() and (inner.endswith(",") or title_case(text, span))


def is_dated_work(text: str, span: CharSpan) -> bool:
    """True for a quoted work, poster or slogan followed by its year in brackets, of no more
    words than a long title (a year cites a thing; a speaker's words carry a verb)."""
    return bool(_YEAR_AFTER.match(text[span[1] : span[1] + 20])) and (
        word_count(text, span) <= MAX_NAMED_TITLE_WORDS
    )


def is_nickname(text: str, span: CharSpan) -> bool:
    """True for a nickname inside a name (`Marcia "Cia" Price`, `Dwayne "The Rock"
    Johnson`): a short title-case phrase between two capitalised words, no statement."""
    return (
        is_short(text, span)
        and title_case(text, span)
        and bool(_NAME_BEFORE.search(text[max(0, span[0] - 30) : span[0]]))
        and bool(_NAME_AFTER.match(text[span[1] : span[1] + 30]))
    )


def title_case(text: str, span: CharSpan, most: int = MAX_TITLE_WORDS) -> bool:
    """Every word (at most ``most``) capitalised, a number or a small word: how titles
    are written."""
    words = _WORD.findall(text[span[0] : span[1]])
    return 0 < len(words) <= most and all(
        w[0].isupper()
        or w[0].isdigit()
        or w.lower() in _SMALL_WORDS
        or w.lower() in _TITLE_PARTICLES
        for w in words
    )


def _subtitled(text: str, span: CharSpan) -> bool:
    """A title-case span with a subtitle after a colon, long as it may be."""
    inner = text[span[0] : span[1]].strip(MARK_CHARS + " ")
    return bool(_SUBTITLE.match(inner)) and title_case(text, span, MAX_NAMED_TITLE_WORDS)


def is_title(text: str, span: CharSpan) -> bool:
    """True for a quoted work or programme title: CNN's "State of the Union", a "Town
    Hall" event. Title case alone is not enough: nicknames and slogans look the same."""
    if _subtitled(text, span):
        return True
    if not title_case(text, span) or _is_chant(text, span):
        return False
    before = text[max(0, span[0] - 12) : span[0]]
    after = text[span[1] : span[1] + 40]
    if _TITLE_LEAD.search(before) or _TITLE_TAIL.search(after) or _WORK_AFTER.search(after):
        return True
    if _names_the_thing_after(text, span) or _joined_to_a_title(text, span):
        return True
    inner = text[span[0] : span[1]].strip(MARK_CHARS + " ,")
    lead = _OUTLET_LEAD.search(text[max(0, span[0] - 20) : span[0]])
    if lead is not None and not lead.group().lower().startswith("told"):
        inner = inner.removesuffix(".")  # `an interview with "Fox News Sunday."`: a title
    return (
        lead is not None
        and len(_WORD.findall(inner)) >= 2
        and not any(c in inner for c in ".!?")
    )


def _names_the_thing_after(text: str, span: CharSpan) -> bool:
    """True for `a "Jeb Can Fix It" bus tour`: the quotation modifies the noun after it. A
    comma inside the marks ends a quoted sentence (`"We Will Win," rally organizers said`)."""
    inner = text[span[0] : span[1]].strip(MARK_CHARS + " ")
    return not inner.endswith(",") and bool(_TITLE_MODIFIES.match(text[span[1] : span[1] + 40]))


def _is_chant(text: str, span: CharSpan) -> bool:
    """True for one word shouted over and over (`chants of "Ted! Ted! Ted!"`): a crowd's
    words, capitalised because each is a name or a sentence, not because it is a title."""
    words = [w.lower() for w in _WORD.findall(text[span[0] : span[1]])]
    return len(words) >= 2 and len(set(words)) == 1


def _joined_to_a_title(text: str, span: CharSpan) -> bool:
    """True when a title-case quotation of four words or more comes right after `"X" and`
    (or `or`) whose X is title case too: one item of a list of works. Short ones stay
    with the scare-quote rules, which decide nicknames by their own evidence."""
    if is_short(text, span):  # `"Miss Piggy" and "Miss Housekeeping"`: names said as slurs
        return False
    start = span[0]
    joint = _JOINED_AFTER_MARK.search(text, max(0, start - _JOINED_WINDOW), start)
    if joint is None:
        return False
    close = joint.start()
    opening = max(text.rfind(m, max(0, close - _JOINED_WINDOW), close) for m in '"\u201c')
    return opening >= 0 and title_case(text, (opening, close + 1))


def has_words(text: str, span: CharSpan) -> bool:
    """False for quoted numbers and symbols (tweet ids, scores) and a lone web address
    (`"https://example.org/story"`): nobody says those."""
    inner = text[span[0] : span[1]].strip(MARK_CHARS + " ")
    return any(c.isalpha() for c in inner) and not _WEB_ADDRESS.match(inner)


def is_utterance(ctx: QuoteContext, span: CharSpan) -> bool:
    """True for a short quote that is a whole sentence ("What curfew?", "U-S-A! U-S-A!")."""
    inner = ctx.text[span[0] : span[1]].strip(MARK_CHARS + " ")
    if not inner or not inner[0].isupper() or inner[-1] not in ".!?":
        return False
    if inner[-1] in "!?":
        return True
    tokens = ctx.tokens(span)
    if tokens is None:
        return False
    clause = ctx.clause(tokens[0])
    return not any(t.is_alpha for t in ctx.doc[clause.start : tokens.start])


def names_a_piece(text: str, span: CharSpan, how: str) -> bool:
    """True for the title of a piece of writing set in apposition after the word for it
    (`Ann Lee's commentary, "Tell your immigrant story," is thoughtful`) when nobody in
    the quote's own sentence is said to say it: the title, in any case, is no statement."""
    before = text[max(0, span[0] - 30) : span[0]]
    return how not in _ATTRIBUTED and bool(_PIECE_BEFORE.search(before))


def is_partial_quote(ctx: QuoteContext, span: CharSpan, how: str) -> bool:
    """True when a short quoted phrase is attributed speech rather than scare quotes."""
    return how in _ATTRIBUTED or is_utterance(ctx, span)


#: Quoted fragments of at most this many words inside a reported clause are scare quotes.
#: One, measured: both gold sets (PolNeAR, our Wikinews set) count two- and three-word
#: fragments of reported speech as quotations; at two words PolNeAR dev F1 fell 0.943 ->
#: 0.928 with no gain on Wikinews dev, at one word 0.943 -> 0.938 and Wikinews P rose.
SCARE_IN_REPORT_WORDS = 1
#: The reported clause must have this many words of its own outside the quotation marks.
MIN_CLAUSE_WORDS = 2


def in_reported_clause(ctx: QuoteContext, quote: Span, cue: Token | None) -> bool:
    """True for `He said the plan would "flood" the market`: a scare quote, i.e. a
    one-word fragment that is a constituent of the clause a cue reports, not a full
    utterance. The words are the reporter's paraphrase with a highlighted term; the
    statement is the indirect one around it, not a quotation. Whichever way the cue
    was found (before or after the clause), the clause is the cue's complement.
    `He said the sign read "Enough!"` keeps its exclamation: a whole utterance.

    The words, not the marks, must lie in the clause: the parser hangs a closing mark
    and comma (`would "flood," he said`) on the cue as often as on the clause."""
    span = (quote.start_char, quote.end_char)
    if cue is None or word_count(ctx.text, span) > SCARE_IN_REPORT_WORDS:
        return False
    words = [t.i for t in quote if not t.is_punct]
    if not words or is_utterance(ctx, span):
        return False
    for clause in cue.children:
        if clause.dep_ not in ("ccomp", "xcomp"):
            continue
        lo, hi = clause.left_edge.i, clause.right_edge.i + 1
        if not (lo <= words[0] and words[-1] < hi):
            continue
        own = [t for t in ctx.doc[lo:hi] if t.is_alpha and ctx.outside(t)]
        return len(own) >= MIN_CLAUSE_WORDS
    return False


_CREDIT_WORDS = re.compile(
    r"(?:\b(?:photo|image|picture|credit|courtesy|caption|illustration)s?\s*(?:by\b|:))"
    r"|(?:\bfile photo\b)|(?:\bcomments posted here\b)",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]*\s")
_BYLINE = re.compile(r"^\s*(?:by|written by|reporting by|posted by)\s+" + CAPITAL, re.I)
#: "Name / Agency": a slash with a space beside it ("Reuters/Ipsos poll" is a name).
_SLASH = re.compile(r"\s/|/\s")
_AGENCY_AFTER = re.compile(r"^[\w.'\u2019-]{0,3}(?:\s/|/\s)\s*" + CAPITAL)
_AGENCY_BEFORE = re.compile(r"[A-Za-z.)](?:\s/|/\s)\s*$")
#: Credits, bylines and captions are short lines (or short bits of one).
_CREDIT_WINDOW = 50
MAX_BYLINE_CHARS = 100


def is_furniture(text: str, span: CharSpan) -> bool:
    """True when a would-be speaker sits in a photo credit, byline, caption or footer
    ("Photo: Jane Doe / Reuters", "(Image: AP)", "By Jane Doe"): page furniture names
    people who said nothing in the article. A whole furniture line counts too: the
    "Story" of "Story continues below advertisement" is its sentence's subject, and the
    "she" of the paragraph after it must not stand for it."""
    start, end = span
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start <= MAX_BYLINE_CHARS and _BYLINE.match(text, line_start):
        return True
    if line_end - line_start <= MAX_FURNITURE_LINE and is_furniture_line(
        text[line_start:line_end]
    ):
        return True
    before = text[max(line_start, start - _CREDIT_WINDOW) : start]
    after = text[end : min(line_end, end + _CREDIT_WINDOW)]
    if _CREDIT_WORDS.search(_SENTENCE_END.split(before)[-1]) or _SLASH.search(text[start:end]):
        return True
    return bool(_AGENCY_AFTER.match(after) or _AGENCY_BEFORE.search(before))


def in_prose(ctx: QuoteContext, token: Token) -> bool:
    """True for a token of the running text: outside every quotation and no part of page
    furniture. Why one place: each pronoun resolver (a person's "he", a group's "it")
    takes only such a word as what the pronoun stands for."""
    span = (token.idx, token.idx + len(token.text))
    return ctx.outside(token) and not is_furniture(ctx.text, span)
