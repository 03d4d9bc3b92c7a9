import csv
from collections import Counter

from csp.constants import UNSAFE_INLINE
from csp.decorators import csp_update
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cndh.admin import TranslatedAdmin
from cndh.opendata import private_csv_response
from news.newsletter import services, smtp, tasks
from news.newsletter.forms import StaffSubscriberForm, SubscriberImportForm
from news.newsletter.models import BounceReport, ConsentRecord, Delivery, Edition, Subscriber
from news.newsletter.services.statistics import MEASURES

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
IMPORT_MAX_BYTES = 2 * 1024 * 1024
STATISTICS_EDITIONS = 12
MEASURE_LABELS = {
    "queued": _("queued"),
    "sent": _("sent"),
    "deferred": _("waiting for another attempt"),
    "failed": _("failed"),
    "bounced": _("bounced"),
    "complained": _("reported as spam"),
    "unsubscribed": _("left within 7 days"),
}


def statistics_chart(rows) -> str:
    """An SVG bar chart, drawn here (no script, no library): per edition, the messages sent and
    the readers lost (bounced, reported as spam, left within 7 days); the table beside it holds
    the same figures for those who do not see it."""
    width, height, top, bottom = 720, 240, 10, 40
    peak = max([counts["sent"] for _edition, counts in rows] + [1])
    slot = (width - 20) / max(len(rows), 1)
    bar = min(28, slot / 3)
    shapes = []
    for index, (edition, counts) in enumerate(rows):
        lost = counts["bounced"] + counts["complained"] + counts["unsubscribed"]
        x = 10 + index * slot + slot / 2 - bar
        for offset, value, colour, label in (
            (0, counts["sent"], "#0b5a45", MEASURE_LABELS["sent"]),
            (bar, lost, "#b3261e", _("lost")),
        ):
            h = (height - top - bottom) * value / peak
            shapes.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}: {} {}</title></rect>',
                    f"{x + offset:.1f}",
                    f"{height - bottom - h:.1f}",
                    f"{bar - 2:.1f}",
                    f"{h:.1f}",
                    colour,
                    edition,
                    value,
                    label,
                )
            )
        shapes.append(
            format_html(
                '<text x="{}" y="{}" font-size="11" text-anchor="middle">{}</text>',
                f"{x + bar:.1f}",
                height - bottom + 16,
                date_format(edition.prepared_at, "SHORT_DATE_FORMAT"),
            )
        )
    return format_html(
        '<svg class="newsletter-chart" viewBox="0 0 {} {}" role="img" aria-labelledby="chart-title">'
        '<title id="chart-title">{}</title><line x1="10" y1="{}" x2="{}" y2="{}" stroke="#555"/>{}</svg>',
        width,
        height,
        _("Messages sent and readers lost, per edition"),
        height - bottom,
        width - 10,
        height - bottom,
        format_html_join("", "{}", ((shape,) for shape in shapes)),
    )


