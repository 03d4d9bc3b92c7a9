"""Test data builders (factory_boy): each call saves one object, published unless told otherwise.

``XFactory(**fields)`` saves an object, ``XFactory.build(...)`` makes one without saving,
and ``NewsItemFactory.create_bulk(n)`` saves many in a few queries for the query-count tests.
"""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from cndh.models import Page, Publishable
from news.models import NewsItem
from news.newsletter.models import Edition, Subscriber
from partners.models import Agreement, Partner
from partners.treaties.models import ReportingCycle, Treaty
from reports.models import Activity, Chapter, Report


def a_day_ago():
    return timezone.now() - timezone.timedelta(days=1)


class PublishableFactory(DjangoModelFactory):
    """What visitors may see: published, with a publication time already past."""

    class Meta:
        abstract = True

    status = Publishable.Status.PUBLISHED
    publish_at = factory.LazyFunction(a_day_ago)


class WithPartnersFactory(PublishableFactory):
    """``partners=[...]`` on the call sets the many-to-many relation once the object is saved."""

    class Meta:
        abstract = True
        # The hook saves what it sets; saving the object again would only cost a query.
        skip_postgeneration_save = True

    @factory.post_generation
    def partners(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.partners.set(extracted)


class PageFactory(PublishableFactory):
    class Meta:
        model = Page

    key = Page.Key.HOME
    title_ar = factory.LazyAttribute(lambda page: f"صفحة {page.key}")
    title_fr = factory.LazyAttribute(lambda page: f"Page {page.key}")

    @classmethod
    def create_every_key(cls) -> list[Page]:
        """The section's fixed pages, one of each kind, as the site needs them to render."""
        return [cls(key=key) for key in Page.Key.values]


class ReportFactory(PublishableFactory):
    class Meta:
        model = Report

    kind = Report.Kind.ANNUAL
    year = 2021
    slug = factory.Sequence(lambda n: f"report-{n}")
    title_ar = factory.Sequence(lambda n: f"تقرير {n}")
    title_fr = factory.Sequence(lambda n: f"Rapport {n}")
    title_en = factory.Sequence(lambda n: f"Report {n}")
    summary_ar = "ملخص"


class ChapterFactory(PublishableFactory):
    class Meta:
        model = Chapter

    report = factory.SubFactory(ReportFactory)
    order = factory.Sequence(lambda n: n + 1)
    slug = factory.Sequence(lambda n: f"chapter-{n}")
    title_ar = factory.Sequence(lambda n: f"الفصل {n}")
    title_fr = factory.Sequence(lambda n: f"Chapitre {n}")
    title_en = factory.Sequence(lambda n: f"Chapter {n}")
    body_ar = "<p>مقدمة</p><h2>الجزء الأول</h2><p>نص</p><h2>الجزء الثاني</h2><p>نص</p>"
    body_fr = "<p>Introduction</p><h2>Première partie</h2><p>Texte</p><h2>Deuxième partie</h2><p>Texte</p>"


# --- partners, agreements and activities ---


class PartnerFactory(PublishableFactory):
    class Meta:
        model = Partner

    slug = factory.Sequence(lambda n: f"partner-{n}")
    name_ar = factory.Sequence(lambda n: f"شريك {n}")
    name_fr = factory.Sequence(lambda n: f"Partenaire {n}")
    name_en = factory.Sequence(lambda n: f"Partner {n}")
    category = Partner.Category.UN_HUMAN_RIGHTS

    class Params:
        # The network the news tests link items to; its slug is in their feed addresses.
        ganhri = factory.Trait(
            slug="ganhri",
            name_ar="التحالف العالمي للمؤسسات الوطنية لحقوق الإنسان",
            name_fr="Alliance mondiale des institutions nationales des droits de l'homme",
            name_en="Global Alliance of National Human Rights Institutions",
            acronym="GANHRI",
            category=Partner.Category.NHRI_NETWORKS,
        )


class AgreementFactory(WithPartnersFactory):
    class Meta:
        model = Agreement

    slug = factory.Sequence(lambda n: f"agreement-{n}")
    kind = Agreement.Kind.MOU
    title_ar = factory.Sequence(lambda n: f"اتفاقية {n}")
    title_fr = factory.Sequence(lambda n: f"Accord {n}")
    title_en = factory.Sequence(lambda n: f"Agreement {n}")


class ActivityFactory(WithPartnersFactory):
    class Meta:
        model = Activity

    slug = factory.Sequence(lambda n: f"activity-{n}")
    kind = Activity.Kind.TRAINING
    title_ar = factory.Sequence(lambda n: f"نشاط {n}")
    title_fr = factory.Sequence(lambda n: f"Activité {n}")
    title_en = factory.Sequence(lambda n: f"Activity {n}")


# --- treaties and reporting ---


class TreatyBodyFactory(PartnerFactory):
    """A committee that reviews a treaty's reports (a partner with an acronym)."""

    slug = factory.Sequence(lambda n: f"body-{n}")
    name_ar = factory.Sequence(lambda n: f"لجنة {n}")
    name_fr = factory.Sequence(lambda n: f"Comité {n}")
    name_en = None
    acronym_ar = factory.Sequence(lambda n: f"B{n}")
    acronym_fr = factory.Sequence(lambda n: f"B{n}")


class TreatyFactory(PublishableFactory):
    class Meta:
        model = Treaty

    acronym = factory.Sequence(lambda n: f"T{n}")
    slug = factory.Sequence(lambda n: f"t{n}")
    name_ar = factory.Sequence(lambda n: f"اتفاقية {n}")
    name_fr = factory.Sequence(lambda n: f"Convention {n}")
    name_en = factory.Sequence(lambda n: f"Convention {n}")
    adoption_year = 1966
    order = factory.Sequence(lambda n: n + 1)


class ReportingCycleFactory(PublishableFactory):
    """A cycle of no treaty unless given one (or a mechanism, for the UPR)."""

    class Meta:
        model = ReportingCycle

    treaty = None
    order = factory.Sequence(lambda n: n + 1)
    label_ar = factory.Sequence(lambda n: f"التقرير {n}")
    label_fr = factory.Sequence(lambda n: f"Rapport {n}")
    label_en = factory.Sequence(lambda n: f"Report {n}")


# --- news and the newsletter ---


class NewsItemFactory(WithPartnersFactory):
    class Meta:
        model = NewsItem

    kind = NewsItem.Kind.NEWS
    slug = factory.Sequence(lambda n: f"news-{n}")
    title_ar = factory.Sequence(lambda n: f"خبر {n}")
    title_fr = factory.Sequence(lambda n: f"Actualité {n}")
    title_en = factory.Sequence(lambda n: f"News {n}")
    summary_ar = "ملخص الخبر"
    summary_fr = "Résumé de l'actualité"
    body_ar = "<p>نص الخبر</p>"
    body_fr = "<p>Texte de l'actualité</p>"
    # Each item an hour older than the one made before it, so that lists have one order.
    publish_at = factory.Sequence(lambda n: timezone.now() - timezone.timedelta(hours=n + 1))

    @classmethod
    def create_bulk(cls, count: int, *, partner: Partner | None = None) -> list[NewsItem]:
        """``count`` items of every kind in turn, one a day back from yesterday (so over several years),
        all linked to ``partner`` if given: two or three queries, however many items."""
        now = timezone.now()
        items = NewsItem.objects.bulk_create(
            cls.build_batch(
                count,
                kind=factory.Iterator(NewsItem.Kind.values),
                title_ar=factory.Sequence(lambda n: f"خبر رقم {n}"),
                title_fr=factory.Sequence(lambda n: f"Actualité numéro {n}"),
                title_en=factory.Sequence(lambda n: f"News number {n}"),
                summary_ar="ملخص",
                summary_fr="Résumé",
                body_ar="<p>نص</p>",
                body_fr="<p>Texte</p>",
                publish_at=factory.Iterator([now - timezone.timedelta(days=day) for day in range(1, count + 1)]),
            )
        )
        if partner is not None:
            through = NewsItem.partners.through
            through.objects.bulk_create(through(newsitem_id=item.pk, partner_id=partner.pk) for item in items)
        return items


class SubscriberFactory(DjangoModelFactory):
    class Meta:
        model = Subscriber

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    language = "ar"
    status = Subscriber.Status.ACTIVE


class EditionFactory(DjangoModelFactory):
    """An edition as an editor leaves it before sending: a draft (sending publishes it)."""

    class Meta:
        model = Edition
        skip_postgeneration_save = True

    subject_ar = factory.Sequence(lambda n: f"النشرة {n}")
    subject_fr = factory.Sequence(lambda n: f"Lettre {n}")
    introduction_fr = "Bonne lecture."

    @factory.post_generation
    def items(obj, create, extracted, **kwargs):
        """One news item unless told otherwise (``items=[]`` for none): an edition with nothing
        in its readers' language does not go to them."""
        if not create:
            return
        if extracted is None and obj.selection == Edition.Selection.CHOSEN:
            extracted = [NewsItemFactory()]
        if extracted:
            obj.items.set(extracted)
