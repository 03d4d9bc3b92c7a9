from django.conf import settings
from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cndh import clock
from cndh.admin import PublishableAdminMixin, TranslatedAdmin, TranslatedStackedInline
from partners.treaties.models import ReportingCycle, Treaty

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class ComputedStatusFilter(admin.SimpleListFilter):
    """Filter on a state computed in Python from dates (it is never stored, so SQL cannot filter on it)."""

    def status_of(self, obj, today) -> str:
        raise NotImplementedError

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        today = clock.today()
        wanted = [obj.pk for obj in queryset if self.status_of(obj, today) == self.value()]
        return queryset.filter(pk__in=wanted)


class CycleStatusFilter(ComputedStatusFilter):
    title = _("state today")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return ReportingCycle.State.choices

    def status_of(self, obj, today):
        return obj.state(today=today)


class MoroccoStatusFilter(ComputedStatusFilter):
    title = _("Morocco's status today")
    parameter_name = "morocco_status"

    def lookups(self, request, model_admin):
        return Treaty.MoroccoStatus.choices

    def status_of(self, obj, today):
        return obj.morocco_status(today=today)


def _state_badge(cycle, today):
    if cycle.state(today=today) == ReportingCycle.State.OVERDUE:
        return format_html(
            '<strong class="overdue-warning">⚠ {}</strong>',
            gettext("due %(date)s, overdue for %(duration)s")
            % {"date": cycle.due_date.format(), "duration": cycle.overdue_duration(today=today)},
        )
    return cycle.state_label(today=today)


class ReportingCycleInline(TranslatedStackedInline):
    model = ReportingCycle
    fk_name = "treaty"
    extra = 0
    autocomplete_fields = ("mechanism",)
    readonly_fields = ("state_today",)
    fieldsets = [
        (None, {"fields": ("order", "kind", "label", "procedure", "state_today")}),
        (
            _("Dates"),
            {
                "fields": (
                    "due_date",
                    ("report_received", "submitted_date"),
                    ("list_of_issues_date", "list_of_issues_url"),
                    ("review_session", "review_date"),
                    ("observations_date", "observations_url"),
                )
            },
        ),
        (_("Follow-up and publishing"), {"fields": ("follow_up", "mechanism", "status", "publish_at")}),
    ]

    @admin.display(description=_("state today"))
    def state_today(self, obj):
        return _state_badge(obj, clock.today()) if obj.pk else "-"


@admin.register(Treaty)
class TreatyAdmin(PublishableAdminMixin, TranslatedAdmin):
    translation_check_field = "name"
    list_display = ("acronym", "name", "adoption_year", "morocco_status_today", "overdue_reports", "status")
    list_filter = (MoroccoStatusFilter, "status", ("parent", admin.EmptyFieldListFilter))
    list_select_related = ("parent",)
    search_fields = ["acronym", "slug"] + [f"name_{code}" for code in LANGUAGE_CODES]
    autocomplete_fields = ("parent", "body")
    prepopulated_fields = {"slug": ("acronym",)}
    inlines = [ReportingCycleInline]
    fieldsets = [
        (None, {"fields": ("acronym", "slug", "name", "adoption_year", "parent", "body", "order")}),
        (
            _("Morocco"),
            {
                "fields": (
                    "signature_date",
                    ("consent_kind", "consent_date"),
                    "reservations",
                    ("individual_complaints", "inquiry_procedure"),
                )
            },
        ),
        (_("Publishing"), {"fields": ("status", "publish_at")}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("cycles")

    @admin.display(description=_("Morocco's status today"))
    def morocco_status_today(self, obj):
        return obj.morocco_status_label(today=clock.today())

    @admin.display(description=_("overdue reports"))
    def overdue_reports(self, obj):
        overdue = [c for c in obj.cycles.all() if c.state(today=clock.today()) == ReportingCycle.State.OVERDUE]
        if not overdue:
            return "-"
        return format_html('<strong class="overdue-warning">⚠ {}</strong>', ", ".join(str(c.label) for c in overdue))


@admin.register(ReportingCycle)
class ReportingCycleAdmin(PublishableAdminMixin, TranslatedAdmin):
    translation_check_field = "label"
    list_display = ("__str__", "kind", "due_date", "submitted_date", "review_date", "state_today", "status")
    list_filter = (CycleStatusFilter, "kind", "procedure", "status")
    list_select_related = ("treaty", "mechanism")
    search_fields = ["treaty__acronym", "mechanism__slug"] + [f"label_{code}" for code in LANGUAGE_CODES]
    autocomplete_fields = ("treaty", "mechanism")
    readonly_fields = ReportingCycleInline.readonly_fields
    fieldsets = [
        (None, {"fields": ("treaty", "mechanism", "order", "kind", "label", "procedure", "state_today")}),
        *ReportingCycleInline.fieldsets[1:],
    ]
    fieldsets[-1] = (_("Follow-up and publishing"), {"fields": ("follow_up", "status", "publish_at")})

    @admin.display(description=_("state today"))
    def state_today(self, obj):
        return _state_badge(obj, clock.today()) if obj.pk else "-"
