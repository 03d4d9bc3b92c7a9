import pytest
from django.utils import timezone

from news.models import NewsItem
from partners.models import Partner
from tests.news.smtp_sink import Sink, start


def make_partner(slug: str = "ganhri", **fields) -> Partner:
    defaults = {
        "name_ar": "التحالف العالمي للمؤسسات الوطنية لحقوق الإنسان",
        "name_fr": "Alliance mondiale des institutions nationales des droits de l'homme",
        "name_en": "Global Alliance of National Human Rights Institutions",
        "acronym": "GANHRI",
        "category": Partner.Category.NHRI_NETWORKS,
        "status": Partner.Status.PUBLISHED,
        "publish_at": timezone.now() - timezone.timedelta(days=1),
    }
    return Partner.objects.create(slug=slug, **{**defaults, **fields})


def many_items(count: int, *, partner: Partner | None = None) -> list[NewsItem]:
    """``count`` published items over several years (bulk-created), all linked to ``partner`` if given."""
    now = timezone.now()
    items = NewsItem.objects.bulk_create(
        NewsItem(
            kind=NewsItem.Kind.values[i % 3],
            slug=f"bulk-{i}",
            title_ar=f"خبر رقم {i}",
            title_fr=f"Actualité numéro {i}",
            title_en=f"News number {i}",
            summary_ar="ملخص",
            summary_fr="Résumé",
            body_ar="<p>نص</p>",
            body_fr="<p>Texte</p>",
            status=NewsItem.Status.PUBLISHED,
            publish_at=now - timezone.timedelta(days=i + 1),
        )
        for i in range(count)
    )
    if partner is not None:
        Through = NewsItem.partners.through
        Through.objects.bulk_create(Through(newsitem_id=item.pk, partner_id=partner.pk) for item in items)
    return items


@pytest.fixture
def partner(db):
    return make_partner()


@pytest.fixture
def smtp_sink(settings):
    """Start a real SMTP server and point the site's mail settings at it; returns a factory."""
    controllers = []

    def make(**options) -> Sink:
        sink = Sink(**options)
        controller = start(sink)
        controllers.append(controller)
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = controller.port
        settings.EMAIL_TIMEOUT = 10
        sink.port = controller.port
        return sink

    yield make
    for controller in controllers:
        controller.stop()
