import pytest
from django.utils import timezone

from news.models import NewsItem
from partners.models import Partner


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
