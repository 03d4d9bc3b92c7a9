import re

import pytest
from django.utils import timezone

from news.models import NewsItem
from tests import factories
from tests.helpers import LANGUAGES

pytestmark = pytest.mark.django_db


def fr(url: str) -> str:
    return url.replace("/ar/", "/fr/", 1)


@pytest.mark.parametrize("count", [10, 2000])
def test_news_list_stays_within_ten_queries(client, django_assert_max_num_queries, partner, count):
    factories.NewsItemFactory.create_bulk(count, partner=partner)
    with django_assert_max_num_queries(10):
        response = client.get("/fr/news/")
    assert response.status_code == 200
    assert len(response.context["items"]) == 10
    with django_assert_max_num_queries(10):
        response = client.get(f"/fr/news/?kind=news&partner={partner.slug}&q=num&page=2")
    assert response.status_code == 200
    # 10 items: 4 of the kind, page 2 is out of range and page 1 shows; 2,000: a full page 2.
    assert len(response.context["items"]) == (4 if count == 10 else 10)


@pytest.mark.parametrize("count", [10, 2000])
def test_news_item_page_stays_within_eight_queries(client, django_assert_max_num_queries, partner, count):
    items = factories.NewsItemFactory.create_bulk(count, partner=partner)
    item = items[count // 2]
    with django_assert_max_num_queries(8):
        response = client.get(fr(item.get_absolute_url()))
    assert response.status_code == 200


@pytest.mark.parametrize("count", [10, 2000])
def test_year_archive_stays_within_ten_queries(client, django_assert_max_num_queries, count):
    items = factories.NewsItemFactory.create_bulk(count)
    year = timezone.localtime(items[-1].publish_at).year
    with django_assert_max_num_queries(10):
        response = client.get(f"/en/news/{year}/")
    assert response.status_code == 200
    assert all(timezone.localtime(i.publish_at).year == year for i in response.context["items"])


@pytest.mark.parametrize(
    "query",
    [
        "page=999999",
        "year=0",
        "month=13",
        "month=0",
        "year=abc&month=x",
        "page=-1",
        "page=1e9",
        "kind=%00",
        "kind=unknown",
        "partner=no-such-partner",
        "partner=%E2%80%AE",
        "q=" + "x" * 500,
        "q=%00",
        "kind[]=1&year[]=2",
        "year=99999999999999999999",
    ],
)
@pytest.mark.parametrize("path", ["/fr/news/", "/ar/news/2024/"])
def test_bad_filters_and_pages_give_a_clean_page(client, path, query):
    factories.NewsItemFactory(publish_at=timezone.now().replace(year=2024, month=3, day=11))
    response = client.get(f"{path}?{query}")
    assert response.status_code == 200


def test_invalid_filter_value_is_explained_and_ignored(client):
    factories.NewsItemFactory()
    response = client.get("/fr/news/?month=13")
    assert "Sélectionnez un choix valide" in response.content.decode()
    assert len(response.context["items"]) == 1


def test_filters_narrow_by_kind_year_month_partner_and_text(client, partner):
    march = factories.NewsItemFactory(
        kind=NewsItem.Kind.STATEMENT,
        title_fr="Session du Conseil des droits de l'homme",
        publish_at=timezone.make_aware(timezone.datetime(2024, 3, 11, 12)),
    )
    november = factories.NewsItemFactory(
        kind=NewsItem.Kind.PRESS_RELEASE, publish_at=timezone.make_aware(timezone.datetime(2021, 11, 2, 12))
    )
    november.partners.add(partner)

    def listed(query):
        return list(client.get(f"/fr/news/?{query}").context["items"])

    assert listed("kind=statement") == [march]
    assert listed("year=2021") == [november]
    assert listed("month=3") == [march]
    assert listed(f"partner={partner.slug}") == [november]
    assert listed("q=droits+session") == [march]
    assert listed("year=2021&month=3") == []


def test_drafts_and_scheduled_items_are_absent_from_lists_until_due(client):
    visible = factories.NewsItemFactory(title_fr="Visible")
    draft = factories.NewsItemFactory(status=NewsItem.Status.DRAFT, title_fr="Brouillon")
    scheduled = factories.NewsItemFactory(publish_at=timezone.now() + timezone.timedelta(hours=1), title_fr="Programmé")
    year = timezone.localtime(visible.publish_at).year
    for path in ("/fr/news/", f"/fr/news/{year}/"):
        assert list(client.get(path).context["items"]) == [visible], path
    assert client.get(fr(draft.get_absolute_url())).status_code == 404
    assert client.get(fr(scheduled.get_absolute_url())).status_code == 404
    # The clock reaches the scheduled time.
    NewsItem.objects.filter(pk=scheduled.pk).update(publish_at=timezone.now() - timezone.timedelta(seconds=1))
    assert scheduled.pk in [i.pk for i in client.get("/fr/news/").context["items"]]
    scheduled.refresh_from_db()
    assert client.get(fr(scheduled.get_absolute_url())).status_code == 200


def test_staff_preview_a_draft_item_uncached(staff_client):
    draft = factories.NewsItemFactory(status=NewsItem.Status.DRAFT)
    response = staff_client.get(fr(draft.get_absolute_url()))
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]


