from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from cndh.html import anchor_headings, heading_tree, wrap_tables
from cndh.i18n import localized
from cndh.models import Page
from cndh.views import BreadcrumbMixin, PageView, PreviewMixin, international_partners_trail
from reports.filters import ReportFilter
from reports.models import Chapter, Report


def reports_trail():
    return [(_("Reports"), reverse("reports:list"))]


class InternationalPartnersView(PageView):
    """The international partners landing: its text and the yearly cooperation chapters."""

    template_name = "reports/international_partners.html"
    page_key = Page.Key.INTERNATIONAL_PARTNERS

    def get_breadcrumbs(self):
        return international_partners_trail()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["cooperation_chapters"] = (
            Chapter.objects.published().cooperation().select_related("report").order_by("-report__year", "order")
        )
        return context


class ReportListView(BreadcrumbMixin, ListView):
    template_name = "reports/report_list.html"
    context_object_name = "reports"
    paginate_by = 12

    def get_queryset(self):
        self.filterset = ReportFilter(self.request.GET or None, queryset=Report.objects.published().with_documents())
        return self.filterset.qs

    def paginate_queryset(self, queryset, page_size):
        try:
            return super().paginate_queryset(queryset, page_size)
        except Http404:
            # A page number out of range or not a number: show the first page, not an error.
            self.kwargs["page"] = 1
            paginator = self.get_paginator(queryset, page_size)
            page = paginator.page(1)
            return paginator, page, page.object_list, page.has_other_pages()

    def get_breadcrumbs(self):
        return reports_trail()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter"] = self.filterset
        query = self.request.GET.copy()
        query.pop("page", None)
        context["query_without_page"] = query.urlencode()
        return context


class ReportDetailView(BreadcrumbMixin, PreviewMixin, DetailView):
    model = Report
    template_name = "reports/report_detail.html"
    context_object_name = "report"

    def get_queryset(self):
        return super().get_queryset().with_documents().filter(year=self.kwargs["year"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["chapters"] = Chapter.objects.published().filter(report=self.object).order_by("order")
        return context

    def get_breadcrumbs(self):
        return [*reports_trail(), (self.object.title, None)]


class ChapterDetailView(BreadcrumbMixin, PreviewMixin, DetailView):
    model = Chapter
    template_name = "reports/chapter_detail.html"
    context_object_name = "chapter"
    slug_url_kwarg = "chapter"

    def get_object(self, queryset=None):
        reports = Report.objects.visible_to(self.request.user)
        report = get_object_or_404(reports.with_documents(), year=self.kwargs["year"], slug=self.kwargs["slug"])
        chapter = get_object_or_404(self.get_queryset(), report=report, slug=self.kwargs["chapter"])
        chapter.report = report
        return chapter

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        chapter = self.object
        body = localized(chapter, "body")
        body_html, headings = anchor_headings(wrap_tables(body.value))
        previous, following = chapter.neighbours(Chapter.objects.visible_to(self.request.user))
        context.update(
            body=body,
            body_html=body_html,
            headings=heading_tree(headings),
            previous_chapter=previous,
            next_chapter=following,
            is_preview=context["is_preview"] or not chapter.report.is_public,
        )
        return context

    def get_breadcrumbs(self):
        chapter = self.object
        if chapter.international_cooperation:
            trail = international_partners_trail()
        else:
            trail = [*reports_trail(), (chapter.report.title, chapter.report.get_absolute_url())]
        return [*trail, (chapter.title, None)]
