"""The one control-character cleaner that feeds, exports and filters share."""

import pytest
from django.utils.translation import gettext_lazy

from cndh.text import strip_control_characters

# Every C0 control but tab, line feed and carriage return, DEL, C1, and the two XML non-characters.
CONTROLS = [chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0), 0xFFFE, 0xFFFF]]


@pytest.mark.parametrize("control", CONTROLS, ids=[f"U+{ord(c):04X}" for c in CONTROLS])
def test_every_control_character_is_removed(control):
    assert strip_control_characters(f"a{control}b") == "ab"


def test_a_lone_surrogate_is_removed_so_the_text_encodes_as_utf8():
    assert strip_control_characters("a\ud800b").encode("utf-8") == b"ab"


def test_line_breaks_and_tabs_stay_by_default_and_go_when_asked():
    text = "line one\r\nline\ttwo\x0b"
    assert strip_control_characters(text) == "line one\r\nline\ttwo"
    assert strip_control_characters(text, keep_whitespace=False) == "line oneline" + "two"


def test_arabic_and_tamazight_keep_their_direction_marks_and_joiners():
    # RLM, LRM, ZWNJ, ZWJ and the Arabic letter mark are format characters (Cf), not controls.
    text = "\u200fالمجلس\u200c الوطني\u200d \u061cⵜⴰⵎⴰⵣⵉⵖⵜ\u200e"
    assert strip_control_characters(text) == text


def test_none_reads_as_empty_and_lazy_translations_as_text():
    assert strip_control_characters(None) == ""
    label = gettext_lazy("News")
    assert strip_control_characters(label) == str(label)
    assert type(strip_control_characters(label)) is str