def test_year_without_news_is_404(client):
    factories.NewsItemFactory()
    assert client.get("/fr/news/1999/").status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_pages_answer_in_every_language_with_one_h1(client, language):
    item = factories.NewsItemFactory()
    year = timezone.localtime(item.publish_at).year
    for path in ("/news/", f"/news/{year}/", item.get_absolute_url()[3:]):
        response = client.get(f"/{language}{path}")
        assert response.status_code == 200, path
        assert response.content.decode().count("<h1") == 1, path


def test_an_item_address_cut_back_to_its_month_or_day_lists_that_month(client):
    item = factories.NewsItemFactory(slug="dated", publish_at=timezone.make_aware(timezone.datetime(2021, 11, 2, 12)))
    factories.NewsItemFactory(slug="october", publish_at=timezone.make_aware(timezone.datetime(2021, 10, 29, 12)))
    for path in ("/en/news/2021/11/", "/en/news/2021/11/02/"):
        response = client.get(path, follow=True)
        assert response.redirect_chain[-1][0] == "/en/news/?year=2021&month=11", path
        assert list(response.context["items"]) == [item]
    for month in ("13", "1" * 5000, "%00", "٣"):
        response = client.get(f"/fr/news/2021/{month}/", follow=True)
        assert response.status_code == 200, month[:10]
        errors = re.search(r'<div class="form-errors" role="alert">(.*?)</div>', response.content.decode(), re.S)
        assert errors and "<li>Mois" in errors.group(1), month[:10]
        assert list(response.context["items"]) == [item, item.__class__.objects.get(slug="october")]


def test_item_address_with_another_date_is_404(client):
    item = factories.NewsItemFactory(slug="dated", publish_at=timezone.make_aware(timezone.datetime(2021, 11, 2, 12)))
    assert client.get("/fr/news/2021/11/02/dated/").status_code == 200
    for path in ("/fr/news/2021/11/03/dated/", "/fr/news/2020/11/02/dated/", "/fr/news/2021/xx/02/dated/"):
        assert client.get(path).status_code == 404, path
    assert item.get_absolute_url().endswith("/news/2021/11/02/dated/")


def test_item_page_links_partners_report_chapter_and_neighbours(client, partner):
    report = factories.ReportFactory(year=2021, slug="annual-report-2021")
    chapter = factories.ChapterFactory(report=report, slug="international-cooperation")
    base = timezone.now() - timezone.timedelta(days=10)
    older = factories.NewsItemFactory(publish_at=base - timezone.timedelta(days=1))
    item = factories.NewsItemFactory(publish_at=base, report=report, chapter=chapter)
    newer = factories.NewsItemFactory(publish_at=base + timezone.timedelta(days=1))
    factories.NewsItemFactory(publish_at=base + timezone.timedelta(days=2), status=NewsItem.Status.DRAFT)
    item.partners.add(partner, factories.PartnerFactory(slug="hidden", status="draft"))
    html = client.get(fr(item.get_absolute_url())).content.decode()
    assert f'href="/fr/partners/{partner.slug}/"' in html
    assert "/fr/partners/hidden/" not in html
    assert 'href="/fr/reports/2021/annual-report-2021/"' in html
    assert 'href="/fr/reports/2021/annual-report-2021/international-cooperation/"' in html
    assert f'rel="prev" href="{fr(older.get_absolute_url())}"' in html
    assert f'rel="next" href="{fr(newer.get_absolute_url())}"' in html


def test_item_page_has_open_graph_twitter_and_hreflang_with_absolute_urls(client, settings):
    settings.SITE_URL = "https://www.cndh.example"
    item = factories.NewsItemFactory(image="news/photo.jpg", image_alt_fr="Une photo", summary_fr="En bref")
    html = client.get(fr(item.get_absolute_url())).content.decode()
    path = fr(item.get_absolute_url())
    assert f'<meta property="og:url" content="https://www.cndh.example{path}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:image" content="https://www.cndh.example/media/news/photo.jpg">' in html
    assert '<meta property="og:description" content="En bref">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert f'<meta name="twitter:title" content="{item.title_fr}">' in html
    for code in LANGUAGES:
        alternate = f'hreflang="{code}" href="https://www.cndh.example/{code}{path[3:]}"'
        assert alternate in html, code


