"""News items: news, press releases and statements, linked to partners, reports and chapters."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cndh.models import Publishable, PublishableQuerySet
from cndh.richtext import RichTextField
from cndh.uploads import PictureField, UploadTo
from partners.models import Partner
from reports.models import Chapter, Report


class NewsItemQuerySet(PublishableQuerySet):
    def translated_in(self, language: str):
        """Items whose title has its own text in ``language`` (no fallback): what a feed in it lists."""
        field = f"title_{language}"
        return self.exclude(Q(**{f"{field}__isnull": True}) | Q(**{field: ""}))

    def for_partner(self, partner):
        return self.filter(partners=partner)

    def for_report(self, report):
        """Items about the report itself or about one of its chapters."""
        return self.filter(Q(report=report) | Q(chapter__report=report))

    def newest_first(self):
        return self.order_by("-publish_at", "-pk")


class NewsItem(Publishable):
    """A news item; ``publish_at`` is its publication date and time (future = scheduled)."""

    class Kind(models.TextChoices):
        NEWS = "news", pgettext_lazy("kind of news item", "News")
        PRESS_RELEASE = "press-release", _("Press release")
        STATEMENT = "statement", _("Statement")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.NEWS, db_index=True)
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, help_text=_("ASCII, shared by all languages."))
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("text"), blank=True)
    image = PictureField(_("image"), upload_to=UploadTo("news"), blank=True)
    image_alt = models.CharField(_("image description"), max_length=300, blank=True)
    partners = models.ManyToManyField(Partner, blank=True, related_name="news_items", verbose_name=_("partners"))
    report = models.ForeignKey(
        Report, on_delete=models.SET_NULL, null=True, blank=True, related_name="news_items", verbose_name=_("report")
    )
    chapter = models.ForeignKey(
        Chapter, on_delete=models.SET_NULL, null=True, blank=True, related_name="news_items", verbose_name=_("chapter")
    )
    featured = models.BooleanField(_("featured"), default=False)

    objects = NewsItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        ordering = ["-publish_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["slug"], name="newsitem_unique_slug")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        day = timezone.localtime(self.publish_at)
        return reverse(
            "news:item",
            kwargs={"year": day.year, "month": f"{day.month:02d}", "day": f"{day.day:02d}", "slug": self.slug},
        )

    def neighbours(self, queryset):
        """The items published just before and just after this one, among ``queryset``."""
        earlier = Q(publish_at__lt=self.publish_at) | Q(publish_at=self.publish_at, pk__lt=self.pk)
        later = Q(publish_at__gt=self.publish_at) | Q(publish_at=self.publish_at, pk__gt=self.pk)
        previous = queryset.filter(earlier).order_by("-publish_at", "-pk").first()
        following = queryset.filter(later).order_by("publish_at", "pk").first()
        return previous, following
