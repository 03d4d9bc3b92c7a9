import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from news.models import NewsItem
from tests import factories

pytestmark = pytest.mark.django_db


def test_admin_list_searches_every_language_and_shows_missing_languages(admin_client):
    factories.NewsItemFactory(title_fr="Élection au Bureau", title_en="Bureau election", title_zgh="")
    factories.NewsItemFactory(title_fr="Autre", title_en="Other")
    for query in ("Élection", "Bureau election", "خبر"):
        response = admin_client.get(reverse("admin:news_newsitem_changelist"), {"q": query})
        assert response.status_code == 200
    response = admin_client.get(reverse("admin:news_newsitem_changelist"), {"q": "Bureau election"})
    assert response.context["cl"].result_count == 1
    assert '<span class="missing-language" lang="en">zgh</span>' in response.content.decode()


def test_admin_list_has_a_date_hierarchy_and_filters(admin_client):
    factories.NewsItemFactory(publish_at=timezone.make_aware(timezone.datetime(2021, 11, 2, 12)))
    response = admin_client.get(reverse("admin:news_newsitem_changelist"), {"publish_at__year": "2021", "kind": "news"})
    assert response.status_code == 200
    assert response.context["cl"].result_count == 1
    html = response.content.decode()
    assert '<nav class="toplinks">' in html
    assert 'class="date-back"' in html


def test_view_on_site_of_a_draft_leads_staff_to_its_preview(admin_client):
    draft = factories.NewsItemFactory(status=NewsItem.Status.DRAFT)
    change = admin_client.get(reverse("admin:news_newsitem_change", args=[draft.pk])).content.decode()
    assert "viewsitelink" in change
    response = admin_client.get(reverse("admin:view_on_site", args=[_content_type_id(), draft.pk]), follow=True)
    assert response.status_code == 200
    assert response.context["item"] == draft
    assert response.context["is_preview"] is True


def test_add_form_saves_a_news_item(admin_client):
    response = admin_client.post(
        reverse("admin:news_newsitem_add"),
        {
            "kind": "news",
            "title_ar": "خبر جديد",
            "title_fr": "Nouvelle actualité",
            "slug": "nouvelle-actualite",
            "body_ar": "<p>نص<script>alert(1)</script></p>",
            "status": "published",
            "publish_at_0": "2024-03-11",
            "publish_at_1": "12:00:00",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    item = NewsItem.objects.get(slug="nouvelle-actualite")
    assert "script" not in item.body_ar


def _content_type_id():
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(NewsItem).pk


def test_demo_news_are_dated_at_noon_in_casablanca_and_linked_to_existing_partners():
    from zoneinfo import ZoneInfo

    factories.PartnerFactory(ganhri=True)
    call_command("load_demo", verbosity=0)
    items = NewsItem.objects.published()
    assert items.count() >= 6
    for code in ("ar", "fr", "en"):
        assert not items.translated_in(code).count() < items.count(), code
    election = NewsItem.objects.get(slug="ganhri-bureau-election-2021")
    local = election.publish_at.astimezone(ZoneInfo("Africa/Casablanca"))
    assert (local.year, local.month, local.day, local.hour, local.minute) == (2021, 11, 2, 12, 0)
    assert [p.slug for p in election.partners.all()] == ["ganhri"]
    assert election.report is not None and election.report.slug == "annual-report-2021"
    march = sorted(timezone.localtime(i.publish_at).date().isoformat() for i in items if i.publish_at.year == 2024)
    assert march == ["2024-03-11", "2024-03-13", "2024-03-14"]
    assert items.filter(publish_at__year=2021).count() >= 10


def test_demo_news_link_every_partner_and_report_they_name(demo):
    from news.demo_content import NEWS_ITEMS

    for entry in NEWS_ITEMS:
        item = NewsItem.objects.get(slug=entry["slug"])
        assert sorted(p.slug for p in item.partners.all()) == sorted(entry["partners"]), entry["slug"]
        assert (item.report is not None) == (entry["report"] is not None), entry["slug"]
        if item.chapter is not None:
            assert item.chapter.report == item.report
    migration = NewsItem.objects.get(slug="review-2021-migration")
    assert migration.report.slug == "parallel-report-cmw-list-of-issues"


def test_demo_newsletter_edition_fills_the_archive_without_sending_anything(client, demo):
    from news.newsletter.models import Delivery, Edition

    edition = Edition.objects.get()
    assert not Delivery.objects.exists()
    assert edition.items.count() >= 10
    for language in ("ar", "fr", "en"):
        html = client.get(f"/{language}/newsletter/archive/").content.decode()
        assert edition.get_absolute_url().replace("/ar/", f"/{language}/") in html
    page = client.get(edition.get_absolute_url())
    assert page.status_code == 200
    assert all(item.get_absolute_url() in page.content.decode() for item in edition.items.all())


def test_an_edition_offers_only_the_languages_it_went_out_in(client, demo):
    import re

    from news.newsletter.models import Edition

    edition = Edition.objects.get()
    assert not edition.subject_zgh  # the demo edition went out in Arabic, French and English
    html = client.get(edition.get_absolute_url()).content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="https?://[^/]+([^"]+)"', html))
    assert sorted(alternates) == ["ar", "en", "fr"]
    switcher = dict(re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', html))
    assert switcher["/zgh/newsletter/archive/"] == "zgh"
    for url in [*alternates.values(), *switcher]:
        assert client.get(url).status_code == 200, url
