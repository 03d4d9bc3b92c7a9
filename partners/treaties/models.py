"""Human rights treaties, Morocco's consent to them, and its reporting to the treaty bodies.

Every state (party, overdue, due...) is computed from dates on the day asked,
``cndh.clock.today()`` unless told otherwise, and never stored.
"""

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from cndh import clock
from cndh.fields import WebAddressField
from cndh.models import Publishable, PublishableQuerySet
from cndh.partialdate import PartialDateField
from cndh.richtext import RichTextField
from partners.models import Partner


class Acceptance(models.TextChoices):
    """Whether Morocco accepts a procedure; blank when the site does not know."""

    ACCEPTED = "accepted", _("Accepted")
    NOT_ACCEPTED = "not-accepted", _("Not accepted")
    NOT_APPLICABLE = "not-applicable", _("No such procedure")


class TreatyQuerySet(PublishableQuerySet):
    def core(self):
        return self.filter(parent__isnull=True)

    def protocols(self):
        return self.filter(parent__isnull=False)

    def for_table(self):
        """Everything a row of the treaties table prints, in a fixed number of queries."""
        cycles = ReportingCycle.objects.published().order_by("order", "pk")
        return self.select_related("body", "parent").prefetch_related(Prefetch("cycles", queryset=cycles))


