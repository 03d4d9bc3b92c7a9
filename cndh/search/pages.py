"""The section's fixed pages in the site search (registered by CndhConfig.ready)."""

from django.utils.translation import gettext_lazy as _

from cndh.models import Page
from cndh.search.registry import SearchSource, register


@register
class PageSource(SearchSource):
    key = "page"
    model = Page
    label = _("Site pages")
    text_fields = ("intro",)
