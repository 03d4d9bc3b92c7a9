"""The latest news in the side column of every page."""

import time

import pytest
from django.urls import reverse
from django.utils import timezone

from news.latest import latest_news
from news.models import NewsItem
from tests import factories

pytestmark = pytest.mark.django_db


def aside(html: str) -> str:
    return html.split('class="latest-news"')[1].split("</section>")[0]


def test_side_column_shows_three_latest_items_with_date_cut_title_and_read_more(client):
    now = timezone.now()
    for days in (5, 4, 3):
        factories.NewsItemFactory(title_ar=f"خبر قبل {days} أيام", publish_at=now - timezone.timedelta(days=days))
    long_title = "المجلس الوطني لحقوق الإنسان " * 8
    newest = factories.NewsItemFactory(
        title_ar=long_title, publish_at=timezone.make_aware(timezone.datetime(2024, 3, 14, 12))
    )
    NewsItem.objects.filter(pk=newest.pk).update(publish_at=now - timezone.timedelta(hours=1))
    newest.refresh_from_db()
    factories.PageFactory.create_every_key()
    html = aside(client.get("/ar/").content.decode())
    assert html.count("<li>") == 3
    assert "خبر قبل 5 أيام" not in html
    assert "(...)" in html
    assert long_title not in html
    assert timezone.localtime(newest.publish_at).strftime("%d-%m-%Y") in html
    assert "اقرأ المزيد" in html
    assert f'href="{newest.get_absolute_url()}"' in html
    assert 'href="/ar/news/"' in html


def test_side_column_is_on_every_public_page_in_its_language(client):
    factories.NewsItemFactory(title_fr="Dernière actualité")
    factories.ReportFactory(year=2021, slug="r")
    for path in ("/fr/reports/", "/fr/reports/2021/r/", "/fr/news/", "/fr/no-such-page/"):
        html = client.get(path).content.decode()
        assert "Dernière actualité" in aside(html), path


def test_latest_news_costs_one_query_then_none_until_an_item_is_saved(django_assert_num_queries):
    item = factories.NewsItemFactory(title_fr="Avant")
    with django_assert_num_queries(1):
        assert [e.title for e in latest_news("fr")] == ["Avant"]
    with django_assert_num_queries(0):
        latest_news("fr")
    item.title_fr = "Après"
    item.save()
    with django_assert_num_queries(1):
        assert [e.title for e in latest_news("fr")] == ["Après"]


def test_drafts_and_scheduled_items_stay_out_of_the_side_column_until_due():
    now = timezone.now()
    factories.NewsItemFactory(title_fr="Publié", publish_at=now - timezone.timedelta(days=1))
    factories.NewsItemFactory(title_fr="Brouillon", status=NewsItem.Status.DRAFT)
    due = now + timezone.timedelta(hours=2)
    factories.NewsItemFactory(title_fr="Programmé", publish_at=due)
    assert [e.title for e in latest_news("fr", now=now)] == ["Publié"]
    # Still cached a minute later, and still right.
    assert [e.title for e in latest_news("fr", now=now + timezone.timedelta(minutes=1))] == ["Publié"]
    # Once the scheduled time passes, the cached list is no longer trusted.
    assert [e.title for e in latest_news("fr", now=due + timezone.timedelta(seconds=1))] == ["Programmé", "Publié"]


def test_a_scheduled_item_appears_on_the_page_when_its_time_comes(client):
    factories.NewsItemFactory(title_fr="Déjà publié")
    due = timezone.now() + timezone.timedelta(seconds=1.5)
    factories.NewsItemFactory(title_fr="Bientôt publié", publish_at=due)
    assert "Bientôt publié" not in aside(client.get("/fr/news/").content.decode())
    time.sleep(max(0.0, (due - timezone.now()).total_seconds()) + 0.1)
    assert "Bientôt publié" in aside(client.get("/fr/news/").content.decode())


def test_the_first_item_of_a_site_with_no_news_yet_appears_when_it_falls_due():
    now = timezone.now()
    due = now + timezone.timedelta(minutes=2)
    factories.NewsItemFactory(title_fr="Le tout premier", publish_at=due)
    assert latest_news("fr", now=now) == []
    assert latest_news("fr", now=now + timezone.timedelta(seconds=5)) == []
    # Seconds after it falls due, not the ten minutes a list of items may be kept.
    assert [e.title for e in latest_news("fr", now=due + timezone.timedelta(seconds=1))] == ["Le tout premier"]


def test_fallback_title_carries_its_own_language():
    factories.NewsItemFactory(title_en="", title_fr="Seulement en français")
    entry = latest_news("en")[0]
    assert (entry.title, entry.language, entry.is_fallback) == ("Seulement en français", "fr", True)


def test_publishing_from_the_admin_list_refreshes_the_side_column(admin_client):
    item = factories.NewsItemFactory(title_fr="Brouillon publié", status=NewsItem.Status.DRAFT)
    assert latest_news("fr") == []
    response = admin_client.post(
        reverse("admin:news_newsitem_changelist"),
        {"action": "make_published", "_selected_action": [item.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert [e.title for e in latest_news("fr")] == ["Brouillon publié"]
