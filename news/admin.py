from django.conf import settings
from django.contrib import admin

from cndh.admin import PublishableAdminMixin, TranslatedAdmin
from news.models import NewsItem

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@admin.register(NewsItem)
class NewsItemAdmin(PublishableAdminMixin, TranslatedAdmin):
    list_display = ("title", "kind", "publish_at", "status", "missing_languages")
    list_filter = ("kind", "status", "featured")
    date_hierarchy = "publish_at"
    search_fields = [f"title_{code}" for code in LANGUAGE_CODES]
    autocomplete_fields = ("partners",)
    prepopulated_fields = {"slug": ("title_en",)}
