from functools import partial
from urllib.parse import urlencode

from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from cndh.fragments import kept
from cndh.i18n import localized, localized_order
from cndh.models import if_public
from cndh.views import BreadcrumbMixin, FirstPageMixin, PreviewMixin
from news.filters import NewsFilter, news_years
from news.models import NewsItem
from partners.models import Partner


def news_trail():
    return [(_("News"), reverse("news:list"))]


def month_redirect(request, year: int, month: str, day: str | None = None):
    """An item's address cut back to its month or day leads to that month's news in the list."""
    # The list's filters check the values and say in the visitor's language what they did not understand.
    if len(month) <= 2 and month.isascii() and month.isdigit():
        month = str(int(month))  # "03" is the filter's "3"
    return HttpResponseRedirect(f"{reverse('news:list')}?{urlencode({'year': year, 'month': month})}")


class NewsListView(BreadcrumbMixin, FirstPageMixin, ListView):
    """All published news, newest first, narrowed by the filters in the query string."""

    template_name = "news/newsitem_list.html"
    context_object_name = "items"
    paginate_by = 10

    def get_filterset(self):
        return NewsFilter(self.request.GET or None, queryset=self.get_base_queryset(), request=self.request)

    def get_base_queryset(self):
        return NewsItem.objects.published().newest_first()

    def get_queryset(self):
        self.filterset = self.get_filterset()
        return self.filterset.qs

    def get_breadcrumbs(self):
        return [(_("News"), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("page", None)
        context.update(
            filter=self.filterset,
            query_without_page=query.urlencode(),
            years=self.get_years(),
            feeds=self.get_feeds(),
        )
        return context

    def get_years(self) -> list[int]:
        return news_years(self.request)

    def get_feeds(self) -> dict[str, str]:
        """The feeds matching the list: a partner's or a kind's when the list is narrowed to it."""
        data = self.filterset.form.cleaned_data if self.filterset.is_valid() else {}
        if data.get("partner"):
            slug = data["partner"].slug
            return {
                "rss": reverse("news:feed-partner-rss", kwargs={"slug": slug}),
                "atom": reverse("news:feed-partner-atom", kwargs={"slug": slug}),
            }
        if data.get("kind"):
            kind = data["kind"]
            return {
                "rss": reverse("news:feed-kind-rss", kwargs={"kind": kind}),
                "atom": reverse("news:feed-kind-atom", kwargs={"kind": kind}),
            }
        return {"rss": reverse("news:feed-rss"), "atom": reverse("news:feed-atom")}


class NewsYearArchiveView(NewsListView):
    """One year of news; the other filters still apply. A year without news is a 404."""

    template_name = "news/newsitem_archive_year.html"

    def get_base_queryset(self):
        return super().get_base_queryset().filter(publish_at__year=self.kwargs["year"])

    def get_filterset(self):
        filterset = super().get_filterset()
        del filterset.filters["year"]
        return filterset

    def get(self, request, *args, **kwargs):
        if self.kwargs["year"] not in self.get_years():
            raise Http404("No news in this year.")
        return super().get(request, *args, **kwargs)

    def get_breadcrumbs(self):
        return [*news_trail(), (str(self.kwargs["year"]), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["year"] = self.kwargs["year"]
        return context


class NewsItemDetailView(BreadcrumbMixin, PreviewMixin, DetailView):
    model = NewsItem
    template_name = "news/newsitem_detail.html"
    context_object_name = "item"

    def get_queryset(self):
        return super().get_queryset().select_related("report", "chapter__report")

    def get_object(self, queryset=None):
        item = super().get_object(queryset)
        # The slug alone finds the item; the date in the address must be the item's own.
        if self.request.path != item.get_absolute_url():
            raise Http404("The date in the address is not the item's date.")
        return item

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # All of it depends on the content alone: built once per generation (cndh.fragments).
        context.update(kept(self.request, "news-item", partial(self._contents, self.object), self.object.pk))
        return context

    @staticmethod
    def _contents(item: NewsItem) -> dict:
        previous, following = item.neighbours(NewsItem.objects.published())
        return {
            "partners": Partner.objects.published().filter(news_items=item).order_by(localized_order("name")),
            "report": if_public(item.report),
            "chapter": if_public(item.chapter),
            "previous_item": previous,
            "next_item": following,
        }

    def get_breadcrumbs(self):
        return [*news_trail(), (localized(self.object, "title"), None)]
