"""No page grows with the content: bytes and queries of each kind of page at the demo's
size and with a hundred times its partners and news."""

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from news.models import NewsItem
from partners.models import Partner
from tests.helpers import sitemap_documents

pytestmark = pytest.mark.django_db

#: Each kind of page (``None``: the busiest partner's page or the newest item's), with the
#: queries it may make; measured in French, the language whose texts are longest.
KINDS = {
    "home": ("cndh:home", 12),
    "directory": ("partners:directory", 12),
    "partner": (None, 16),
    "treaties": ("treaties:list", 12),
    "news list": ("news:list", 14),
    "news item": (None, 14),
    "reports": ("reports:list", 12),
    "feed": ("news:feed-rss", 8),
    "newsletter archive": ("newsletter:archive", 12),
}


def grow(factor: int) -> None:
    """``factor`` times the demo's partners and news, each new item about one of the new partners."""
    partners = list(Partner.objects.all())
    news = list(NewsItem.objects.all())
    now = timezone.now()
    made = Partner.objects.bulk_create(
        Partner(
            slug=f"partner-{n}",
            category=partners[n % len(partners)].category,
            country=partners[n % len(partners)].country,
            name_ar=f"شريك رقم {n}",
            name_fr=f"Partenaire numéro {n}",
            name_en=f"Partner number {n}",
            status=Partner.Status.PUBLISHED,
            publish_at=now - timezone.timedelta(days=1),
        )
        for n in range(len(partners) * (factor - 1))
    )
    items = NewsItem.objects.bulk_create(
        NewsItem(
            kind=news[n % len(news)].kind,
            slug=f"item-{n}",
            title_ar=f"خبر رقم {n}",
            title_fr=f"Actualité numéro {n}",
            title_en=f"News item number {n}",
            summary_fr="Un résumé de quelques mots.",
            body_fr="<p>Un texte de quelques mots.</p>",
            status=NewsItem.Status.PUBLISHED,
            publish_at=now - timezone.timedelta(hours=n + 2),
        )
        for n in range(len(news) * (factor - 1))
    )
    through = NewsItem.partners.through
    through.objects.bulk_create(through(newsitem=item, partner=made[n % len(made)]) for n, item in enumerate(items))


def measure(client, django_assert_max_num_queries) -> dict[str, int]:
    busiest = Partner.objects.published().order_by("-news_items__publish_at").first()
    newest = NewsItem.objects.published().newest_first().first()
    sizes = {}
    with override("fr"):
        for kind, (name, budget) in KINDS.items():
            path = reverse(name) if name else (busiest if kind == "partner" else newest).get_absolute_url()
            with django_assert_max_num_queries(budget):
                response = client.get(path)
            assert response.status_code == 200, path
            sizes[kind] = len(response.content)
    documents = sitemap_documents(client)
    sizes["sitemap index"] = len(client.get("/sitemap.xml").content)
    sizes["sitemap page"] = max(len(body) for _path, body in documents)
    return sizes


def test_pages_weigh_the_same_with_a_hundred_times_the_partners_and_news(demo, client, django_assert_max_num_queries):
    small = measure(client, django_assert_max_num_queries)
    grow(100)
    large = measure(client, django_assert_max_num_queries)
    print({kind: (small[kind], large[kind]) for kind in small})
    # A sitemap page fills up to its 1,000 addresses, then the next page starts.
    assert large.pop("sitemap page") < 700_000
    for kind in large:
        assert large[kind] <= max(small[kind] * 1.5, small[kind] + 20_000), (kind, small[kind], large[kind])
        assert large[kind] < 700_000, (kind, large[kind])
