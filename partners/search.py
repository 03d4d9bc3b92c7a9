"""Partners in the site search (registered by PartnersConfig.ready)."""

from django.utils.translation import gettext_lazy as _

from cndh.search.registry import Document, SearchSource, plain, register
from partners.models import Agreement, Partner


@register
class PartnerSource(SearchSource):
    key = "partner"
    model = Partner
    label = _("Partners")

    def documents(self, obj, language):
        name = self.field(obj, "name", language)
        if not name:
            return []
        acronym = self.field(obj, "acronym", language)
        title = f"{name} ({acronym})" if acronym else name
        return [Document(title=title, text=plain(self.field(obj, "description", language)))]

    def category(self, obj):
        return obj.category

    def categories(self):
        return Partner.Category.choices


@register
class AgreementSource(SearchSource):
    """Agreements are read on their partners' pages, which the site search finds: their entries
    serve the admin's search box."""

    key = "agreement"
    model = Agreement
    label = Agreement._meta.verbose_name_plural
    text_fields = ("summary",)
    in_site_search = False
