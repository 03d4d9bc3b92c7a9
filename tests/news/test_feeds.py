import io
import os
import re
from xml.etree import ElementTree

import feedparser
import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image

from news.models import NewsItem
from tests import factories
from tests.helpers import LANGUAGES

pytestmark = pytest.mark.django_db

DC = "http://purl.org/dc/elements/1.1/"
ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TIFINAGH = re.compile("[\u2d30-\u2d7f]")

FEEDS = [
    "/news/feed/rss/",
    "/news/feed/atom/",
    "/news/feed/rss/kind/press-release/",
    "/news/feed/atom/kind/statement/",
    "/news/feed/rss/partner/ganhri/",
    "/news/feed/atom/partner/ganhri/",
]


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return feedparser.parse(response.content)


@pytest.fixture
def site(partner, settings):
    settings.SITE_URL = "https://www.cndh.example"
    for kind in NewsItem.Kind.values:
        item = factories.NewsItemFactory(kind=kind, title_zgh=f"ⴰⵏⵖⵎⵉⵙ {kind}", title_en=f"English {kind}")
        item.partners.add(partner)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("feed", FEEDS)
def test_every_feed_parses_without_errors_in_every_language(client, site, feed, language):
    parsed = parse(client, f"/{language}{feed}")
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.entries, "each feed has at least one item"
    assert parsed.feed.get("language", language) == language
    for entry in parsed.entries:
        assert entry.link.startswith(f"https://www.cndh.example/{language}/news/"), entry.link


@pytest.mark.parametrize("count", [10, 2000])
@pytest.mark.parametrize("feed", FEEDS)
def test_each_feed_stays_within_three_queries(client, django_assert_max_num_queries, partner, feed, count):
    factories.NewsItemFactory.create_bulk(count, partner=partner)
    with django_assert_max_num_queries(3):
        parsed = parse(client, f"/fr{feed}")
    assert 1 <= len(parsed.entries) <= 30


def test_item_untranslated_in_the_feed_language_is_left_out(client):
    both = factories.NewsItemFactory(title_fr="Traduit", title_en="Translated")
    french_only = factories.NewsItemFactory(title_fr="Seulement en français", title_en="")
    arabic_only = factories.NewsItemFactory(title_fr=None, title_en=None)
    english = [e.title for e in parse(client, "/en/news/feed/rss/").entries]
    french = [e.title for e in parse(client, "/fr/news/feed/atom/").entries]
    assert english == ["Translated"]
    assert french == ["Traduit", "Seulement en français"]
    arabic = [e.title for e in parse(client, "/ar/news/feed/rss/").entries]
    assert arabic == [both.title_ar, french_only.title_ar, arabic_only.title_ar]


def test_feed_text_is_only_in_the_feed_language(client):
    factories.NewsItemFactory(title_en="Only the title", summary_en="", body_en="")
    entry = parse(client, "/en/news/feed/rss/").entries[0]
    assert entry.title == "Only the title"
    assert "Texte" not in entry.get("summary", "") and "نص" not in entry.get("summary", "")


def test_drafts_and_scheduled_items_are_absent_from_feeds_until_due(client):
    factories.NewsItemFactory(title_fr="Publié")
    factories.NewsItemFactory(title_fr="Brouillon", status=NewsItem.Status.DRAFT)
    scheduled = factories.NewsItemFactory(title_fr="Programmé", publish_at=timezone.now() + timezone.timedelta(hours=1))
    for feed in ("/fr/news/feed/rss/", "/fr/news/feed/atom/"):
        assert [e.title for e in parse(client, feed).entries] == ["Publié"]
    NewsItem.objects.filter(pk=scheduled.pk).update(publish_at=timezone.now() - timezone.timedelta(minutes=1))
    assert [e.title for e in parse(client, "/fr/news/feed/rss/").entries] == ["Programmé", "Publié"]


