from collections import Counter, defaultdict
from functools import partial

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView
from django_countries import countries

from cndh.fragments import kept
from cndh.i18n import localized
from cndh.models import Page, if_public
from cndh.opendata import FORMATS, opendata_response
from cndh.views import BreadcrumbMixin, PageView, PreviewMixin, cooperation_trail
from partners.exports import COLUMNS, DATASETS
from partners.filters import PartnerFilter
from partners.models import Partner, Role
from partners.worldmap import world_map_svg


def international_partners_trail() -> list[tuple[str, str]]:
    return [*cooperation_trail(), (_("International partners"), reverse("partners:directory"))]


class InternationalPartnersView(PageView):
    """The international partners landing: its text, the directory with its map, and (from the
    reports app, through its ``cooperation_chapters`` tag) the yearly cooperation chapters."""

    template_name = "partners/international_partners.html"
    page_key = Page.Key.INTERNATIONAL_PARTNERS

    def get_breadcrumbs(self):
        return international_partners_trail()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(partners_directory(self.request))
        return context


#: Unfiltered, each category shows this many partners and a link to all of its own.
GROUP_SIZE = 30
#: Filtered (by category, country, name...), the directory shows this many partners a page.
PAGE_SIZE = 120
#: What the directory shows of a partner.
DIRECTORY_FIELDS = ["slug", "category", "country", "status", "publish_at"] + [
    f"{field}_{code}" for field in ("name", "acronym") for code, _name in settings.LANGUAGES
]


def partners_directory(request) -> dict:
    """The filtered directory grouped by category, and the map of every partner's country.

    Neither grows with the number of partners: unfiltered, each category shows its first
    ``GROUP_SIZE`` partners and a link to the rest; filtered, the partners come in pages.
    Unfiltered, it depends on the content alone and is built once per generation (cndh.fragments).
    """
    filterset = PartnerFilter(request.GET or None, queryset=Partner.objects.published().only(*DIRECTORY_FIELDS))
    if filterset.is_bound:
        contents = _directory(request, filterset)
    else:
        contents = kept(request, "directory", partial(_directory, request, filterset))
    query = request.GET.copy()
    query.pop("page", None)
    return {"filter": filterset, **contents, "query_without_page": query.urlencode()}


def _directory(request, filterset) -> dict:
    partners = sorted(filterset.qs, key=lambda p: localized(p, "name").value.casefold())
    is_filtered = filterset.is_bound and filterset.is_valid() and any(filterset.form.cleaned_data.values())
    page_obj = None
    if is_filtered:
        paginator = Paginator(partners, PAGE_SIZE)
        page_obj = paginator.get_page(request.GET.get("page"))
        shown = page_obj.object_list
    else:
        shown = partners
    by_category = {value: [] for value in Partner.Category.values}
    for partner in shown:
        by_category[partner.category].append(partner)
    totals = Counter(partner.category for partner in partners)
    groups = [
        {
            "value": value,
            "label": label,
            "partners": by_category[value] if is_filtered else by_category[value][:GROUP_SIZE],
            "count": totals[value],
            "all_url": None if is_filtered or totals[value] <= GROUP_SIZE else f"?category={value}#directory",
        }
        for value, label in Partner.Category.choices
        if by_category[value]
    ]
    counts = Counter(Partner.objects.published().exclude(country="").values_list("country", flat=True))
    map_countries = sorted(
        ((code, countries.name(code), count) for code, count in counts.items()), key=lambda item: item[1]
    )
    return {
        "partner_groups": groups,
        "partner_count": len(partners),
        "is_filtered": is_filtered,
        "page_obj": page_obj,
        "paginator": page_obj.paginator if page_obj else None,
        "is_paginated": bool(page_obj and page_obj.has_other_pages()),
        "world_map": world_map_svg(dict(counts), link_pattern="?country={code}#directory"),
        "map_countries": map_countries,
    }


class PartnerDetailView(BreadcrumbMixin, PreviewMixin, DetailView):
    model = Partner
    template_name = "partners/partner_detail.html"
    context_object_name = "partner"

    def get_queryset(self):
        return super().get_queryset().select_related("parent")

    def get_breadcrumbs(self):
        return [*international_partners_trail(), (localized(self.object, "name"), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # All of it depends on the content and the date alone: built once per generation.
        context.update(kept(self.request, "partner", partial(self._contents, self.object), self.object.pk))
        return context

    @staticmethod
    def _contents(partner: Partner) -> dict:
        roles = list(partner.roles.all())
        activities = list(
            partner.activities.published()
            .select_related("chapter__report")
            .prefetch_related(Prefetch("partners", queryset=Partner.objects.published()))
            .order_by("-date", "pk")
        )
        for activity in activities:
            activity.other_partners = [p for p in activity.partners.all() if p.pk != partner.pk]
        return {
            "parent": if_public(partner.parent),
            "current_roles": [r for r in roles if r.state() != Role.State.PAST],
            "past_roles": [r for r in roles if r.state() == Role.State.PAST],
            "agreements": partner.agreements.published().order_by("-starts_on", "title"),
            "children": partner.children.published().order_by("category", "slug"),
            "activity_years": _by_year(activities),
            "chapters": _chapters_of([*activities, *partner.chapter_mentions.select_related("chapter__report")]),
        }


def _by_year(activities) -> list[tuple[int | None, list]]:
    """Newest year first; activities whose date is unknown come last."""
    years = defaultdict(list)
    for activity in activities:
        years[activity.date.year if activity.date else None].append(activity)
    return sorted(years.items(), key=lambda item: -(item[0] or 0))


def _chapters_of(records) -> list[tuple[object, str]]:
    """The public report chapters that tell of these activities or mentions, with the first part's anchor."""
    seen = {}
    for record in sorted(records, key=lambda r: (r.chapter_part is None, r.chapter_part or 0)):
        chapter = record.chapter
        if if_public(chapter) is None:
            continue
        seen.setdefault(chapter.pk, (chapter, record.chapter_anchor))
    return sorted(seen.values(), key=lambda item: (-item[0].report.year, item[0].order))


# --- open data -----------------------------------------------------------------------------


def data_export(request, dataset: str, fmt: str):
    """One dataset of ``partners.exports``, written by the site's one open-data writer."""
    if dataset not in DATASETS or fmt not in FORMATS:
        raise Http404
    rows = DATASETS[dataset](absolute=request.build_absolute_uri)
    return opendata_response(dataset=dataset, fmt=fmt, columns=COLUMNS[dataset], rows=rows)


# --- end of open data ----------------------------------------------------------------------
