"""The salutation a native speaker expects at the top of a letter, from a contact's
display name. Pure: a name and a language in, one line out.

A gendered form is used only when the name says the gender reliably: a title the sender
wrote ("Frau Dr. Anna Weber", "Mr John Smith", "Ibu Sari"), a German first name on a
short list of unambiguous ones, or a Russian patronymic (-вич / -вна). Otherwise the
neutral form of the language: a wrong "Sehr geehrter Herr" is worse than "Sehr geehrte
Damen und Herren".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# titles as written in display names, each language's words for a man and for a woman
_MALE_TITLES = {"herr", "hr", "mr", "mister", "sir", "bapak", "bpk", "pak", "tuan",
                "господин", "г-н", "гн"}
_FEMALE_TITLES = {"frau", "fr", "mrs", "ms", "miss", "ibu", "bu", "nyonya", "ny",
                  "госпожа", "г-жа", "гжа"}
# academic titles kept in the salutation ("Sehr geehrte Frau Dr. Weber")
_ACADEMIC = {"dr": "Dr.", "prof": "Prof.", "dr.-ing": "Dr.-Ing."}

# German first names that name one gender in German-speaking countries (the common ones;
# Andrea, Maria, Kim, Sascha, Gabriele, Nicola, ... are left out on purpose)
_DE_MALE = frozenset(["alexander", "andreas", "bernd", "christian", "christoph", "daniel", "david", "dieter", "dirk", "florian", "frank", "franz", "friedrich", "georg", "gerhard", "günter", "günther", "hans", "harald", "heinz", "helmut", "holger", "horst", "jan", "jens", "joachim", "johann", "johannes", "jochen", "jörg", "jürgen", "karl", "klaus", "lars", "lukas", "manfred", "marc", "marco", "markus", "martin", "matthias", "max", "michael", "norbert", "olaf", "oliver", "patrick", "paul", "peter", "philipp", "rainer", "ralf", "reinhard", "rolf", "sebastian", "stefan", "stephan", "steffen", "sven", "thomas", "thorsten", "tobias", "torsten", "ulrich", "uwe", "volker", "walter", "werner", "wolfgang"])
_DE_FEMALE = frozenset(["angelika", "anja", "anna", "anne", "annette", "barbara", "beate", "birgit", "brigitte", "carolin", "christa", "christina", "christine", "claudia", "cornelia", "doris", "elisabeth", "erika", "eva", "franziska", "gisela", "heike", "helga", "ingrid", "jana", "jessica", "julia", "karin", "katharina", "kathrin", "katrin", "kerstin", "laura", "lea", "lena", "lisa", "manuela", "maren", "marina", "marion", "martina", "melanie", "monika", "nadine", "nicole", "petra", "renate", "sabine", "sandra", "sara", "sarah", "silke", "simone", "sonja", "stefanie", "stephanie", "susanne", "tanja", "ulrike", "ursula", "ute", "yvonne"])

# a patronymic: "-ович/-евич/-ич" (Ильич, Кузьмич), "-овна/-евна/-ична/-инична"; in Latin
# letters the common transliterations. Plain "-ич" is also a surname ("Бабич"), so it counts
# only in a full three-word name.
_PATRONYMIC_MALE = re.compile(r"(?:ович|евич|ovich|evich|ovitch|evitch)$", re.IGNORECASE)
_PATRONYMIC_MALE_SHORT = re.compile(r"(?:ич)$", re.IGNORECASE)
_PATRONYMIC_FEMALE = re.compile(r"(?:овна|евна|ична|ovna|evna|ichna)$", re.IGNORECASE)


@dataclass(frozen=True)
class Name:
    """A display name taken apart: the title's gender ("m", "f" or ""), an academic title,
    the words of the name in order (first name first)."""

    gender: str
    academic: str
    words: tuple[str, ...]

    @property
    def full(self) -> str:
        return " ".join(self.words)

    @property
    def last(self) -> str:
        return self.words[-1] if self.words else ""


def parse_name(display: str) -> Name:
    """'Frau Dr. Anna Weber', 'Weber, Anna', 'Mr. John Smith' -> its parts."""
    text = " ".join(display.replace('"', " ").split())
    if text.count(",") == 1:  # "Weber, Anna" -> "Anna Weber"
        last, first = (p.strip() for p in text.split(","))
        if first and last and " " not in last:
            text = f"{first} {last}"
    gender = ""
    academic: list[str] = []
    words: list[str] = []
    for word in text.split():
        key = word.lower().rstrip(".")
        if not words and key in _MALE_TITLES and not gender:
            gender = "m"
        elif not words and key in _FEMALE_TITLES and not gender:
            gender = "f"
        elif key in _ACADEMIC:
            academic.append(_ACADEMIC[key])
        else:
            words.append(word)
    return Name(gender, " ".join(academic), tuple(words))


def salutation(name: str, lang: str) -> str:
    """The first line of a letter to `name` (a display name, maybe empty) in `lang`."""
    n = parse_name(name)
    return {"de": _de, "id": _id, "ru": _ru}.get(lang, _en)(n)


def _en(n: Name) -> str:
    if not n.words:
        return "Hello,"
    if n.gender:
        title = {"m": "Mr", "f": "Ms"}[n.gender]
        return f"Dear {' '.join(x for x in (title, n.academic, n.last) if x)},"
    if n.academic:
        return f"Dear {n.academic} {n.last},"
    return f"Dear {n.full},"


def _de(n: Name) -> str:
    gender = n.gender
    if not gender and len(n.words) >= 2:
        first = n.words[0].lower()
        gender = "m" if first in _DE_MALE else "f" if first in _DE_FEMALE else ""
    if not n.words or not gender:
        return "Sehr geehrte Damen und Herren,"
    words = ("Sehr geehrter Herr",) if gender == "m" else ("Sehr geehrte Frau",)
    return " ".join(x for x in (*words, n.academic, n.last) if x) + ","


def _id(n: Name) -> str:
    if not n.words:
        return "Yth. Bapak/Ibu,"
    title = {"m": "Bapak", "f": "Ibu"}.get(n.gender, "Bapak/Ibu")
    return f"Yth. {' '.join(x for x in (title, n.academic, n.full) if x)},"


def _ru(n: Name) -> str:
    """"Уважаемый Иван Петрович!" from a patronymic, whichever order the name is in."""
    for i, word in enumerate(n.words[1:4], start=1):  # a patronymic follows the first name
        female = bool(_PATRONYMIC_FEMALE.search(word))
        male = bool(_PATRONYMIC_MALE.search(word)) or (
            len(n.words) == 3 and bool(_PATRONYMIC_MALE_SHORT.search(word)))
        if len(word) >= 5 and (male or female):
            head = "Уважаемая" if female else "Уважаемый"
            return f"{head} {n.words[i - 1]} {word}!"
    if not n.words:
        return "Здравствуйте!"
    return f"Здравствуйте, {n.full}!"
