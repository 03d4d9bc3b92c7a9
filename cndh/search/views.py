"""The search page, the suggestions as a visitor types, and the OpenSearch description."""

from django import forms
from django.conf import settings
from django.http import JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import get_language, ngettext, pgettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from cndh.context_processors import language_links
from cndh.search.query import Query, site_search, title_suggestions
from cndh.search.registry import sources
from cndh.text import strip_control_characters
from cndh.views import BreadcrumbMixin

MAX_QUERY = 200


class QueryField(forms.CharField):
    """A query on one line: control characters dropped, spaces collapsed, before any check."""

    def to_python(self, value):
        value = strip_control_characters(super().to_python(value), keep_whitespace=False)
        return " ".join(value.split())


def _kinds():
    return [("", _("All kinds"))] + [(key, source.label) for key, source in sources().items()]


def _categories():
    return [("", _("All categories"))] + [c for source in sources().values() for c in source.categories()]


class SearchForm(forms.Form):
    q = QueryField(label=_("Search the site"), max_length=MAX_QUERY, required=False)
    kind = forms.ChoiceField(label=_("Kind of item"), choices=_kinds, required=False)
    year = forms.IntegerField(label=_("Year"), min_value=1900, max_value=2100, required=False)
    category = forms.ChoiceField(label=_("Partner category"), choices=_categories, required=False)


def _facet_url(query: str, **chosen) -> str:
    params = {"q": query, **{name: value for name, value in chosen.items() if value}}
    return f"?{urlencode(params)}"


class SearchView(BreadcrumbMixin, TemplateView):
    template_name = "cndh/search.html"

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        # Result pages are for visitors, not for search engines' indexes.
        response["X-Robots-Tag"] = "noindex"
        return response

    def get_breadcrumbs(self):
        return [(_("Search"), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = SearchForm(self.request.GET)
        context["form"] = form
        if not form.is_valid():
            # The other languages' search page, without the query that was refused.
            elsewhere = {}
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    elsewhere[code] = reverse("cndh:search")
            context["LANGUAGE_LINKS"] = language_links(self.request, elsewhere=elsewhere)
            return context
        data = form.cleaned_data
        query = Query.parse(data["q"])
        results = site_search(
            query=query,
            language=get_language(),
            kind=data["kind"],
            year=data["year"],
            category=data["category"],
            page=self.request.GET.get("page", 1),
        )
        chosen = {"kind": data["kind"], "year": data["year"], "category": data["category"]}
        for name, facets in results.facets.items():
            for facet in facets:
                facet.url = _facet_url(data["q"], **{**chosen, name: "" if facet.selected else facet.value})
        context.update(
            query=data["q"],
            results=results,
            chosen=chosen,
            page_obj=results.page,
            paginator=results.page.paginator if results.page else None,
            is_paginated=bool(results.page and results.page.has_other_pages()),
            query_without_page=_facet_url(data["q"], **chosen)[1:],
            suggestion_url=_facet_url(results.suggestion) if results.suggestion else "",
        )
        return context


def suggestions(request):
    """The first titles matching what the visitor is typing, for the header's search box.

    ``?format=opensearch`` answers in the OpenSearch suggestions format browsers read."""
    form = SearchForm(request.GET)
    raw = form.cleaned_data["q"] if form.is_valid() else ""
    hits = title_suggestions(query=Query.parse(raw), language=get_language()) if raw else []
    if request.GET.get("format") == "opensearch":
        return JsonResponse(
            [raw, [hit.title.value for hit in hits], [], [settings.SITE_URL + hit.url for hit in hits]],
            safe=False,
            content_type="application/x-suggestions+json",
        )
    return JsonResponse(
        {
            "query": raw,
            "status": ngettext("%(count)d suggestion", "%(count)d suggestions", len(hits)) % {"count": len(hits)},
            "results": [
                {
                    "title": hit.title.value,
                    "url": hit.url,
                    "kind": str(hit.kind),
                    "language": hit.language,
                    "dir": hit.title.direction,
                }
                for hit in hits
            ],
        }
    )


class OpenSearchView(TemplateView):
    """Lets browsers offer the site's search in their address bar."""

    template_name = "cndh/opensearch.xml"
    content_type = "application/opensearchdescription+xml"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["short_name"] = pgettext("short name of the Council", "CNDH")
        context["description"] = _("Search the international cooperation pages of the National Human Rights Council.")
        context["search_url"] = settings.SITE_URL + reverse("cndh:search")
        context["suggest_url"] = settings.SITE_URL + reverse("cndh:search-suggest")
        return context
