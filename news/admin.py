from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from cndh.admin import PublishableAdminMixin, TranslatedAdmin
from news.latest import forget_latest_news
from news.models import NewsItem

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@admin.register(NewsItem)
class NewsItemAdmin(PublishableAdminMixin, TranslatedAdmin):
    list_display = ("title", "kind", "publish_at", "status", "featured", "missing_languages")
    list_filter = ("kind", "status", "featured", "partners")
    date_hierarchy = "publish_at"
    search_fields = [f"{field}_{code}" for field in ("title", "summary") for code in LANGUAGE_CODES] + ["slug"]
    autocomplete_fields = ("partners", "report", "chapter")
    prepopulated_fields = {"slug": ("title_en",)}
    fieldsets = [
        (None, {"fields": ("kind", "title", "slug", "summary", "body")}),
        (_("Image"), {"fields": ("image", "image_alt")}),
        (_("Concerns"), {"fields": ("partners", "report", "chapter")}),
        (_("Publishing"), {"fields": ("status", "publish_at", "featured")}),
    ]

    # The bulk actions write with update(), which sends no signal: refresh the side column here.
    @admin.action(description=_("Publish the selected items"))
    def make_published(self, request, queryset):
        super().make_published(request, queryset)
        forget_latest_news()

    @admin.action(description=_("Return the selected items to draft"))
    def make_draft(self, request, queryset):
        super().make_draft(request, queryset)
        forget_latest_news()
