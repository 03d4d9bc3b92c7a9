"""The shared base of every public model: timestamps and publishing state."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
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

    def publish_time_reached(self, *, now=None):
        """Items whose publication time has come (whatever their status)."""
        return self.filter(publish_at__lte=now or timezone.now())

    def published(self, *, now=None):
        """What visitors may see: published, its publication time has come, and so have its parents'.

        The parents are the model's ``public_parents``: a chapter is public only
        while its report is, a reporting cycle while its treaty or mechanism is.
        ``Publishable.is_public`` says the same of one object, in Python.
        """
        now = now or timezone.now()
        queryset = self.status_published().publish_time_reached(now=now)
        for name in self.model.public_parents:
            field = self.model._meta.get_field(name)
            parents = field.related_model._default_manager.published(now=now)
            condition = Q(**{f"{name}__in": parents})
            if field.null:
                condition |= Q(**{f"{name}__isnull": True})
            queryset = queryset.filter(condition)
        return queryset

    def visible_to(self, user):
        """Staff preview drafts and scheduled items; everyone else sees the published ones."""
        if user is not None and user.is_active and user.is_staff:
            return self.all()
        return self.published()


class Publishable(TimeStamped):
    """Something staff publish: a status, a publication time, and the parents it is shown under."""

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

    #: Foreign keys to the publishable things this one is part of: it is public only while they
    #: are (an empty key counts as public). Read by ``published()`` and ``is_public`` alike.
    public_parents: tuple[str, ...] = ()

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_public(self) -> bool:
        return self.is_public_at(timezone.now())

    def is_public_at(self, now) -> bool:
        """What ``published(now=now)`` says of this object, without a query for the object itself."""
        if self.status != self.Status.PUBLISHED or self.publish_at > now:
            return False
        parents = (getattr(self, name) for name in self.public_parents)
        return all(parent is None or parent.is_public_at(now) for parent in parents)


def if_public(obj):
    """``obj`` when visitors may see it, else None: for links to a related item (a parent, a report)."""
    return obj if obj is not None and obj.is_public else None


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

    def get_absolute_url(self):
        names = {
            self.Key.HOME: "cndh:home",
            self.Key.COOPERATION: "cndh:cooperation",
            self.Key.INTERNATIONAL_PARTNERS: "partners:directory",
        }
        return reverse(names[self.key])


class WorkerHeartbeat(models.Model):
    """A background worker's last sign of life, written every ``WORKER_HEARTBEAT_SECONDS`` while it runs.

    The admin start page shows these, and ``worker_health`` fails when the worker of its
    own host has fallen silent; ``stopped_at`` is set when a worker exits in good order.
    """

    worker_id = models.CharField(_("worker"), max_length=64, unique=True)
    hostname = models.CharField(_("host"), max_length=255)
    pid = models.PositiveIntegerField(_("process"))
    started_at = models.DateTimeField(_("started"))
    seen_at = models.DateTimeField(_("last heartbeat"), db_index=True)
    stopped_at = models.DateTimeField(_("stopped"), null=True, blank=True)

    class Meta:
        verbose_name = _("worker heartbeat")
        verbose_name_plural = _("worker heartbeats")
        ordering = ["-seen_at"]

    def __str__(self):
        return f"{self.hostname}:{self.pid}"


class SearchEntry(models.Model):
    """One text the site search finds: an item, or one part of a chapter, in one language.

    Written by ``cndh.search.index`` whenever a registered model is saved, for items in every
    state: who may see an entry is decided when searching, by the item's own ``published()``.
    ``title_terms`` and ``terms`` hold the words in their indexed form (``cndh.search.text``);
    the engines index those (a ``tsvector`` column on PostgreSQL, an FTS5 table on SQLite,
    both kept by triggers: migration 0003).
    """

    source = models.CharField(max_length=20)
    object_id = models.PositiveBigIntegerField()
    part = models.PositiveSmallIntegerField(default=0)
    anchor = models.CharField(max_length=20, blank=True)
    language = models.CharField(max_length=5)
    #: PostgreSQL's text search configuration for the language (arabic, french, english, simple).
    config = models.CharField(max_length=20)
    title = models.CharField(max_length=700)
    text = models.TextField(blank=True)
    title_terms = models.TextField()
    terms = models.TextField(blank=True)
    year = models.PositiveSmallIntegerField(null=True)
    category = models.CharField(max_length=40, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "object_id", "part", "language"], name="searchentry_unique")
        ]

    def __str__(self):
        return f"{self.source}:{self.object_id}:{self.part} [{self.language}]"


class SearchWord(models.Model):
    """A word of the indexed titles, folded but not stemmed: what "did you mean" proposes."""

    word = models.CharField(max_length=60, unique=True)

    def __str__(self):
        return self.word