class ConsentRecordInline(admin.TabularInline):
    model = ConsentRecord
    extra = 0
    can_delete = False
    fields = ("created_at", "action", "text_version", "language", "client_address", "basis", "entered_by")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    """Staff never make an address active by hand: the status is the owner's (confirming,
    leaving) or the mail server's (bouncing). An address is added with the basis of its
    consent, which the ledger records with who entered it, or invited to confirm itself."""

    change_list_template = "admin/newsletter/subscriber/change_list.html"
    list_display = ("email", "language", "status", "created_at", "confirmed_at")
    list_filter = ("status", "language")
    search_fields = ("email",)
    readonly_fields = (
        "email",
        "status",
        "soft_bounces",
        "topics",
        "confirmed_at",
        "unsubscribed_at",
        "bounced_at",
        "bounce_reason",
        "created_at",
        "updated_at",
    )
    fields = ("email", "language", *readonly_fields[1:])
    inlines = [ConsentRecordInline]
    actions = ["export_csv", "invite", "erase_completely"]

    def get_urls(self):
        urls = [
            path("import/", self.admin_site.admin_view(self.import_view), name="newsletter_subscriber_import"),
        ]
        return urls + super().get_urls()

    def _page(self, request, template, title, **context):
        context = {**self.admin_site.each_context(request), "opts": self.model._meta, "title": title, **context}
        return TemplateResponse(request, template, context)

    def add_view(self, request, form_url="", extra_context=None):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = StaffSubscriberForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            changelist = reverse("admin:newsletter_subscriber_changelist")
            if not data["basis"]:
                services.subscriber_invite(email=data["email"], language=data["language"])
                messages.success(
                    request,
                    _("A confirmation link was sent to %(email)s: it is subscribed once its owner confirms.")
                    % {"email": data["email"]},
                )
                return redirect(changelist)
            try:
                services.subscriber_add_by_hand(
                    email=data["email"],
                    language=data["language"],
                    basis=data["basis"],
                    text_version=data["text_version"],
                    entered_by=request.user,
                )
            except services.AddressAlreadyKnown:
                form.add_error(
                    "email",
                    _(
                        "This address is already on the list. One that left or bounced comes back only by "
                        "confirming again: leave the basis empty to send it a confirmation link."
                    ),
                )
            else:
                messages.success(
                    request, _("%(email)s is subscribed, with the consent you recorded.") % {"email": data["email"]}
                )
                return redirect(changelist)
        return self._page(request, "admin/newsletter/subscriber/add.html", _("Add a subscriber"), form=form)

    def import_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = SubscriberImportForm(request.POST or None, request.FILES or None)
        results = None
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                if upload.size > IMPORT_MAX_BYTES:
                    raise ValueError(_("The file is larger than 2 MB; split it."))
                text = upload.read().decode("utf-8-sig")
                results = services.subscribers_import_csv(text=text, entered_by=request.user)
            except UnicodeDecodeError:
                form.add_error("file", _("The file is not UTF-8 text; save it as “CSV UTF-8” and try again."))
            except (ValueError, csv.Error) as error:
                form.add_error("file", str(error))
        return self._page(
            request,
            "admin/newsletter/subscriber/import.html",
            _("Import subscribers"),
            form=form,
            results=results,
            outcomes=Counter(row.outcome for row in results or ()),
        )

    @admin.action(description=_("Send a new confirmation link (the address is subscribed once it confirms)"))
    def invite(self, request, queryset):
        count = 0
        for subscriber in queryset.exclude(status=Subscriber.Status.ACTIVE):
            services.subscriber_invite(email=subscriber.email, language=subscriber.language)
            count += 1
        self.message_user(request, ngettext("%d confirmation link sent.", "%d confirmation links sent.", count) % count)

    @admin.action(description=_("Export the selected subscribers (CSV)"))
    def export_csv(self, request, queryset):
        response = private_csv_response("newsletter-subscribers.csv")
        services.subscribers_export_csv(subscribers=queryset.prefetch_related("consents__entered_by"), stream=response)
        return response

    @admin.action(description=_("Erase the selected subscribers completely (address, consents, deliveries)"))
    def erase_completely(self, request, queryset):
        count = 0
        for subscriber in queryset:
            services.subscriber_erase(subscriber=subscriber)
            count += 1
        self.message_user(request, ngettext("%d subscriber erased.", "%d subscribers erased.", count) % count)


