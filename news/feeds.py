"""RSS 2.0 and Atom feeds of the news, in the language of the URL prefix.

An item whose title is not translated into the feed's language is left out,
rather than shown in another language. Links are absolute, built from
``settings.SITE_URL``. Text is stripped of the control characters XML cannot
carry (Django's feed generator raises on them).
"""

import mimetypes

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from cndh.http import absolute_url
from cndh.i18n import localized, page_language
from cndh.text import isolate, strip_control_characters
from news.models import NewsItem
from partners.models import Partner

ITEMS = 30


class LanguageRssFeed(Rss201rev2Feed):
    """RSS 2.0 whose items each say their language (Dublin Core), as the channel does."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": "http://purl.org/dc/elements/1.1/"}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("language"):
            handler.addQuickElement("dc:language", item["language"])


class LanguageAtomFeed(Atom1Feed):
    """Atom whose entries each carry ``xml:lang``, as the feed does."""

    def item_attributes(self, item):
        return {**super().item_attributes(item), "xml:lang": item["language"]} if item.get("language") else {}


class NewsFeed(Feed):
    """All news (RSS 2.0); subclasses narrow to a kind or a partner, or switch to Atom."""

    feed_type = LanguageRssFeed
    feed_url_name = "news:feed-rss"

    def title(self, obj):
        return strip_control_characters(_("National Human Rights Council: news"))

    def description(self, obj):
        return strip_control_characters(
            _("News, press releases and statements on the Council's international cooperation.")
        )

    subtitle = description

    def link(self, obj):
        return absolute_url(reverse("news:list"))

    def feed_url(self, obj):
        return absolute_url(reverse(self.feed_url_name, kwargs=self.feed_url_kwargs(obj)))

    def feed_url_kwargs(self, obj) -> dict:
        return {}

    def author_name(self):
        return strip_control_characters(_("National Human Rights Council"))

    def item_queryset(self, obj):
        return NewsItem.objects.published()

    def items(self, obj):
        return self.item_queryset(obj).translated_in(page_language()).newest_first()[:ITEMS]

    def item_title(self, item):
        return strip_control_characters(getattr(item, f"title_{page_language()}"))

    def item_description(self, item):
        # Only text written in the feed's language: the body, or else the summary. Readers show a
        # description as HTML: the body is sanitised rich text, the summary plain text to escape.
        body = getattr(item, f"body_{page_language()}") or ""
        summary = escape(getattr(item, f"summary_{page_language()}") or "")
        return strip_control_characters(body or summary)

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())

    def item_extra_kwargs(self, item):
        # Items are only those written in the feed's language (``items``); the feed object is
        # shared by every request, the language lives in the request's thread.
        return {"language": page_language()}

    def item_guid(self, item):
        return self.item_link(item)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return max(item.updated_at, item.publish_at)

    def item_categories(self, item):
        return [strip_control_characters(str(item.get_kind_display()))]

    def item_enclosures(self, item):
        if not item.image:
            return []
        try:
            length = str(item.image.size)
        except OSError:
            # The file is missing from storage: still name it, with an unknown length.
            length = "0"
        mime_type = mimetypes.guess_type(item.image.name)[0] or "application/octet-stream"
        return [Enclosure(absolute_url(item.image.url), length, mime_type)]


class AtomMixin:
    feed_type = LanguageAtomFeed


class NewsAtomFeed(AtomMixin, NewsFeed):
    feed_url_name = "news:feed-atom"


class KindFeed(NewsFeed):
    feed_url_name = "news:feed-kind-rss"

    def get_object(self, request, kind):
        if kind not in NewsItem.Kind.values:
            raise Http404("No such kind of news.")
        return kind

    def title(self, obj):
        return strip_control_characters(
            _("National Human Rights Council: %(kind)s") % {"kind": NewsItem.Kind(obj).label},
        )

    def link(self, obj):
        return absolute_url(f"{reverse('news:list')}?kind={obj}")

    def feed_url_kwargs(self, obj):
        return {"kind": obj}

    def item_queryset(self, obj):
        return super().item_queryset(obj).filter(kind=obj)


class KindAtomFeed(AtomMixin, KindFeed):
    feed_url_name = "news:feed-kind-atom"


class PartnerFeed(NewsFeed):
    feed_url_name = "news:feed-partner-rss"

    def get_object(self, request, slug):
        return get_object_or_404(Partner.objects.published(), slug=slug)

    def title(self, obj):
        return strip_control_characters(
            _("National Human Rights Council: news about %(partner)s")
            # The name may be in another language than the title's words (no Tamazight name yet).
            % {"partner": isolate(localized(obj, "name", page_language()).value)}
        )

    def link(self, obj):
        return absolute_url(obj.get_absolute_url())

    def feed_url_kwargs(self, obj):
        return {"slug": obj.slug}

    def item_queryset(self, obj):
        return super().item_queryset(obj).for_partner(obj)


class PartnerAtomFeed(AtomMixin, PartnerFeed):
    feed_url_name = "news:feed-partner-atom"
