"""The partners directory's filters: category, country, agreement in force, name in any language."""

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from partners.models import Agreement, Partner

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def partner_countries() -> list[tuple[str, str]]:
    """Countries that have published partners, by name in the page's language; one query."""
    codes = set(Partner.objects.published().exclude(country="").values_list("country", flat=True).distinct())
    return sorted(((code, countries.name(code)) for code in codes), key=lambda item: item[1])


class PartnerFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Name or acronym"), method="filter_text", max_length=100)
    category = django_filters.ChoiceFilter(
        label=_("Category"), choices=Partner.Category.choices, empty_label=_("All categories")
    )
    country = django_filters.ChoiceFilter(label=_("Country"), choices=partner_countries, empty_label=_("All countries"))
    in_force = django_filters.BooleanFilter(
        label=_("With an agreement in force"), method="filter_in_force", widget=forms.CheckboxInput
    )

    class Meta:
        model = Partner
        fields = ["q", "category", "country", "in_force"]

    def filter_text(self, queryset, name, value):
        words = value.split()
        for word in words:
            match = Q()
            for code in LANGUAGE_CODES:
                match |= Q(**{f"name_{code}__icontains": word}) | Q(**{f"acronym_{code}__icontains": word})
            queryset = queryset.filter(match)
        return queryset

    def filter_in_force(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(pk__in=Agreement.objects.published().in_force().values("partners"))
