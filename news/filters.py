import django_filters
from django.conf import settings
from django.core.validators import slug_re
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from cndh.dates import MONTHS
from cndh.filters import LocalizedSelect
from cndh.i18n import localized_order
from news.models import NewsItem
from partners.models import Partner


def news_years(request) -> list[int]:
    """Years with published news, newest first: one query per request, shared by the filter and the page."""
    if not hasattr(request, "_news_years"):
        dates = NewsItem.objects.published().dates("publish_at", "year", order="DESC")
        request._news_years = [d.year for d in dates]
    return request._news_years


def _months():
    return [(number, _(name)) for number, name in enumerate(MONTHS, start=1)]


def _partners(request):
    # Partners of published news, by name as the visitor reads it.
    with_news = NewsItem.partners.through.objects.filter(newsitem__in=NewsItem.objects.published())
    return Partner.objects.published().filter(pk__in=with_news.values("partner")).order_by(localized_order("name"))


#: The partner choice offers at most this many partners (those with the most news): the list
#: page must not grow with the number of partners. Any partner's slug still filters, and each
#: partner's page links to its news.
PARTNER_CHOICES = 40


class NewsFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Text"), method="search", max_length=100)
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=NewsItem.Kind.choices, empty_label=_("All kinds"))
    year = django_filters.ChoiceFilter(
        # Choices: the years with news, set per request in __init__.
        label=_("Year"),
        field_name="publish_at",
        lookup_expr="year",
        empty_label=_("All years"),
    )
    month = django_filters.ChoiceFilter(
        label=_("Month"), field_name="publish_at", lookup_expr="month", choices=_months, empty_label=_("All months")
    )
    partner = django_filters.ModelChoiceFilter(
        label=_("Partner"),
        queryset=_partners,
        to_field_name="slug",
        field_name="partners",
        empty_label=_("All partners"),
        widget=LocalizedSelect(field="name"),
    )

    class Meta:
        model = NewsItem
        fields = ["q", "kind", "year", "month", "partner"]

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if "year" in self.filters:
            self.filters["year"].extra["choices"] = lambda: [(year, year) for year in news_years(request)]

    @property
    def form(self):
        form = super().form
        field = form.fields.get("partner")
        if field is not None and not getattr(field, "is_capped", False):
            # The choices shown; what the field accepts is still field.queryset, all partners with news.
            shown = field.iterator(field)
            shown.queryset = self._shown_partners(field.queryset)
            field.widget.choices = shown
            field.is_capped = True
        return form

    def _shown_partners(self, partners):
        busiest = partners.annotate(news=Count("news_items")).order_by("-news", "pk").values("pk")[:PARTNER_CHOICES]
        shown = Q(pk__in=busiest)
        selected = self.data.get("partner") if self.data else None
        # Only a slug reaches the query: a value with a NUL in it is refused by PostgreSQL.
        if selected and slug_re.fullmatch(selected):
            shown |= Q(slug=selected)
        return partners.filter(shown)

    def search(self, queryset, name, value):
        """Words found in the title or summary, in any language."""
        for word in value.split()[:8]:
            match = Q()
            for code, _name in settings.LANGUAGES:
                match |= Q(**{f"title_{code}__icontains": word}) | Q(**{f"summary_{code}__icontains": word})
            queryset = queryset.filter(match)
        return queryset
