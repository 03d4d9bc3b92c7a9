from django.views.generic import DetailView

from cndh.views import BreadcrumbMixin, PreviewMixin, international_partners_trail
from partners.models import Partner


class PartnerDetailView(BreadcrumbMixin, PreviewMixin, DetailView):
    model = Partner
    template_name = "partners/partner_detail.html"
    context_object_name = "partner"

    def get_breadcrumbs(self):
        return [*international_partners_trail(), (self.object.name, None)]