def test_every_page_has_feed_autodiscovery_links_in_its_language(client, settings):
    settings.SITE_URL = "https://www.cndh.example"
    factories.ReportFactory(year=2021, slug="r")
    html = client.get("/en/reports/2021/r/").content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="News (RSS)" '
        'href="https://www.cndh.example/en/news/feed/rss/">' in html
    )
    assert 'type="application/atom+xml"' in html
    arabic = client.get("/ar/reports/2021/r/").content.decode()
    assert re.search(r'type="application/rss\+xml"[^>]*href="https://www.cndh.example/ar/news/feed/rss/"', arabic)


def test_partner_page_shows_its_news_and_feed(client, partner):
    about = factories.NewsItemFactory(title_fr="Élection au Bureau")
    about.partners.add(partner)
    factories.NewsItemFactory(title_fr="Autre sujet")
    html = client.get(f"/fr/partners/{partner.slug}/").content.decode()
    related = html.split('class="related-news"')[1].split("</section>")[0]
    assert "Élection au Bureau" in related
    assert "Autre sujet" not in related
    assert f'href="/fr/news/feed/rss/partner/{partner.slug}/"' in related
    head = html.split("</head>")[0]
    # The name isolated (FSI ... PDI) from the words around it, as a browser shows it in a menu.
    name = f"\u2068{partner.name_fr}\u2069"
    assert f'type="application/atom+xml" title="Actualités concernant {name} (Atom)"' in head.replace("&#x27;", "'")


def test_report_page_shows_news_about_it_and_its_chapters(client):
    report = factories.ReportFactory(year=2021, slug="annual-report-2021")
    chapter = factories.ChapterFactory(report=report)
    factories.NewsItemFactory(title_fr="Sur le rapport", report=report)
    factories.NewsItemFactory(title_fr="Sur le chapitre", chapter=chapter)
    factories.NewsItemFactory(title_fr="Brouillon du rapport", report=report, status=NewsItem.Status.DRAFT)
    html = client.get("/fr/reports/2021/annual-report-2021/").content.decode()
    related = html.split('class="related-news"')[1].split("</section>")[0]
    assert "Sur le rapport" in related
    assert "Sur le chapitre" in related
    assert "Brouillon du rapport" not in related


def test_partner_filter_lists_partners_by_name_as_the_visitor_reads_it(client):
    names = {
        "zeta": {"name_ar": "أ شريك", "name_fr": "Zêta", "name_en": "Alpha"},
        "alpha": {"name_ar": "ب شريك", "name_fr": "alpha", "name_en": "Zulu"},
        "beta": {"name_ar": "ت شريك", "name_fr": "Bêta", "name_en": ""},  # English falls back to French
    }
    item = factories.NewsItemFactory()
    for slug, fields in names.items():
        item.partners.add(factories.PartnerFactory(slug=slug, **fields))

    def options(language):
        return [p.slug for p in client.get(f"/{language}/news/").context["filter"].form.fields["partner"].queryset]

    assert options("fr") == ["alpha", "beta", "zeta"]
    assert options("en") == ["zeta", "beta", "alpha"]
    assert options("ar") == ["zeta", "alpha", "beta"]
    assert options("zgh") == options("ar")  # Tamazight names fall back to Arabic


def test_the_partner_choice_stays_short_and_any_partner_with_news_still_filters(client):
    from news.filters import PARTNER_CHOICES

    partners = factories.PartnerFactory.create_batch(PARTNER_CHOICES + 5)
    for n, partner in enumerate(partners):
        for _ in range(1 + (n < PARTNER_CHOICES)):  # the first ones have two items, the last five one
            factories.NewsItemFactory(partners=[partner])
    html = client.get("/fr/news/").content.decode()
    options = re.findall(r'<option value="([^"]*)"', html.split('name="partner"')[1].split("</select>")[0])
    assert len(options) == PARTNER_CHOICES + 1  # and "All partners"
    quiet = partners[-1]
    assert quiet.slug not in options
    narrowed = client.get(f"/fr/news/?partner={quiet.slug}")
    assert len(narrowed.context["items"]) == 1
    assert f'<option value="{quiet.slug}" selected>' in narrowed.content.decode()
