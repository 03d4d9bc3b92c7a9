"""Views of the shared base: fixed pages, the generic mixins, health and errors."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template import loader
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from cndh import health
from cndh.i18n import Localized
from cndh.models import Page


class BreadcrumbMixin:
    """Views list their trail of (title, url) after "Home"; the last item is the page itself."""

    def get_breadcrumbs(self) -> list[tuple["str | Localized", str | None]]:
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["breadcrumbs"] = self.get_breadcrumbs()
        return context


def cooperation_trail() -> list[tuple[str, str]]:
    return [(_("Cooperation and external relations"), reverse("cndh:cooperation"))]


class FirstPageMixin:
    """For a ListView: a page number out of range or not a number shows the first page, not an error."""

    def paginate_queryset(self, queryset, page_size):
        try:
            return super().paginate_queryset(queryset, page_size)
        except Http404:
            self.kwargs["page"] = 1
            paginator = self.get_paginator(queryset, page_size)
            page = paginator.page(1)
            return paginator, page, page.object_list, page.has_other_pages()


class PreviewResponseMixin:
    """A page that shows staff what visitors cannot see yet is never cached."""

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        if context.get("is_preview"):
            add_never_cache_headers(response)
        return response


class PreviewMixin(PreviewResponseMixin):
    """Detail views: staff see drafts and scheduled items, marked as previews."""

    def get_queryset(self):
        return super().get_queryset().visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_preview"] = not self.object.is_public
        return context


class PageView(BreadcrumbMixin, PreviewResponseMixin, TemplateView):
    """A fixed page whose text staff edit (cndh.Page)."""

    page_key: str

    def get_page(self):
        return get_object_or_404(Page.objects.visible_to(self.request.user), key=self.page_key)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = page = self.get_page()
        context["is_preview"] = not page.is_public
        return context


class HomeView(PageView):
    template_name = "cndh/home.html"
    page_key = Page.Key.HOME


class CooperationView(PageView):
    template_name = "cndh/cooperation.html"
    page_key = Page.Key.COOPERATION

    def get_breadcrumbs(self):
        return cooperation_trail()


@never_cache
def healthz(request):
    """Each dependency's state (cndh.health); 503 only when no page can be served."""
    status, body = health.report()
    return JsonResponse(body, status=status)


def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    # Nothing is disallowed: naming the admin's address here would tell every reader where it is.
    lines = ["User-agent: *", "Disallow:", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def server_error(request):
    """The 500 page, rendered without context processors: the database may be the cause.

    When it is (its server cannot be reached), the answer is 503 with ``Retry-After``: the
    site is unavailable for a while, not broken, and proxies and crawlers come back later.
    """
    outage = isinstance(sys.exc_info()[1], OperationalError | InterfaceError)
    body = loader.get_template("503.html" if outage else "500.html").render()
    response = HttpResponse(body, status=503 if outage else 500)
    add_never_cache_headers(response)
    if outage:
        response["Retry-After"] = str(settings.DATABASE_RETRY_AFTER)
    return response
