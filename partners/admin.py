from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from cndh.admin import PublishableAdminMixin, TranslatedAdmin, TranslatedTabularInline
from partners.models import Agreement, Partner, Role

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


# --- partners, roles and agreements ---
class RoleInline(TranslatedTabularInline):
    model = Role
    extra = 0
    fields = ("title", "start", "end", "order")


class AgreementPartnerInline(admin.TabularInline):
    model = Agreement.partners.through
    extra = 0
    autocomplete_fields = ("agreement",)
    verbose_name = _("agreement")
    verbose_name_plural = _("agreements")


@admin.register(Partner)
class PartnerAdmin(PublishableAdminMixin, TranslatedAdmin):
    translation_check_field = "name"
    list_display = ("name", "acronym", "category", "country", "status", "missing_languages")
    list_filter = ("category", "country", "status")
    search_fields = [f"name_{code}" for code in LANGUAGE_CODES] + [f"acronym_{code}" for code in LANGUAGE_CODES]
    autocomplete_fields = ("parent",)
    prepopulated_fields = {"slug": ("name_en",)}
    inlines = [RoleInline, AgreementPartnerInline]
    fieldsets = [
        (None, {"fields": ("name", "acronym", "slug", "category", "parent", "country", "website", "description")}),
        (_("Logo"), {"fields": ("logo", "logo_alt")}),
        (_("Publishing"), {"fields": ("status", "publish_at")}),
    ]


@admin.register(Agreement)
class AgreementAdmin(PublishableAdminMixin, TranslatedAdmin):
    list_display = ("title", "kind", "signed_on", "start", "end", "state_display", "status", "missing_languages")
    list_filter = ("kind", "status", "partners__category")
    search_fields = [f"title_{code}" for code in LANGUAGE_CODES] + [f"partners__name_{code}" for code in LANGUAGE_CODES]
    autocomplete_fields = ("partners",)
    prepopulated_fields = {"slug": ("title_en",)}
    fields = (
        "partners",
        "kind",
        "title",
        "slug",
        "summary",
        "signed_on",
        "start",
        "end",
        "document",
        "status",
        "publish_at",
    )

    @admin.display(description=_("state"))
    def state_display(self, obj):
        return Agreement.State(obj.state()).label
