from django.views.generic import DetailView

from cndh.views import BreadcrumbMixin, PreviewMixin
from news.models import NewsItem


class NewsItemDetailView(BreadcrumbMixin, PreviewMixin, DetailView):
    model = NewsItem
    template_name = "news/newsitem_detail.html"
    context_object_name = "item"

    def get_breadcrumbs(self):
        return [(self.object.title, None)]
