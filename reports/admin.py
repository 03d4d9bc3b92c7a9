from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from cndh.admin import PublishableAdminMixin, TranslatedAdmin
from reports.models import Activity, Chapter, PartnerMention, Report, ReportDocument

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class ReportDocumentInline(admin.TabularInline):
    model = ReportDocument
    extra = 0
    fields = ("language", "file", "size", "pages")
    readonly_fields = ("size", "pages")


class ChapterInline(admin.TabularInline):
    model = Chapter
    extra = 0
    fields = ("order", "title", "slug", "status")
    show_change_link = True
    view_on_site = True


@admin.register(Report)
class ReportAdmin(PublishableAdminMixin, TranslatedAdmin):
    list_display = ("title", "kind", "year", "status", "publish_at", "missing_languages")
    list_filter = ("kind", "year", "status")
    search_fields = [f"title_{code}" for code in LANGUAGE_CODES] + ["slug"]
    prepopulated_fields = {"slug": ("title_en",)}
    autocomplete_fields = ("reporting_cycle",)
    inlines = [ReportDocumentInline, ChapterInline]
    fieldsets = [
        (None, {"fields": ("kind", "year", "title", "slug", "summary", "publication_date", "reporting_cycle")}),
        (_("Cover"), {"fields": ("cover", "cover_alt")}),
        (_("Publishing"), {"fields": ("status", "publish_at")}),
    ]


class PartnerMentionInline(admin.TabularInline):
    model = PartnerMention
    extra = 0
    autocomplete_fields = ("partner",)


@admin.register(Chapter)
class ChapterAdmin(PublishableAdminMixin, TranslatedAdmin):
    list_display = ("title", "report", "order", "status", "missing_languages")
    list_filter = ("status", "report__kind", "report__year", "international_cooperation")
    list_select_related = ("report",)
    search_fields = [f"title_{code}" for code in LANGUAGE_CODES]
    autocomplete_fields = ("report",)
    prepopulated_fields = {"slug": ("title_en",)}
    fields = ("report", "order", "title", "slug", "international_cooperation", "body", "status", "publish_at")
    inlines = [PartnerMentionInline]


@admin.register(Activity)
class ActivityAdmin(PublishableAdminMixin, TranslatedAdmin):
    list_display = ("title", "kind", "date", "chapter", "status", "missing_languages")
    list_filter = ("kind", "status", "partners__category")
    list_select_related = ("chapter",)
    search_fields = [f"title_{code}" for code in LANGUAGE_CODES] + [f"partners__name_{code}" for code in LANGUAGE_CODES]
    autocomplete_fields = ("partners", "chapter")
    prepopulated_fields = {"slug": ("title_en",)}
    fields = ("kind", "date", "title", "slug", "summary", "partners", "chapter", "chapter_part", "status", "publish_at")
