"""The parts many pages share are built once per generation, and never outlive what they show."""

import time

import pytest
from django.test import Client
from django.utils import timezone

from news.models import NewsItem
from partners.treaties.models import ReportingCycle, overdue_cycles
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fragments_only(settings):
    """Shared fragments on, the page cache off: what is tested is the fragments' own invalidation."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 3600


def next_field(html: str) -> str:
    start = html.index('name="next" value="') + len('name="next" value="')
    return html[start : html.index('"', start)]


def test_the_side_column_is_built_once_and_carries_each_pages_own_address(demo, django_assert_max_num_queries):
    client = Client()
    first = client.get("/fr/news/").content.decode()
    assert next_field(first) == "/fr/news/"
    with django_assert_max_num_queries(20) as built_once:
        client.get("/fr/treaties/?status=overdue&x=%22%3E")
    with django_assert_max_num_queries(20) as from_cache:
        again = client.get("/fr/treaties/?status=overdue&x=%22%3E").content.decode()
    assert len(from_cache.captured_queries) < len(built_once.captured_queries)
    # A visitor's query string is escaped where the fragment's stand-in was.
    assert next_field(again) == "/fr/treaties/?status=overdue&amp;x=%22%3E"
    assert "cndhpageaddressmark" not in again
    latest = first[first.index('class="latest-news"') :]
    assert latest[: latest.index("</section>")] in again


def test_the_latest_news_in_the_side_column_follow_every_change(db):
    client = Client()
    factories.PageFactory.create_every_key()
    item = factories.NewsItemFactory(title_fr="Nouvelle à suivre", status=NewsItem.Status.DRAFT)
    assert "Nouvelle à suivre" not in client.get("/fr/treaties/").content.decode()
    item.status = NewsItem.Status.PUBLISHED
    item.save()
    assert "Nouvelle à suivre" in client.get("/fr/treaties/").content.decode()
    item.title_fr = "Nouvelle retitrée"
    item.save()
    page = client.get("/fr/treaties/").content.decode()
    assert "Nouvelle retitrée" in page and "Nouvelle à suivre" not in page
    item.delete()
    assert "Nouvelle retitrée" not in client.get("/fr/treaties/").content.decode()


def test_a_scheduled_item_enters_the_side_column_when_it_falls_due(db):
    client = Client()
    factories.PageFactory.create_every_key()
    factories.NewsItemFactory(title_fr="Déjà là")
    due = timezone.now() + timezone.timedelta(seconds=2)
    factories.NewsItemFactory(title_fr="Pour bientôt", publish_at=due)
    assert "Pour bientôt" not in client.get("/fr/treaties/").content.decode()
    assert "Pour bientôt" not in client.get("/fr/news/").content.decode()
    time.sleep(max(0.0, (due - timezone.now()).total_seconds()) + 0.05)
    assert "Pour bientôt" in client.get("/fr/treaties/").content.decode()


def test_the_newsletter_page_keeps_its_own_side_column(demo):
    client = Client()
    assert 'id="newsletter-aside-title"' in client.get("/en/news/").content.decode()
    assert 'id="newsletter-aside-title"' not in client.get("/en/newsletter/").content.decode()
    assert 'id="newsletter-aside-title"' in client.get("/en/treaties/").content.decode()


def test_the_overdue_reports_on_the_home_page_follow_the_cycles(demo):
    client = Client()
    cycle = overdue_cycles()[0]
    assert cycle.label_en in client.get("/en/").content.decode()
    cycle.status = ReportingCycle.Status.DRAFT
    cycle.save()
    assert cycle.label_en not in client.get("/en/").content.decode()
    assert cycle.label_en not in client.get("/en/cooperation/").content.decode()


def test_a_chapter_shows_its_edited_body_and_staff_see_their_draft(demo, staff_client):
    from reports.models import Chapter

    client = Client()
    chapter = Chapter.objects.published().first()
    url = chapter.get_absolute_url().replace("/ar/", "/fr/", 1)
    client.get(url)
    chapter.body_fr = "<h2>Partie revue</h2><p>Un texte revu de part en part.</p>"
    chapter.save()
    assert "Un texte revu de part en part." in client.get(url).content.decode()
    chapter.status = Chapter.Status.DRAFT
    chapter.save()
    assert client.get(url).status_code == 404
    # Staff see the draft, built for them, never what was kept for visitors.
    chapter.body_fr = "<h2>Partie en projet</h2><p>Le projet que seule la rédaction lit.</p>"
    chapter.save()
    preview = staff_client.get(url)
    assert preview.status_code == 200 and "Le projet que seule la rédaction lit." in preview.content.decode()


def test_the_unfiltered_directory_follows_the_partners_and_a_filter_is_built_fresh(db):
    client = Client()
    factories.PageFactory.create_every_key()
    factories.PartnerFactory(name_fr="Partenaire déjà là", country="SN")
    directory = "/fr/cooperation/international-partners/"
    assert "Partenaire déjà là" in client.get(directory).content.decode()
    newcomer = factories.PartnerFactory(name_fr="Partenaire nouveau venu", country="KE")
    page = client.get(directory).content.decode()
    assert "Partenaire nouveau venu" in page and "?country=KE#directory" in page  # list and map
    filtered = client.get(directory + "?country=KE").content.decode()
    assert "Partenaire nouveau venu" in filtered and "Partenaire déjà là" not in filtered.split('id="directory"')[1]
    newcomer.delete()
    assert "Partenaire nouveau venu" not in client.get(directory).content.decode()


def test_the_treaties_table_follows_the_treaties_filtered_or_not(db):
    from partners.treaties.models import Treaty

    client = Client()
    factories.PageFactory.create_every_key()
    kept_treaty = factories.TreatyFactory(name_fr="Convention toujours là")
    leaving = factories.TreatyFactory(name_fr="Convention retirée bientôt")
    page = client.get("/fr/treaties/").content.decode()
    assert "Convention toujours là" in page and "Convention retirée bientôt" in page
    leaving.status = Treaty.Status.DRAFT
    leaving.save()
    page = client.get("/fr/treaties/").content.decode()
    assert "Convention toujours là" in page and "Convention retirée bientôt" not in page
    searched = client.get("/fr/treaties/?q=toujours").content.decode()
    assert kept_treaty.name_fr in searched


def test_with_redis_away_pages_are_built_without_looking_for_a_generation(demo, settings, monkeypatch):
    from django.core.cache import caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_SECONDS = 3600
    monkeypatch.setattr(caches["default"], "is_available", False, raising=False)
    client = Client()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/")
    assert response.status_code == 200 and "X-Page-Cache" not in response
    assert "public" in response["Cache-Control"]
    # No generation can be kept, so none is started: the next-publication union never runs.
    assert not [q for q in queries.captured_queries if "UNION" in q["sql"].upper()]


def test_a_partners_page_and_a_news_items_page_follow_their_relations(db):
    from partners.models import Partner

    client = Client()
    factories.PageFactory.create_every_key()
    partner = factories.PartnerFactory(name_fr="Partenaire suivi")
    item = factories.NewsItemFactory(title_fr="Actualité liée")
    item.partners.add(partner)
    partner_url = partner.get_absolute_url().replace("/ar/", "/fr/", 1)
    item_url = item.get_absolute_url().replace("/ar/", "/fr/", 1)
    assert "Accord tout neuf" not in client.get(partner_url).content.decode()
    assert "Partenaire suivi" in client.get(item_url).content.decode()

    factories.AgreementFactory(title_fr="Accord tout neuf", partners=[partner])
    assert "Accord tout neuf" in client.get(partner_url).content.decode()
    partner.status = Partner.Status.DRAFT
    partner.save()
    assert "Partenaire suivi" not in client.get(item_url).content.decode()