class Treaty(Publishable):
    """A core UN human rights instrument or an optional protocol, and Morocco's status under it."""

    class Consent(models.TextChoices):
        RATIFICATION = "ratification", _("Ratification")
        ACCESSION = "accession", _("Accession")
        SUCCESSION = "succession", _("Succession")
        UNSPECIFIED = "unspecified", _("Ratification or accession")

    class MoroccoStatus(models.TextChoices):
        PARTY = "party", _("State party")
        SIGNATORY = "signatory", _("Signatory")
        NO_ACTION = "no-action", _("No action")

    acronym = models.CharField(_("acronym"), max_length=20, unique=True, help_text=_("The official acronym: ICCPR."))
    slug = models.SlugField(
        _("slug"), max_length=40, unique=True, help_text=_("The acronym in lower case: iccpr, op-cedaw.")
    )
    name = models.CharField(_("name"), max_length=300)
    adoption_year = models.PositiveSmallIntegerField(
        _("year of adoption"), validators=[MinValueValidator(1945), MaxValueValidator(2100)]
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="protocols",
        verbose_name=_("protocol to"),
        help_text=_("For an optional protocol: the treaty it completes."),
    )
    body = models.ForeignKey(
        Partner,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="treaties",
        verbose_name=_("treaty body"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    signature_date = PartialDateField(_("signature"), blank=True)
    consent_kind = models.CharField(
        _("consent to be bound"),
        max_length=20,
        choices=Consent.choices,
        blank=True,
        help_text=_("Leave empty while Morocco is not bound by the instrument."),
    )
    consent_date = PartialDateField(
        _("date of consent"), blank=True, help_text=_("Date of deposit; leave empty when it is not known.")
    )
    reservations = RichTextField(_("reservations and declarations"), blank=True)
    individual_complaints = models.CharField(
        _("individual complaints"), max_length=20, choices=Acceptance.choices, blank=True
    )
    inquiry_procedure = models.CharField(_("inquiry procedure"), max_length=20, choices=Acceptance.choices, blank=True)

    objects = TreatyQuerySet.as_manager()

    class Meta:
        verbose_name = _("treaty")
        verbose_name_plural = _("treaties")
        ordering = ["order", "adoption_year", "acronym"]
        constraints = [
            models.CheckConstraint(
                condition=Q(consent_date="") | ~Q(consent_kind=""),
                name="treaty_consent_date_needs_kind",
                violation_error_message=_("A date of consent needs its kind."),
            ),
        ]

    def __str__(self):
        return self.acronym

    def get_absolute_url(self):
        return reverse("treaties:treaty", kwargs={"slug": self.slug})

    @property
    def is_protocol(self) -> bool:
        return self.parent_id is not None

    def morocco_status(self, *, today: datetime.date | None = None) -> str:
        """Party once consent is given (a future deposit date does not count yet), else signatory or nothing."""
        today = clock.or_today(today)
        if self.consent_kind and (self.consent_date is None or self.consent_date.first_day <= today):
            return self.MoroccoStatus.PARTY
        if self.signature_date is not None and self.signature_date.first_day <= today:
            return self.MoroccoStatus.SIGNATORY
        return self.MoroccoStatus.NO_ACTION

    def morocco_status_label(self, *, today: datetime.date | None = None) -> str:
        return self.MoroccoStatus(self.morocco_status(today=today)).label

    def report_cycles(self):
        """Cycles of state reports (prefetched by ``for_table``), without country visits."""
        return [cycle for cycle in self.cycles.all() if cycle.kind == ReportingCycle.Kind.REPORT]

    def last_report(self, *, today: datetime.date | None = None):
        """The latest cycle whose state report has been received."""
        today = clock.or_today(today)
        received = [c for c in self.report_cycles() if c.report_is_received(today=today)]
        return received[-1] if received else None

    def overdue_cycles(self, *, today: datetime.date | None = None) -> list["ReportingCycle"]:
        today = clock.or_today(today)
        return [c for c in self.report_cycles() if c.state(today=today) == ReportingCycle.State.OVERDUE]

    def next_due(self, *, today: datetime.date | None = None):
        """The first cycle still to report (due or upcoming), if nothing is overdue."""
        today = clock.or_today(today)
        waiting = (ReportingCycle.State.DUE, ReportingCycle.State.UPCOMING)
        pending = [c for c in self.report_cycles() if c.state(today=today) in waiting]
        return pending[0] if pending else None


class ReportingCycleQuerySet(PublishableQuerySet):
    def with_context(self):
        return self.select_related("treaty", "treaty__body", "mechanism")


class ReportingCycle(Publishable):
    """One round of reporting to a treaty body, or another review tracked the same way (UPR, SPT visit).

    Its state is computed from the dates on the day asked (see ``state``), never stored.
    """

    class Kind(models.TextChoices):
        REPORT = "report", _("State report")
        REVIEW = "review", _("Periodic review")
        VISIT = "visit", _("Country visit")

    class Procedure(models.TextChoices):
        STANDARD = "standard", _("Standard procedure")
        SIMPLIFIED = "simplified", _("Simplified procedure (list of issues prior to reporting)")

    class State(models.TextChoices):
        UPCOMING = "upcoming", _("Upcoming")
        DUE = "due", _("Due")
        OVERDUE = "overdue", _("Overdue")
        SUBMITTED = "submitted", _("Submitted, awaiting review")
        REVIEWED = "reviewed", _("Reviewed")

    #: A report is "due" rather than "upcoming" this many days before its deadline period begins.
    DUE_WINDOW = datetime.timedelta(days=90)

    treaty = models.ForeignKey(
        Treaty,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="cycles",
        verbose_name=_("treaty"),
    )
    mechanism = models.ForeignKey(
        Partner,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reporting_cycles",
        verbose_name=_("mechanism"),
        help_text=_("For a review outside a treaty body's reporting: the Universal Periodic Review, the SPT."),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.REPORT)
    order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Position in the timeline."))
    label = models.CharField(_("label"), max_length=200, help_text=_("Initial report, 5th periodic report..."))
    procedure = models.CharField(_("procedure"), max_length=12, choices=Procedure.choices, default=Procedure.STANDARD)
    due_date = PartialDateField(_("due date"), blank=True)
    report_received = models.BooleanField(
        _("state report received"),
        default=False,
        help_text=_("Tick when the report was received even if its date is not known; a date ticks it."),
    )
    submitted_date = PartialDateField(_("state report received on"), blank=True)
    list_of_issues_date = PartialDateField(_("list of issues"), blank=True)
    list_of_issues_url = WebAddressField(_("list of issues (link)"), blank=True)
    review_session = models.CharField(_("review session"), max_length=200, blank=True)
    review_date = PartialDateField(
        _("review date"), blank=True, help_text=_("The dialogue with the body, or the dates of a visit.")
    )
    observations_date = PartialDateField(_("concluding observations"), blank=True)
    observations_url = WebAddressField(_("concluding observations (link)"), blank=True)
    follow_up = RichTextField(_("follow-up"), blank=True)

    #: A cycle is public only while its treaty (or the mechanism that reviews) is.
    public_parents = ("treaty", "mechanism")

    objects = ReportingCycleQuerySet.as_manager()

    class Meta:
        verbose_name = _("reporting cycle")
        verbose_name_plural = _("reporting cycles")
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(treaty__isnull=False) | Q(mechanism__isnull=False),
                name="cycle_has_treaty_or_mechanism",
                violation_error_message=_("Choose the treaty or the mechanism this cycle belongs to."),
            ),
        ]

    def __str__(self):
        return f"{self.subject_acronym}: {self.label}"

    def get_absolute_url(self):
        if self.treaty_id:
            return f"{self.treaty.get_absolute_url()}#cycle-{self.pk}"
        return reverse("treaties:list") + f"#cycle-{self.pk}"

    def save(self, *args, **kwargs):
        if self.submitted_date:
            self.report_received = True
        super().save(*args, **kwargs)

    @property
    def subject_acronym(self) -> str:
        if self.treaty_id:
            return self.treaty.acronym
        return self.mechanism.acronym or self.mechanism.name

    @property
    def body(self):
        """Who reviews: the mechanism named on the cycle, or the treaty's body."""
        if self.mechanism_id:
            return self.mechanism
        return self.treaty.body if self.treaty_id else None

    def report_is_received(self, *, today: datetime.date | None = None) -> bool:
        today = clock.or_today(today)
        if self.submitted_date is not None:
            return self.submitted_date.first_day <= today
        return self.report_received

    def is_reviewed(self, *, today: datetime.date | None = None) -> bool:
        today = clock.or_today(today)
        if self.observations_date is not None and self.observations_date.first_day <= today:
            return True
        return self.review_date is not None and self.review_date.last_day <= today

    def state(self, *, today: datetime.date | None = None) -> str:
        """Reviewed, submitted, overdue, due or upcoming on ``today`` (a ``State``).

        A deadline known only to the month or year runs to the end of that
        period: a report due "2015-11" is overdue from 1 December 2015.
        """
        today = clock.or_today(today)
        if self.is_reviewed(today=today):
            return self.State.REVIEWED
        if self.report_is_received(today=today):
            return self.State.SUBMITTED
        if self.due_date is not None:
            if today > self.due_date.last_day:
                return self.State.OVERDUE
            if today >= self.due_date.first_day - self.DUE_WINDOW:
                return self.State.DUE
        return self.State.UPCOMING

    def state_label(self, *, today: datetime.date | None = None) -> str:
        state = self.state(today=today)
        if state == self.State.REVIEWED and self.kind == self.Kind.VISIT:
            return gettext("Visit held")
        return self.State(state).label

    def overdue_since(self) -> datetime.date | None:
        """The first day the report was late (the day after its deadline period)."""
        if self.due_date is None:
            return None
        return self.due_date.last_day + datetime.timedelta(days=1)

    def months_overdue(self, *, today: datetime.date | None = None) -> int:
        since = self.overdue_since()
        if since is None:
            return 0
        today = clock.or_today(today)
        months = (today.year - since.year) * 12 + today.month - since.month
        return max(months, 0)

    def overdue_duration(self, *, today: datetime.date | None = None) -> str:
        """How long the report has been overdue, in years and months ("10 years and 11 months")."""
        months = self.months_overdue(today=today)
        years, months = divmod(months, 12)
        year_text = ngettext("%(count)d year", "%(count)d years", years) % {"count": years}
        month_text = ngettext("%(count)d month", "%(count)d months", months) % {"count": months}
        if years and months:
            return gettext("%(years)s and %(months)s") % {"years": year_text, "months": month_text}
        if years:
            return year_text
        if months:
            return month_text
        return gettext("less than a month")


def cycles_in_state(cycles, *, today: datetime.date | None = None, states=None) -> list[ReportingCycle]:
    """The cycles whose computed state is in ``states`` (all when None), in their given order."""
    today = clock.or_today(today)
    return [c for c in cycles if states is None or c.state(today=today) in states]


def overdue_cycles(*, today: datetime.date | None = None) -> list[ReportingCycle]:
    """Every published cycle overdue on ``today``, the longest overdue first (one query)."""
    today = clock.or_today(today)
    cycles = cycles_in_state(
        ReportingCycle.objects.published().with_context(), today=today, states={ReportingCycle.State.OVERDUE}
    )
    return sorted(cycles, key=lambda c: (c.overdue_since(), c.pk))