@admin.register(Edition)
class EditionAdmin(TranslatedAdmin):
    translation_check_field = "subject"
    change_form_template = "admin/newsletter/edition/change_form.html"
    change_list_template = "admin/newsletter/edition/change_list.html"
    list_display = ("subject", "delivery_state", "scheduled_for", "progress", "status", "missing_languages")
    list_filter = ("status",)
    search_fields = [f"subject_{code}" for code in LANGUAGE_CODES]
    autocomplete_fields = ("items",)
    readonly_fields = ("queued_at", "prepared_at", "completed_at", "progress", "statistics")
    fieldsets = (
        (None, {"fields": ("subject", "introduction")}),
        (_("Contents"), {"fields": ("selection", "items", "layout")}),
        (_("Sending"), {"fields": ("scheduled_for", "queued_at", "prepared_at", "completed_at", "progress")}),
        (_("Statistics"), {"fields": ("statistics",)}),
        (_("Public archive"), {"fields": ("status", "publish_at")}),
    )
    actions = ["queue_for_sending"]

    def get_queryset(self, request):
        return super().get_queryset(request).with_progress()

    @admin.display(description=_("delivery"))
    def delivery_state(self, obj):
        return obj.delivery_state.label

    @admin.display(description=_("per language"))
    def statistics(self, obj):
        if obj.pk is None or obj.prepared_at is None:
            return "—"
        names = dict(settings.LANGUAGES)
        rows = services.edition_statistics(edition=obj)
        head = format_html_join("", '<th scope="col">{}</th>', ((MEASURE_LABELS[m],) for m in MEASURES))
        body = format_html_join(
            "",
            '<tr><th scope="row">{}</th>{}</tr>',
            (
                (
                    names.get(row.language, _("All languages")),
                    format_html_join("", "<td>{}</td>", ((row.counts[m],) for m in MEASURES)),
                )
                for row in rows
            ),
        )
        return format_html(
            '<table class="newsletter-statistics"><thead><tr><td></td>{}</tr></thead><tbody>{}</tbody></table>'
            '<p class="help">{}</p>',
            head,
            body,
            _(
                "Counted from the delivery ledger, the returned messages and the consent ledger; no opening or "
                "click is tracked."
            ),
        )

    @admin.display(description=_("sent / failed / pending"))
    def progress(self, obj):
        if obj.pk is None:
            return "—"
        if not hasattr(obj, "sent_count"):
            obj = Edition.objects.with_progress().get(pk=obj.pk)
        return f"{obj.sent_count} / {obj.failed_count} / {obj.waiting_count}"

    @admin.action(description=_("Queue the selected editions for sending"))
    def queue_for_sending(self, request, queryset):
        queued = 0
        for edition in queryset.filter(queued_at__isnull=True):
            try:
                services.edition_queue(edition=edition)
            except services.EditionNotReady as refusal:
                self.message_user(
                    request,
                    _("“%(edition)s” is not queued: %(problems)s Open its check page to choose what to send.")
                    % {"edition": edition, "problems": refusal},
                    messages.ERROR,
                )
            else:
                queued += 1
        if queued:
            self.message_user(request, _("The editions are queued; each goes out at its scheduled time."))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # The preview links in the object tools, one per language.
        return super().change_view(
            request, object_id, form_url, extra_context={"languages": settings.LANGUAGES, **(extra_context or {})}
        )

    def get_urls(self):
        urls = [
            path(
                "<int:pk>/preview/<str:language>/",
                self.admin_site.admin_view(self.preview_view),
                name="newsletter_edition_preview",
            ),
            path(
                "<int:pk>/send-test/", self.admin_site.admin_view(self.send_test_view), name="newsletter_edition_test"
            ),
            path("<int:pk>/queue/", self.admin_site.admin_view(self.queue_view), name="newsletter_edition_queue"),
            path("statistics/", self.admin_site.admin_view(self.statistics_view), name="newsletter_edition_statistics"),
        ]
        return urls + super().get_urls()

    def _edition(self, request, pk):
        edition = self.get_object(request, str(pk))
        if edition is None or not self.has_view_permission(request, edition):
            raise Http404
        return edition

    def _context(self, request, edition, title):
        return {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": edition,
            "title": title,
            "languages": settings.LANGUAGES,
        }

    # The edition's HTML is mail, styled in style attributes, and the preview's frame
    # (srcdoc, sandboxed: no script runs in it) is under this page's policy.
    @csp_update({"style-src-attr": [UNSAFE_INLINE]})
    def preview_view(self, request, pk, language):
        edition = self._edition(request, pk)
        if language not in LANGUAGE_CODES:
            raise Http404
        rendered = services.edition_render(edition=edition, language=language)
        text, html, _one_click = rendered.for_subscriber(
            Subscriber(pk=0, email=request.user.email or "preview@example.org", language=language)
        )
        subject = services.edition_contents(edition=edition, language=language).subject
        context = {
            **self._context(request, edition, _("Preview")),
            "language": language,
            "subject": rendered.subject,
            "subject_language": subject.language,
            "subject_direction": subject.direction,
            "text": text,
            "html": html,
        }
        return TemplateResponse(request, "admin/newsletter/edition/preview.html", context)

    def statistics_view(self, request):
        """The latest editions side by side: sent, and what came back or left, from the ledgers."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        editions = list(
            self.get_queryset(request).filter(prepared_at__isnull=False).order_by("-prepared_at")[:STATISTICS_EDITIONS]
        )[::-1]
        rows = [(edition, services.edition_statistics(edition=edition)[-1].counts) for edition in editions]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Newsletter statistics"),
            "rows": rows,
            "chart": statistics_chart(rows),
            "languages": dict(settings.LANGUAGES),
        }
        return TemplateResponse(request, "admin/newsletter/edition/statistics.html", context)

    def send_test_view(self, request, pk):
        edition = self._edition(request, pk)
        change_url = reverse("admin:newsletter_edition_change", args=[edition.pk])
        if request.method == "POST":
            language = request.POST.get("language", "")
            if language not in LANGUAGE_CODES:
                messages.error(request, _("Choose a language."))
            elif not request.user.email or "\n" in request.user.email or "\r" in request.user.email:
                messages.error(request, _("Your staff account has no valid email address."))
            else:
                self._send_test(request, edition, language)
            return redirect(change_url)
        return TemplateResponse(
            request, "admin/newsletter/edition/send_test.html", self._context(request, edition, _("Send a test to me"))
        )

    def _send_test(self, request, edition, language):
        """Send now; while the mail server is away, queue the test and say so, never fail the page."""
        email = request.user.email
        try:
            services.edition_send_test(edition=edition, language=language, email=email)
        except OSError as error:
            if not smtp.temporary(error):
                messages.error(
                    request, _("The mail server refused the test (%(error)s). Nothing was sent.") % {"error": error}
                )
                return
            retry_at = tasks.mail_retry_at(0)
            if retry_at is None:  # no task queue to wait in: tasks run at once
                messages.error(
                    request,
                    _("The mail server did not answer (%(error)s). Nothing was sent; try again later.")
                    % {"error": error},
                )
                return
            tasks.send_test.using(run_after=retry_at).enqueue(edition.pk, language, email, attempt=1)
            messages.warning(
                request,
                _(
                    "The mail server did not take the test (%(error)s). It is queued and goes to %(email)s "
                    "as soon as the server answers; the start page shows the mail waiting."
                )
                % {"error": error, "email": email},
            )
            return
        messages.success(request, _("A test was sent to %(email)s.") % {"email": email})

    def queue_view(self, request, pk):
        """The check before queueing: per language, its readers, items, subject and message size;
        where readers would get nothing or another language's subject, the manager chooses."""
        edition = self._edition(request, pk)
        change_url = reverse("admin:newsletter_edition_change", args=[edition.pk])
        if not self.has_change_permission(request, edition):
            raise PermissionDenied
        if edition.queued_at is not None:
            return redirect(change_url)
        refused = False
        if request.method == "POST":
            choices = {code: request.POST.get(f"choice-{code}", "") for code in LANGUAGE_CODES}
            try:
                services.edition_queue(edition=edition, choices=choices)
            except services.EditionNotReady:
                refused = True
            else:
                messages.success(request, _("The edition is queued; it goes out at its scheduled time."))
                return redirect(change_url)
        checks = services.edition_check(edition=edition)
        context = {
            **self._context(request, edition, _("Check and queue for sending")),
            "checks": checks,
            "refused": refused,
            "subscriber_count": sum(
                check.subscribers
                for check in checks
                if not (check.needs_choice and check.choice == Edition.LanguageChoice.SKIP)
            ),
            "blocking": [check for check in checks if check.blocking],
        }
        return TemplateResponse(request, "admin/newsletter/edition/queue.html", context, status=400 if refused else 200)


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ("edition", "subscriber", "status", "attempts", "sent_at", "error")
    list_filter = ("status", "edition")
    search_fields = ("subscriber__email",)
    list_select_related = ("edition", "subscriber")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(BounceReport)
class BounceReportAdmin(admin.ModelAdmin):
    """What came back to the bounce address, and what was done; the unknown ones wait for a person."""

    list_display = ("received_at", "kind", "recipient", "status", "diagnostic", "delivery")
    list_filter = ("kind",)
    search_fields = ("recipient", "diagnostic", "subject")
    list_select_related = ("delivery",)
    readonly_fields = ("received_at", "kind", "delivery", "recipient", "status", "diagnostic", "subject", "raw")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
