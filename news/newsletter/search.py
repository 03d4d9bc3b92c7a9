"""Past editions of the newsletter in the site search (registered by NewsletterConfig.ready)."""

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cndh.search.registry import SearchSource, register
from news.newsletter.models import Edition


@register
class EditionSource(SearchSource):
    key = "edition"
    model = Edition
    label = _("Newsletter editions")
    title_field = "subject"
    text_fields = ("introduction",)

    def public(self, language):
        return Edition.objects.archived_in(language)

    def visibility(self):
        # An edition is in the archive of the languages it went out in, and found only there.
        condition = Q()
        for code, _name in settings.LANGUAGES:
            condition |= Q(source=self.key, language=code, object_id__in=self.public(code).values("pk"))
        return condition

    def year(self, obj):
        return timezone.localtime(obj.publish_at).year
