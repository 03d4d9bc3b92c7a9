"""Treaties and reporting cycles in the site search (registered by TreatiesConfig.ready)."""

from django.utils.translation import gettext_lazy as _

from cndh.search.registry import Document, SearchSource, plain, register
from partners.models import Partner
from partners.treaties.models import ReportingCycle, Treaty


@register
class TreatySource(SearchSource):
    key = "treaty"
    model = Treaty
    label = _("Treaties")

    def documents(self, obj, language):
        name = self.field(obj, "name", language)
        if not name:
            return []
        return [Document(title=f"{name} ({obj.acronym})", text=plain(self.field(obj, "reservations", language)))]


@register
class ReportingCycleSource(SearchSource):
    key = "cycle"
    model = ReportingCycle
    label = _("Reporting to treaty bodies")
    select_related = ("treaty", "mechanism")
    depends_on = (("treaty", Treaty), ("mechanism", Partner))

    def documents(self, obj, language):
        label = self.field(obj, "label", language)
        if not label:
            return []
        texts = [self.field(obj, "review_session", language), plain(self.field(obj, "follow_up", language))]
        return [Document(title=f"{obj.subject_acronym}: {label}", text=" ".join(t for t in texts if t))]

    def year(self, obj):
        return obj.due_date.year if obj.due_date else None
