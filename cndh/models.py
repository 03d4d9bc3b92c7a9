"""The shared base of every public model: timestamps and publishing state."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cndh.richtext import RichTextField


class TimeStamped(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class PublishableQuerySet(models.QuerySet):
    def status_published(self):
        return self.filter(status=Publishable.Status.PUBLISHED)

    def due(self, *, now=None):
        return self.filter(publish_at__lte=now or timezone.now())

    def published(self, *, now=None):
        """What visitors may see: published, and its publication time has come."""
        return self.status_published().due(now=now)

    def visible_to(self, user):
        """Staff preview drafts and scheduled items; everyone else sees the published ones."""
        if user is not None and user.is_active and user.is_staff:
            return self.all()
        return self.published()


class Publishable(TimeStamped):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    status = models.CharField(_("publishing status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    publish_at = models.DateTimeField(
        _("publish from"),
        default=timezone.now,
        db_index=True,
        help_text=_("Visitors see a published item from this date and time on."),
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.publish_at <= timezone.now()


class Page(Publishable):
    """The editable text of the section's fixed pages (home, landings)."""

    class Key(models.TextChoices):
        HOME = "home", _("Home")
        COOPERATION = "cooperation", _("Cooperation and external relations")
        INTERNATIONAL_PARTNERS = "international-partners", _("International partners")

    key = models.CharField(_("page"), max_length=40, choices=Key.choices, unique=True)
    title = models.CharField(_("title"), max_length=200)
    intro = RichTextField(_("introduction"), blank=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title
