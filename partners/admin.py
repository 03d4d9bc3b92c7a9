from django.conf import settings
from django.contrib import admin

from cndh.admin import PublishableAdminMixin, TranslatedAdmin
from partners.models import Partner

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@admin.register(Partner)
class PartnerAdmin(PublishableAdminMixin, TranslatedAdmin):
    translation_check_field = "name"
    list_display = ("name", "acronym", "category", "country", "status", "missing_languages")
    list_filter = ("category", "country", "status")
    search_fields = [f"name_{code}" for code in LANGUAGE_CODES] + [f"acronym_{code}" for code in LANGUAGE_CODES]
    autocomplete_fields = ("parent",)
    prepopulated_fields = {"slug": ("name_en",)}
