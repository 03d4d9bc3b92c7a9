"""The Council's reports (annual, parallel, thematic, studies), their documents and chapters."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cndh.models import Publishable, PublishableQuerySet
from cndh.partialdate import PartialDateField
from cndh.richtext import RichTextField
from cndh.uploads import DocumentField, PictureField, UploadTo
from cndh.validators import pdf_page_count


class ReportQuerySet(PublishableQuerySet):
    def with_documents(self):
        return self.prefetch_related(Prefetch("documents", queryset=ReportDocument.objects.order_by("language")))


class Report(Publishable):
    class Kind(models.TextChoices):
        ANNUAL = "annual", _("Annual report")
        PARALLEL = "parallel", _("Parallel report")
        THEMATIC = "thematic", _("Thematic report")
        STUDY = "study", _("Study")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, db_index=True)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)], db_index=True
    )
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, help_text=_("ASCII, shared by all languages."))
    summary = models.TextField(_("summary"), blank=True)
    cover = PictureField(_("cover image"), upload_to=UploadTo("reports/covers"), blank=True)
    cover_alt = models.CharField(_("cover image description"), max_length=300, blank=True)
    publication_date = models.DateField(_("publication date"), null=True, blank=True)
    reporting_cycle = models.ForeignKey(
        "treaties.ReportingCycle",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="parallel_reports",
        verbose_name=_("reporting cycle"),
        help_text=_("For a parallel report: the treaty body review it was written for."),
    )

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-year", "-publication_date", "pk"]
        constraints = [models.UniqueConstraint(fields=["year", "slug"], name="report_unique_year_slug")]

    def __str__(self):
        return f"{self.title} ({self.year})"

    def get_absolute_url(self):
        return reverse("reports:report", kwargs={"year": self.year, "slug": self.slug})


class ReportDocument(models.Model):
    """The report's PDF in one language; size and page count are read from the file."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="documents", verbose_name=_("report"))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    file = DocumentField(_("PDF document"), upload_to=UploadTo("reports/documents"))
    size = models.PositiveBigIntegerField(_("size in bytes"), editable=False, default=0)
    pages = models.PositiveIntegerField(_("pages"), editable=False, null=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["language"]
        constraints = [
            models.UniqueConstraint(fields=["report", "language"], name="document_one_per_language"),
        ]

    def __str__(self):
        return f"{self.report} [{self.language}]"

    def save(self, *args, **kwargs):
        # Read size and pages from a new upload, or from a stored file never measured.
        if self.file and (not self.file._committed or not self.size):
            self.size = self.file.size
            self.pages = pdf_page_count(self.file)
        super().save(*args, **kwargs)


class ChapterQuerySet(PublishableQuerySet):
    def cooperation(self):
        return self.filter(international_cooperation=True)


class Chapter(Publishable):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="chapters", verbose_name=_("report"))
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, help_text=_("ASCII, shared by all languages."))
    body = RichTextField(_("text"), blank=True)
    international_cooperation = models.BooleanField(
        _("international cooperation chapter"),
        default=False,
        help_text=_("List this chapter on the international partners page."),
    )

    public_parents = ("report",)

    objects = ChapterQuerySet.as_manager()

    class Meta:
        verbose_name = _("chapter")
        verbose_name_plural = _("chapters")
        ordering = ["report", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["report", "slug"], name="chapter_unique_slug"),
            models.UniqueConstraint(fields=["report", "order"], name="chapter_unique_order"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(
            "reports:chapter",
            kwargs={"year": self.report.year, "slug": self.report.slug, "chapter": self.slug},
        )

    def neighbours(self, queryset):
        """The previous and next chapters of the same report, among ``queryset``."""
        siblings = queryset.filter(report_id=self.report_id)
        previous = siblings.filter(Q(order__lt=self.order)).order_by("-order").first()
        following = siblings.filter(Q(order__gt=self.order)).order_by("order").first()
        return previous, following


CHAPTER_PART_HELP = _(
    "The number of the heading under which the chapter tells of it, counting every heading "
    "from the top (1 for the first). The chapter links that part to the partners' pages."
)


class Activity(Publishable):
    """Something the Council did with partners, as recorded by a report chapter."""

    class Kind(models.TextChoices):
        TRAINING = "training", _("Training")
        SIDE_EVENT = "side-event", _("Side event")
        ORAL_STATEMENT = "oral-statement", _("Oral statement")
        SEMINAR = "seminar", _("Seminar")
        STUDY = "study", _("Study")
        VISIT = "visit", _("Visit")
        CONSULTATION = "consultation", _("Consultation")
        SUBMISSION = "submission", _("Submission")

    date = PartialDateField(_("date"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, db_index=True)
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, help_text=_("ASCII, shared by all languages."))
    summary = models.TextField(_("summary"), blank=True)
    partners = models.ManyToManyField("partners.Partner", related_name="activities", verbose_name=_("partners"))
    chapter = models.ForeignKey(
        Chapter,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name=_("report chapter"),
        help_text=_("The chapter that records this activity."),
    )
    chapter_part = models.PositiveSmallIntegerField(
        _("part of the chapter"), null=True, blank=True, validators=[MinValueValidator(1)], help_text=CHAPTER_PART_HELP
    )

    #: An activity recorded by a chapter comes out with its report, not before.
    public_parents = ("chapter",)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["date", "pk"]

    def __str__(self):
        return self.title

    @property
    def chapter_anchor(self) -> str:
        """The fragment of the chapter page where the part begins (see cndh.html.anchor_headings)."""
        return f"s{self.chapter_part}" if self.chapter_part else ""


class PartnerMention(models.Model):
    """A partner that a part of a chapter names without recording an activity with it
    (a network the Council sits in, a body whose decision the chapter reports).

    Like an activity's partners, it is linked from that part of the chapter, and the
    partner's page links back to the chapter.
    """

    chapter = models.ForeignKey(
        Chapter, on_delete=models.CASCADE, related_name="mentions", verbose_name=_("report chapter")
    )
    part = models.PositiveSmallIntegerField(
        _("part of the chapter"), validators=[MinValueValidator(1)], help_text=CHAPTER_PART_HELP
    )
    partner = models.ForeignKey(
        "partners.Partner", on_delete=models.CASCADE, related_name="chapter_mentions", verbose_name=_("partner")
    )

    class Meta:
        verbose_name = _("partner named in the chapter")
        verbose_name_plural = _("partners named in the chapter")
        ordering = ["chapter", "part", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["chapter", "part", "partner"], name="unique_partner_mention_per_part")
        ]

    def __str__(self):
        return f"{self.partner} ({self.part})"

    @property
    def chapter_part(self) -> int:
        return self.part

    @property
    def chapter_anchor(self) -> str:
        return f"s{self.part}"
