"""Mail in Tamazight: every part says its language, and what is shown in Arabic says so too.

A subscriber reading in Tamazight gets the interface words in Tifinagh; a subject that has no
Tamazight text yet comes in Arabic, marked ``lang="ar" dir="rtl"`` in the HTML part and
isolated (FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE) in the text part, so that it keeps
its order inside a left-to-right message.
"""

import re
from html.parser import HTMLParser

import pytest

from news.newsletter import services
from news.newsletter.models import Edition
from tests import factories

pytestmark = pytest.mark.django_db

ARABIC = re.compile("[\u0600-\u06ff]")
TIFINAGH = re.compile("[\u2d30-\u2d7f]")
FSI, PDI = "\u2068", "\u2069"
VOID = {"meta", "br", "img", "hr", "link", "input"}


class Scripts(HTMLParser):
    """Each text in Arabic or Tifinagh script, with the nearest ``lang`` and ``dir`` around it,
    and the text of each ``<bdi>``."""

    def __init__(self):
        super().__init__()
        self.stack: list[dict] = []
        self.found: list[tuple[str, str | None, str | None, str]] = []
        self.isolated: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append({"tag": tag, **dict(attrs)})

    def handle_endtag(self, tag):
        if tag not in VOID:
            assert self.stack.pop()["tag"] == tag

    def nearest(self, name):
        return next((element[name] for element in reversed(self.stack) if name in element), None)

    def handle_data(self, data):
        if self.stack and self.stack[-1]["tag"] == "bdi":
            self.isolated.append(data)
        script = "arabic" if ARABIC.search(data) else "tifinagh" if TIFINAGH.search(data) else None
        if script:
            self.found.append((script, self.nearest("lang"), self.nearest("dir"), data.strip()))


def scripts(html: str) -> Scripts:
    parser = Scripts()
    parser.feed(html)
    return parser


def parts(message) -> tuple[str, str]:
    return (
        message.get_body(preferencelist=("html",)).get_content(),
        message.get_body(preferencelist=("plain",)).get_content(),
    )


def test_a_tamazight_edition_marks_its_arabic_subject_and_isolates_it_in_the_text(smtp_sink):
    sink = smtp_sink()
    item = factories.NewsItemFactory(title_zgh="ⴰⵏⴳⵎⴰⵎ ⵏ ⵓⵎⵢⴰⵡⴰⵙ", summary_zgh="ⴰⴳⵣⵓⵍ ⵏ ⵓⵏⴳⵎⴰⵎ.")
    # No Tamazight subject: the manager chose to send the Arabic one (services.checks).
    edition = factories.EditionFactory(
        items=[item], subject_ar="نشرة التعاون الدولي.", subject_zgh="", language_choices={"zgh": "fallback"}
    )
    reader = factories.SubscriberFactory(language="zgh")
    Edition.objects.filter(pk=edition.pk).update(queued_at=edition.created_at)
    assert services.edition_deliver(edition_id=edition.pk, worker_id="test-worker") == {"sent": 1}

    [message] = sink.parsed()
    assert message["To"] == reader.email
    assert message["Content-Language"] == "zgh"
    html, text = parts(message)
    assert '<html lang="zgh" dir="ltr">' in html and '<body lang="zgh" dir="ltr"' in html

    found = scripts(html)
    arabic = [(lang, direction, words) for script, lang, direction, words in found.found if script == "arabic"]
    # The subject, in the title and the heading: nothing else in Arabic, each marked as Arabic.
    assert arabic == [("ar", "rtl", "نشرة التعاون الدولي.")] * 2
    tifinagh = [(lang, direction) for script, lang, direction, _words in found.found if script == "tifinagh"]
    assert len(tifinagh) >= 6, "the interface words are in Tamazight"
    assert set(tifinagh) == {("zgh", "ltr")}
    assert '<h1 lang="ar" dir="rtl" style="text-align:right;' in html
    # The date sits in its own isolate.
    assert any(re.fullmatch(r"[0-9/.\- ]+", date) for date in found.isolated), found.isolated

    # Text part: the Arabic subject isolated, so its full stop stays at its end; every other
    # line in Tifinagh, Latin (links) or digits; the date isolated too.
    lines = text.splitlines()
    assert lines[0] == f"{FSI}نشرة التعاون الدولي.{PDI}"
    assert not any(ARABIC.search(line) for line in lines[1:])
    assert re.search(rf"\* ⴰⵏⴳⵎⴰⵎ ⵏ ⵓⵎⵢⴰⵡⴰⵙ \({FSI}[0-9/.\- ]+{PDI}\)", text)
    assert TIFINAGH.search(text[text.index("\n-- ") :])


def test_a_tamazight_edition_with_its_own_subject_has_no_isolate_around_it(smtp_sink):
    sink = smtp_sink()
    edition = factories.EditionFactory(
        items=[factories.NewsItemFactory(title_zgh="ⴰⵏⴳⵎⴰⵎ")], subject_ar="نشرة", subject_zgh="ⵜⴰⴱⵔⴰⵜ ⵏ ⵉⵙⴰⵍⵏ"
    )
    factories.SubscriberFactory(language="zgh")
    Edition.objects.filter(pk=edition.pk).update(queued_at=edition.created_at)
    services.edition_deliver(edition_id=edition.pk, worker_id="test-worker")
    [message] = sink.parsed()
    html, text = parts(message)
    assert message["Subject"] == "ⵜⴰⴱⵔⴰⵜ ⵏ ⵉⵙⴰⵍⵏ"
    assert text.splitlines()[0] == "ⵜⴰⴱⵔⴰⵜ ⵏ ⵉⵙⴰⵍⵏ"
    assert not ARABIC.search(html + text)
    assert '<h1 style="margin' in html


@pytest.mark.parametrize(("language", "direction"), [("zgh", "ltr"), ("ar", "rtl")])
def test_the_confirmation_mail_is_wholly_in_the_readers_language(smtp_sink, language, direction):
    sink = smtp_sink()
    subscriber = services.subscriber_subscribe(email="reader@example.org", language=language, client_address=None)
    assert services.subscriber_send_confirmation(subscriber_id=subscriber.pk)

    [message] = sink.parsed()
    assert message["Content-Language"] == language
    html, text = parts(message)
    assert f'<html lang="{language}" dir="{direction}">' in html
    found = scripts(html)
    assert found.found, "the mail has words in Arabic or Tifinagh script"
    assert {(lang, d) for _script, lang, d, _words in found.found} == {(language, direction)}
    if language == "zgh":
        # Subject, heading, every sentence of both parts: Tifinagh, none of it in Arabic.
        assert TIFINAGH.search(message["Subject"]) and not ARABIC.search(message["Subject"])
        assert not ARABIC.search(html) and not ARABIC.search(text)
        assert len([line for line in text.splitlines() if TIFINAGH.search(line)]) >= 4
