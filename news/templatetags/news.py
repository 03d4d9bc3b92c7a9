"""News widgets other apps' templates use: the side column's latest news, related news, feed links."""

from django import template
from django.conf import settings
from django.urls import reverse

from cndh.i18n import page_language
from news.latest import latest_news as cached_latest_news
from news.models import NewsItem

register = template.Library()

RELATED_COUNT = 5


@register.inclusion_tag("news/_latest_news.html")
def latest_news():
    """The three latest items in the page's language (one cached query), with a link to all news."""
    return {"entries": cached_latest_news(page_language())}


@register.inclusion_tag("news/_related_news.html")
def related_news(*, partner=None, report=None):
    """The latest items about a partner or a report (and its chapters), with a link to the rest."""
    items = NewsItem.objects.published().newest_first()
    more_url = None
    feed_url = None
    if partner is not None:
        items = items.for_partner(partner)
        more_url = f"{reverse('news:list')}?partner={partner.slug}"
        feed_url = reverse("news:feed-partner-rss", kwargs={"slug": partner.slug})
    elif report is not None:
        items = items.for_report(report)
    items = list(items.only("slug", "publish_at", "kind", *_title_fields())[: RELATED_COUNT + 1])
    return {
        "items": items[:RELATED_COUNT],
        "more_url": more_url if len(items) > RELATED_COUNT else None,
        "feed_url": feed_url,
    }


@register.inclusion_tag("news/_feed_links.html")
def news_feed_links(partner=None):
    """Autodiscovery <link> tags for the news feeds in the page's language, or for one partner's."""
    if partner is None:
        rss, atom = reverse("news:feed-rss"), reverse("news:feed-atom")
    else:
        rss = reverse("news:feed-partner-rss", kwargs={"slug": partner.slug})
        atom = reverse("news:feed-partner-atom", kwargs={"slug": partner.slug})
    return {"rss": rss, "atom": atom, "partner": partner, "SITE_URL": settings.SITE_URL}


def _title_fields():
    return [f"title_{code}" for code, _name in settings.LANGUAGES]
