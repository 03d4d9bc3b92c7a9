"""The Council's international partners, and (below) treaties and Morocco's reporting."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from cndh.models import Publishable, PublishableQuerySet
from cndh.richtext import RichTextField
from cndh.validators import validate_image


class PartnerQuerySet(PublishableQuerySet):
    pass


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
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="partners/logos/", blank=True, validators=[validate_image])
    logo_alt = models.CharField(_("logo description"), max_length=300, blank=True)

    objects = PartnerQuerySet.as_manager()

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["category", "name"]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def get_absolute_url(self):
        return reverse("partners:partner", kwargs={"slug": self.slug})
