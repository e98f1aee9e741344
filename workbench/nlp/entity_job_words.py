"""Job words kept out of a person's name: "Striker José Peñalver" is the person José Peñalver.

Why: the model often takes a capitalised job word opening a sentence into the PERSON
span ("Chef Paris Kingsley opened her third restaurant", "Footballer Kwame Osei
scored"), and the app then shows a person called "Chef Paris Kingsley" and gives that
name to every later "Kingsley said" (issue 15, session 52's news passages).
``entity_titles`` cuts titles ("President", "Dr.") anywhere and a role word only when
the text shows it is one (it writes the word in lowercase and the name without it); a
job word named once at a sentence start shows neither, so it was kept. Here a job word
from a list of common occupations (and of the nouns a local story gives the people it
quotes: "Neighbour Bill Thompson", "Witness Tom Healy") is cut when it opens a sentence
and a full name of two words or more follows it: a job word's capital there is the
sentence's, not the name's.

Some job words are also surnames or given names ("Baker Mayfield", "Mason Mount",
"Cook", "Carpenter"): those are cut only when the text writes the word in lowercase
too ("the baker said"), the sign that it is the common noun. A title before one word
("Judge Smith") is never cut (a name needs two words), and "Judge", "Bishop" and
"Coach" are titles that ``entity_titles`` cuts already.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.models import Mention
from workbench.nlp.names import lowercase_words, name_tokens
from workbench.nlp.sentence_starts import at_sentence_start

_MIN_NAME_WORDS = 2
"""Words the name keeps once the job word is cut."""

#: Occupations news puts before a name at a sentence start, none of them a common given
#: name or surname (those are in ``_ALSO_NAMES``).
JOB_WORDS = frozenset(
    "striker midfielder defender goalkeeper winger footballer cricketer batsman bowler "
    "golfer boxer wrestler sprinter swimmer runner cyclist jockey skier skater "
    "chef farmer rapper singer songwriter actor actress comedian dancer musician "
    "drummer guitarist pianist composer novelist author writer poet playwright "
    "painter sculptor photographer filmmaker producer designer architect engineer "
    "scientist researcher astronomer astronaut explorer mountaineer climber "
    "beekeeper shopkeeper skipper fisherman fisherwoman firefighter paramedic nurse "
    "midwife surgeon doctor dentist pharmacist vet veterinarian teacher lecturer "
    "student pupil lawyer solicitor barrister activist campaigner blogger journalist "
    "reporter presenter broadcaster entrepreneur businessman businesswoman "
    "industrialist economist analyst historian archaeologist soldier sergeant "
    "pilot driver mechanic electrician plumber builder miner shepherd rancher "
    "priest pastor monk nun missionary teenager veteran "
    "bartender waiter waitress caregiver carer trader medic lineman spokesman spokeswoman "
    "policeman policewoman councilman councilwoman librarian volunteer guard imam "
    "farmworker cleaner cashier courier welder technician".split()) | frozenset(
    # Not jobs but what a local story calls the people it quotes ("Neighbour Bill
    # Thompson said", "Resident Maria Gomez watched"): no given name or surname either.
    "neighbour neighbor resident witness bystander passenger commuter shopper "
    "homeowner tenant motorist survivor spectator parishioner onlooker organizer "
    "organiser coordinator".split())
#: Job words that are also common names ("Baker Mayfield", "Mason Mount", "Tom Cook").
_ALSO_NAMES = frozenset(
    "baker mason cook carpenter butcher porter taylor tailor hunter archer fisher "
    "miller turner cooper carter walker parker piper sawyer fletcher chandler "
    "forester ranger judge bishop".split())


def is_job_word(word: str, lowercase: frozenset[str]) -> bool:
    """Tell whether ``word`` is a job noun here: one of ``JOB_WORDS``, or a job word
    that is also a name when the text (``lowercase``: the words it writes in lowercase)
    writes it in lowercase too. (An occupation by its ending, "Immunologist", is
    ``entity_titles``' own.)"""
    lowered = word.lower()
    if lowered in _ALSO_NAMES:
        return lowered in lowercase
    return lowered in JOB_WORDS


def _job_first(mention: Mention, text: str, lowercase: frozenset[str]) -> bool:
    """Tell whether ``mention`` (a person's name as written) opens a sentence with a job
    word before a full name ("Chef Paris Kingsley opened")."""
    tokens = name_tokens(mention.text)
    return (len(tokens) > _MIN_NAME_WORDS and mention.text == mention.entity
            and tokens[0].isalpha() and tokens[0][:1].isupper()
            and tokens[1][:1].isupper() and is_job_word(tokens[0], lowercase)
            and at_sentence_start(text, mention.start))


def job_word_names(mentions: Sequence[Mention], text: str) -> dict[str, str]:
    """Person entity names opened by a job word at a sentence start -> the name without
    it ("Striker José Peñalver" -> "José Peñalver")."""
    lowercase = lowercase_words(text)
    return {mention.entity: " ".join(name_tokens(mention.entity)[1:])
            for mention in mentions
            if mention.label == "PERSON" and mention.field == "text"
            and _job_first(mention, text, lowercase)}