def test_image_is_an_enclosure_with_an_absolute_url(client, settings):
    settings.SITE_URL = "https://www.cndh.example"
    item = factories.NewsItemFactory()
    png = io.BytesIO()
    Image.new("RGB", (16, 9), "teal").save(png, "PNG")
    item.image.save("photo.png", ContentFile(png.getvalue()), save=True)
    for feed in ("/fr/news/feed/rss/", "/fr/news/feed/atom/"):
        entry = parse(client, feed).entries[0]
        enclosure = entry.enclosures[0]
        assert enclosure.href == f"https://www.cndh.example/media/{item.image.name}"
        assert enclosure.type == "image/png"
        assert int(enclosure.length) == os.path.getsize(item.image.path)  # the stored file's, as re-encoded


def test_control_characters_are_stripped_instead_of_breaking_the_feed(client):
    factories.NewsItemFactory(title_fr="Titre\x0b avec\x01 contrôle", summary_fr="Résumé\x0c", body_fr="")
    for feed in ("/fr/news/feed/rss/", "/fr/news/feed/atom/"):
        parsed = parse(client, feed)
        assert parsed.bozo == 0
        assert parsed.entries[0].title == "Titre avec contrôle"


def test_a_control_character_in_a_body_or_a_partner_name_leaves_the_lines_and_the_feed_whole(client, partner):
    partner.name_fr = "Alliance\x0b mondiale"
    partner.save()
    item = factories.NewsItemFactory(body_fr="<p>Premier\x0b paragraphe</p>\n<p>Second\x1f</p>")
    item.partners.add(partner)
    for feed in ("rss", "atom"):
        response = client.get(f"/fr/news/feed/{feed}/partner/{partner.slug}/")
        assert response.status_code == 200
        parsed = feedparser.parse(response.content)
        assert parsed.bozo == 0
        assert parsed.feed.title.endswith("\u2068Alliance mondiale\u2069")
        description = parsed.entries[0].get("summary") or parsed.entries[0].content[0].value
        assert "Premier paragraphe</p>\n<p>Second</p>" in description


def test_unknown_kind_or_partner_feed_is_404(client, partner):
    assert client.get("/fr/news/feed/rss/kind/nope/").status_code == 404
    assert client.get("/fr/news/feed/atom/partner/nope/").status_code == 404
    partner.status = "draft"
    partner.save()
    assert client.get(f"/fr/news/feed/rss/partner/{partner.slug}/").status_code == 404


def test_kind_and_partner_feeds_list_only_their_items(client, partner):
    statement = factories.NewsItemFactory(kind=NewsItem.Kind.STATEMENT, title_fr="Déclaration")
    factories.NewsItemFactory(kind=NewsItem.Kind.NEWS, title_fr="Actualité")
    statement.partners.add(partner)
    assert [e.title for e in parse(client, "/fr/news/feed/rss/kind/statement/").entries] == ["Déclaration"]
    assert [e.title for e in parse(client, f"/fr/news/feed/atom/partner/{partner.slug}/").entries] == ["Déclaration"]


def xml_of(client, url) -> ElementTree.Element:
    response = client.get(url)
    assert response.status_code == 200, url
    return ElementTree.fromstring(response.content)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_item_says_its_own_language(client, site, language):
    rss = xml_of(client, f"/{language}/news/feed/rss/")
    items = rss.findall("channel/item")
    assert items
    assert [item.findtext(f"{{{DC}}}language") for item in items] == [language] * len(items)
    atom = xml_of(client, f"/{language}/news/feed/atom/")
    entries = atom.findall(f"{{{ATOM}}}entry")
    assert entries
    assert [entry.get(XML_LANG) for entry in entries] == [language] * len(entries)


def test_a_partner_name_shown_in_another_language_is_isolated_in_the_feed_title(client, partner):
    partner.name_zgh = ""
    partner.name_ar = "الشبكة الدولية"
    partner.save()
    factories.NewsItemFactory(title_zgh="ⴰⵏⴳⵎⴰⵎ").partners.add(partner)
    for feed in ("rss", "atom"):
        parsed = parse(client, f"/zgh/news/feed/{feed}/partner/{partner.slug}/")
        # FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE: the Arabic name keeps its order and
        # leaves the Tifinagh words around it in theirs.
        assert "\u2068الشبكة الدولية\u2069" in parsed.feed.title
        assert TIFINAGH.search(parsed.feed.title.replace("\u2068الشبكة الدولية\u2069", ""))
