"""The Council's international partners, its roles with them and its agreements."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from cndh import clock
from cndh.fields import WebAddressField
from cndh.models import Publishable, PublishableQuerySet
from cndh.partialdate import PartialDate, PartialDateField
from cndh.richtext import RichTextField
from cndh.uploads import DocumentField, PictureField, UploadTo


class Partner(Publishable):
    class Category(models.TextChoices):
        UN_HUMAN_RIGHTS = "un-human-rights", _("UN human rights system")
        UN_AGENCIES = "un-agencies", _("UN agencies and programmes")
        AFRICAN_UNION = "african-union", _("African Union system")
        EUROPEAN = "european", _("European institutions")
        NHRI_NETWORKS = "nhri-networks", _("Networks of national human rights institutions")
        NHRIS_ABROAD = "nhris-abroad", _("National human rights institutions abroad")
        DIPLOMATIC = "diplomatic", _("Diplomatic missions and states")
        NGOS = "ngos", _("International NGOs and other partners")

    name = models.CharField(_("name"), max_length=300)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, help_text=_("ASCII, shared by all languages."))
    description = RichTextField(_("description"), blank=True)
    category = models.CharField(_("category"), max_length=30, choices=Category.choices, db_index=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("part of"),
        help_text=_("A working group belongs to its network, a subcommittee to its system."),
    )
    country = CountryField(_("country"), blank=True, db_index=True)
    website = WebAddressField(_("website"), blank=True)
    logo = PictureField(_("logo"), upload_to=UploadTo("partners/logos"), blank=True)
    logo_alt = models.CharField(_("logo description"), max_length=300, blank=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["category", "name"]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def get_absolute_url(self):
        return reverse("partners:partner", kwargs={"slug": self.slug})


# --- The Council's roles with its partners, and its agreements -------------------------


def _check_order(start: PartialDate | None, end: PartialDate | None) -> None:
    if start and end and end.last_day < start.first_day:
        raise ValidationError({"end": _("The end cannot come before the start.")})


class Role(models.Model):
    """The Council's position with a partner (member of a bureau, chair of a committee...).

    Whether it is current is computed from the dates, which may be known only
    to the month or the year: a role "until 2021" lasts until 31 December 2021.
    """

    class State(models.TextChoices):
        UPCOMING = "upcoming", _("Upcoming")
        CURRENT = "current", _("Current")
        PAST = "past", _("Past")

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="roles", verbose_name=_("partner"))
    title = models.CharField(_("role"), max_length=300)
    start = PartialDateField(_("from"), blank=True)
    end = PartialDateField(_("until"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        _check_order(self.start, self.end)

    def state(self, *, today: datetime.date | None = None) -> str:
        on = clock.or_today(today)
        if self.start and self.start.first_day > on:
            return self.State.UPCOMING
        if self.end and self.end.last_day < on:
            return self.State.PAST
        return self.State.CURRENT

    @property
    def is_current(self) -> bool:
        return self.state() == self.State.CURRENT


class AgreementQuerySet(PublishableQuerySet):
    def in_force(self, *, today: datetime.date | None = None):
        """Begun (or of unknown start) and not ended on ``today`` (the site's clock); the last day still counts."""
        on = clock.or_today(today)
        return self.filter(Q(starts_on__isnull=True) | Q(starts_on__lte=on)).filter(
            Q(ends_on__isnull=True) | Q(ends_on__gte=on)
        )


class Agreement(Publishable):
    """A memorandum, programme, partnership or project with one or more partners."""

    class Kind(models.TextChoices):
        MOU = "mou", _("Memorandum of understanding")
        PROGRAMME = "programme", _("Cooperation programme")
        PARTNERSHIP = "partnership", _("Partnership")
        PROJECT = "project", _("Project")

    class State(models.TextChoices):
        NOT_STARTED = "not-started", _("Not yet in force")
        IN_FORCE = "in-force", _("In force")
        ENDED = "ended", _("Ended")

    partners = models.ManyToManyField(Partner, related_name="agreements", verbose_name=_("partners"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, help_text=_("ASCII, shared by all languages."))
    summary = models.TextField(_("summary"), blank=True)
    signed_on = PartialDateField(_("signed on"), blank=True)
    start = PartialDateField(_("in force from"), blank=True, help_text=_("Leave empty if it applies from signature."))
    end = PartialDateField(_("in force until"), blank=True, help_text=_("Leave empty if it has no end date."))
    document = DocumentField(_("document"), upload_to=UploadTo("partners/agreements"), blank=True)
    # Derived from the dates above on save, so that lists can filter in the database.
    starts_on = models.DateField(editable=False, null=True)
    ends_on = models.DateField(editable=False, null=True)

    objects = AgreementQuerySet.as_manager()

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        ordering = ["-signed_on", "title"]

    def __str__(self):
        return self.title

    def clean(self):
        _check_order(self.effective_start, self.end)

    def save(self, *args, **kwargs):
        for name in ("signed_on", "start", "end"):
            setattr(self, name, self._meta.get_field(name).to_python(getattr(self, name)))
        start = self.effective_start
        self.starts_on = start.first_day if start else None
        self.ends_on = self.end.last_day if self.end else None
        super().save(*args, **kwargs)

    @property
    def effective_start(self) -> PartialDate | None:
        return self.start or self.signed_on

    def state(self, *, today: datetime.date | None = None) -> str:
        on = clock.or_today(today)
        start = self.effective_start
        if start and start.first_day > on:
            return self.State.NOT_STARTED
        if self.end and self.end.last_day < on:
            return self.State.ENDED
        return self.State.IN_FORCE

    @property
    def is_in_force(self) -> bool:
        return self.state() == self.State.IN_FORCE
