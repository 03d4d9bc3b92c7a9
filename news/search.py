"""News items in the site search (registered by NewsConfig.ready)."""

from django.utils import timezone
from django.utils.translation import pgettext_lazy

from cndh.search.registry import SearchSource, register
from news.models import NewsItem


@register
class NewsItemSource(SearchSource):
    key = "news"
    model = NewsItem
    label = pgettext_lazy("kind of search result", "News")
    text_fields = ("summary", "body")

    def year(self, obj):
        return timezone.localtime(obj.publish_at).year
