"""Change one Tamazight word everywhere in the interface catalogue, for review before saving.

    .venv/bin/python scripts/zgh_term.py ⴰⵏⴰⵍⴽⴰⵎ ⴰⵏⵏⴰⵍⴽⴰⵎ            # show every change
    .venv/bin/python scripts/zgh_term.py ⴰⵏⴰⵍⴽⴰⵎ ⴰⵏⵏⴰⵍⴽⴰⵎ --write    # then save them
    make messages                                               # compile

OLD is replaced where it stands as a whole word (Tifinagh letters on neither side), so
changing a noun's free state leaves its annexed state and plural alone: run the script once
per form, as locale/zgh/glossary.yaml lists them, then change the glossary to match.
Every changed string is printed, before and after, for a reader of Tamazight to check the
agreement of the words around it, which no replacement can know.
"""

import argparse
import re
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "locale" / "zgh" / "LC_MESSAGES" / "django.po"
LETTER = "\u2d30-\u2d7f"


def replace_word(text: str, old: str, new: str) -> str:
    return re.sub(rf"(?<![{LETTER}]){re.escape(old)}(?![{LETTER}])", new, text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", help="the word as it is written now")
    parser.add_argument("new", help="the word to write instead")
    parser.add_argument("--write", action="store_true", help="save the catalogue (otherwise only show)")
    args = parser.parse_args()

    po = polib.pofile(str(CATALOGUE), wrapwidth=79)
    changed = 0
    for entry in po:
        if entry.obsolete:
            continue
        forms = entry.msgstr_plural if entry.msgid_plural else {None: entry.msgstr}
        for index, text in forms.items():
            new_text = replace_word(text, args.old, args.new)
            if new_text == text:
                continue
            changed += 1
            print(f"msgid: {entry.msgid}\n  - {text}\n  + {new_text}\n")
            if index is None:
                entry.msgstr = new_text
            else:
                entry.msgstr_plural[index] = new_text
    print(f"{changed} string(s) {'changed' if args.write else 'would change'}.")
    if args.write and changed:
        po.save(str(CATALOGUE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
