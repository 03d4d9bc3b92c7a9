import re
from functools import partial

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from cndh.fragments import kept
from cndh.html import anchor_headings, heading_tree, wrap_tables
from cndh.i18n import direction_of, localized, marked, page_language
from cndh.views import BreadcrumbMixin, FirstPageMixin, PreviewMixin
from partners.models import Partner
from partners.views import international_partners_trail
from reports.filters import ReportFilter
from reports.models import Chapter, Report


def reports_trail():
    return [(_("Reports"), reverse("reports:list"))]


class ReportListView(BreadcrumbMixin, FirstPageMixin, ListView):
    template_name = "reports/report_list.html"
    context_object_name = "reports"
    paginate_by = 12

    def get_queryset(self):
        self.filterset = ReportFilter(self.request.GET or None, queryset=Report.objects.published().with_documents())
        return self.filterset.qs

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
        return [*reports_trail(), (localized(self.object, "title"), None)]


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
        # What the chapter shows depends on the content alone: built once per generation (cndh.fragments).
        context.update(kept(self.request, "chapter", partial(self._contents, chapter), chapter.pk))
        return context

    def _contents(self, chapter: Chapter) -> dict:
        body = localized(chapter, "body")
        body_html, headings = anchor_headings(wrap_tables(body.value, body.language))
        partners_by_part = chapter_partners(chapter)
        body_html = link_parts_to_partners(body_html, partners_by_part)
        previous, following = chapter.neighbours(Chapter.objects.visible_to(self.request.user))
        return {
            "body": body,
            "body_html": body_html,
            "headings": heading_tree(headings),
            "previous_chapter": previous,
            "next_chapter": following,
            "chapter_partners": sorted(
                {p.pk: p for part in partners_by_part.values() for p in part}.values(),
                key=lambda p: localized(p, "name").value.casefold(),
            ),
        }

    def get_breadcrumbs(self):
        chapter = self.object
        if chapter.international_cooperation:
            trail = international_partners_trail()
        else:
            trail = [*reports_trail(), (localized(chapter.report, "title"), chapter.report.get_absolute_url())]
        return [*trail, (localized(chapter, "title"), None)]


# --- partners named in a chapter ----------------------------------------------------------


def chapter_partners(chapter: Chapter) -> dict[int | None, list[Partner]]:
    """The published partners of the chapter's activities and those it names, by the part that tells of them."""
    activities = chapter.activities.published().prefetch_related(
        Prefetch("partners", queryset=Partner.objects.published().order_by("slug"))
    )
    mentions = chapter.mentions.filter(partner__in=Partner.objects.published()).select_related("partner")
    parts: dict[int | None, dict[int, Partner]] = {}
    for activity in activities:
        for partner in activity.partners.all():
            parts.setdefault(activity.chapter_part, {})[partner.pk] = partner
    for mention in mentions:
        parts.setdefault(mention.part, {}).setdefault(mention.partner.pk, mention.partner)
    return {part: list(partners.values()) for part, partners in parts.items()}


_NUMBERED_HEADING = re.compile(r'(<h([23]) id="s(\d+)">.*?</h\2>)', re.DOTALL)


def link_parts_to_partners(body_html: str, partners_by_part: dict[int | None, list[Partner]]) -> str:
    """After each part's heading, link to the pages of the partners the part names."""

    language = page_language()
    direction = direction_of(language)

    def add_links(match: re.Match) -> str:
        partners = partners_by_part.get(int(match.group(3)))
        if not partners:
            return match.group(1)
        links = format_html_join(
            _(", "), '<a href="{}">{}</a>', ((p.get_absolute_url(), _partner_label(p)) for p in partners)
        )
        return match.group(1) + format_html(
            '<p class="part-partners" lang="{}" dir="{}"><span>{}</span> {}</p>',
            language,
            direction,
            _("Partners in this part:"),
            links,
        )

    return _NUMBERED_HEADING.sub(add_links, body_html)


def _partner_label(partner: Partner):
    return marked(localized(partner, "name"))


# --- end of partners named in a chapter ---------------------------------------------------
