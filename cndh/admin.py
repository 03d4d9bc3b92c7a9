"""The admin's shared base: language tabs, input direction, missing translations."""

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.db.models import Q
from django.utils.html import format_html_join
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from js_asset import Media
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline

from cndh.i18n import missing_languages
from cndh.models import Page, Publishable
from cndh.pagecache import content_changed
from cndh.search import query as search


def _direct_by_language(field, db_field):
    """Arabic inputs edit right to left; Tifinagh, French and English left to right."""
    language = getattr(db_field, "language", None)
    if field is not None and language:
        rtl = get_language_info(language)["bidi"]
        field.widget.attrs.update({"lang": language, "dir": "rtl" if rtl else "ltr"})
    return field


class DirectionMixin:
    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            # An address typed without a scheme ("www.ohchr.org") is saved as https://.
            kwargs.setdefault("assume_scheme", "https")
        return _direct_by_language(super().formfield_for_dbfield(db_field, request, **kwargs), db_field)

    class Media:
        js = ("admin/cndh-admin.js",)
        css = {"all": ("admin/cndh-admin.css",)}


class IndexedSearchMixin:
    """The changelist's search box asks the site search's index for the models it covers, so
    staff find "الأمم المتحدة" by typing "الامم المتحدة" as visitors do, drafts included; the
    ``search_fields`` still answer for the rest (a slug, an acronym)."""

    def get_search_results(self, request, queryset, search_term):
        by_fields, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        matched = search.matching_ids(self.model, search_term) if search_term.strip() else None
        if matched is None:
            return by_fields, may_have_duplicates
        # Either way of finding counts; subqueries, so no row comes twice.
        return queryset.filter(Q(pk__in=matched) | Q(pk__in=by_fields.values("pk"))), False


class TranslatedAdmin(IndexedSearchMixin, DirectionMixin, TabbedTranslationAdmin):
    """Base for every admin of a model with translated fields."""

    #: The field whose translations the "missing languages" column checks.
    translation_check_field = "title"

    def render_change_form(self, request, context, *args, **kwargs):
        # The rich-text editor's media open with an inline import map, which the
        # Content-Security-Policy runs only with this request's nonce; Django 5.2's
        # admin renders media without one.
        if isinstance(context.get("media"), Media):
            context["media"] = context["media"].with_nonce(request.csp_nonce)
        return super().render_change_form(request, context, *args, **kwargs)

    @admin.display(description=_("missing languages"))
    def missing_languages(self, obj):
        missing = missing_languages(obj, self.translation_check_field)
        if not missing:
            return "✓"
        return format_html_join(" ", '<span class="missing-language" lang="en">{}</span>', ((c,) for c in missing))


class TranslatedTabularInline(DirectionMixin, TranslationTabularInline):
    pass


class TranslatedStackedInline(DirectionMixin, TranslationStackedInline):
    pass


class PublishableAdminMixin:
    """The bulk actions every publishable model shares: publish, and return to draft.

    Both write with ``update()``, which sends no signal: they drop the stored pages
    themselves, and an admin whose model has other caches keyed on saves (the latest
    news) overrides them to refresh those.
    Each model admin declares its own list columns and filters.
    """

    actions = ["make_published", "make_draft"]

    @admin.action(description=_("Publish the selected items"))
    def make_published(self, request, queryset):
        queryset.update(status=Publishable.Status.PUBLISHED)
        content_changed()

    @admin.action(description=_("Return the selected items to draft"))
    def make_draft(self, request, queryset):
        queryset.update(status=Publishable.Status.DRAFT)
        content_changed()


@admin.register(Page)
class PageAdmin(PublishableAdminMixin, TranslatedAdmin):
    list_display = ("title", "key", "status", "publish_at", "missing_languages")
    list_filter = ("status",)
    search_fields = [f"title_{code}" for code, _name in settings.LANGUAGES]
