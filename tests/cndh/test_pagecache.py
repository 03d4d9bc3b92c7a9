"""Anonymous pages are cacheable, served from the page cache, and never older than their content."""

import time

import pytest
from django.apps import apps
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date
from django.utils.translation import override

from cndh.pagecache import PRIVATE_MODELS, PUBLIC_MODELS
from news.models import NewsItem
from news.newsletter.models import Subscriber
from tests import factories
from tests.helpers import LANGUAGES

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]

PROJECT_APPS = {"cndh", "partners", "treaties", "reports", "news", "newsletter"}


def public_paths(lang: str) -> list[str]:
    """One address of each kind of public page, in ``lang``, from the demo content."""
    from partners.models import Partner
    from partners.treaties.models import Treaty
    from reports.models import Chapter, Report

    objects = [
        Partner.objects.first(),
        Treaty.objects.published().first(),
        Report.objects.published().first(),
        Chapter.objects.published().first(),
        NewsItem.objects.published().first(),
    ]
    names = ["cndh:home", "cndh:cooperation", "partners:directory", "treaties:list", "reports:list", "news:list"]
    names += ["news:feed-rss", "news:feed-atom", "newsletter:subscribe", "newsletter:archive"]
    with override(lang):
        paths = [reverse(name) for name in names] + [obj.get_absolute_url() for obj in objects]
        return [*paths, reverse("cndh:search") + "?q=droits"]


@pytest.fixture
def paths(demo):
    return {lang: public_paths(lang) for lang in LANGUAGES}


def test_every_model_is_declared_public_or_private():
    """A new model cannot be forgotten: its saves drop the stored pages, or it says it never shows."""
    models = {m._meta.label for m in apps.get_models() if m._meta.app_label in PROJECT_APPS}
    assert models == set(PUBLIC_MODELS) | set(PRIVATE_MODELS)
    assert not set(PUBLIC_MODELS) & set(PRIVATE_MODELS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_anonymous_pages_set_no_cookie_and_may_be_cached(paths, lang):
    client = Client()
    for path in [*paths[lang], "/sitemap.xml", "/robots.txt"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert not response.cookies, (path, response.cookies)
        assert "Set-Cookie" not in response.headers, path
        control = response["Cache-Control"]
        assert "public" in control and "max-age=30" in control and "s-maxage=30" in control, (path, control)
        assert response["ETag"].startswith('"') and response["Last-Modified"], path
        # Nothing a visitor sends changes an anonymous page but its address (and, without a
        # prefix, the language): no Vary on Accept-Language where the path names the language.
        if path.startswith(f"/{lang}/"):
            assert "Accept-Language" not in response.get("Vary", ""), path
    assert not client.cookies


def test_the_second_visit_is_served_from_the_cache_without_a_query(demo, django_assert_num_queries):
    client = Client()
    first = client.get("/fr/news/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/fr/news/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]

    # The stored page keeps every header the fresh one had, the security headers above all;
    # only the request's own id is new.
    def kept(response):
        return {name: value for name, value in response.items() if name not in ("X-Page-Cache", "X-Request-ID")}

    assert kept(second) == kept(first)
    assert second["X-Request-ID"] != first["X-Request-ID"]
    for name in ("Content-Security-Policy", "Permissions-Policy", "X-Content-Type-Options", "Content-Language"):
        assert second[name], name


def test_a_page_of_an_older_generation_is_not_served(demo):
    client = Client()
    client.get("/en/news/")
    assert client.get("/en/news/")["X-Page-Cache"] == "hit"
    NewsItem.objects.update(title_en="Retitled")  # no signal, so say it, as update() callers do
    from cndh.pagecache import content_changed

    content_changed()
    fresh = client.get("/en/news/")
    assert fresh["X-Page-Cache"] == "miss" and "Retitled" in fresh.content.decode()


def test_a_known_etag_or_date_is_answered_304(demo):
    client = Client()
    first = client.get("/ar/treaties/")
    assert client.get("/ar/treaties/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get("/ar/treaties/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert client.get("/ar/treaties/", HTTP_IF_NONE_MATCH='"something-else"').status_code == 200
    earlier = http_date(time.time() - 86400 * 365)
    assert client.get("/ar/treaties/", HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200


def test_feeds_answer_304_to_their_etag(demo):
    client = Client()
    feed = client.get("/fr/news/feed/atom/")
    assert client.get("/fr/news/feed/atom/", HTTP_IF_NONE_MATCH=feed["ETag"]).status_code == 304


def test_an_edit_changes_the_etag_and_the_date(demo):
    client = Client()
    first = client.get("/fr/news/")
    item = NewsItem.objects.published().newest_first().first()
    time.sleep(1)  # Last-Modified counts seconds
    item.title_fr = "Un titre tout neuf"
    item.save()
    second = client.get("/fr/news/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200
    assert "Un titre tout neuf" in second.content.decode()
    assert second["ETag"] != first["ETag"]
    assert second["Last-Modified"] != first["Last-Modified"]


def fr(url: str) -> str:
    """``url`` (of any language) in French."""
    return "/fr/" + url.split("/", 2)[2]


def surfaces(client, item):
    """What anonymous visitors are shown of ``item`` in French: its page and every list it is on."""
    title = item.title_fr
    pages = {
        "page": client.get(fr(item.get_absolute_url())),
        "list": client.get("/fr/news/"),
        "year": client.get(f"/fr/news/{item.publish_at.year}/"),
        "home (latest news)": client.get("/fr/"),
        "feed": client.get("/fr/news/feed/rss/"),
        "sitemap": client.get("/sitemap-news.xml"),
    }
    shown = {}
    for name, response in pages.items():
        text = response.content.decode()
        shown[name] = response.status_code == 200 and (item.slug in text if name == "sitemap" else title in text)
    return shown


def everywhere(shown):
    return all(shown.values())


def nowhere(shown):
    return not any(shown.values())


def test_every_change_to_an_item_shows_on_the_next_anonymous_visit(db):
    client = Client()
    factories.PageFactory.create_every_key()
    item = factories.NewsItemFactory(title_fr="Première version du titre", status=NewsItem.Status.DRAFT)
    assert nowhere(surfaces(client, item))
    assert nowhere(surfaces(client, item))  # from the cache

    item.status = NewsItem.Status.PUBLISHED  # published
    item.save()
    assert everywhere(surfaces(client, item)), surfaces(client, item)
    assert client.get("/fr/news/")["X-Page-Cache"] == "hit"

    item.title_fr = "Seconde version du titre"  # edited
    item.save()
    assert everywhere(surfaces(client, item))

    item.status = NewsItem.Status.DRAFT  # withdrawn
    item.save()
    assert nowhere(surfaces(client, item))

    item.status = NewsItem.Status.PUBLISHED
    item.save()
    assert everywhere(surfaces(client, item))
    slug = item.slug
    item.delete()  # deleted
    item.slug = slug
    assert nowhere(surfaces(client, item))


def test_the_admin_bulk_actions_drop_the_stored_pages(db, admin_client):
    client = Client()
    item = factories.NewsItemFactory(title_fr="Publié par lot", status=NewsItem.Status.DRAFT)
    assert "Publié par lot" not in client.get("/fr/news/").content.decode()
    changelist = "/admin/news/newsitem/"
    admin_client.post(changelist, {"action": "make_published", "_selected_action": [item.pk]})
    assert "Publié par lot" in client.get("/fr/news/").content.decode()
    admin_client.post(changelist, {"action": "make_draft", "_selected_action": [item.pk]})
    assert "Publié par lot" not in client.get("/fr/news/").content.decode()


def test_a_scheduled_item_appears_the_moment_it_falls_due(db):
    client = Client()
    factories.PageFactory.create_every_key()
    factories.NewsItemFactory(title_fr="Déjà publié")
    due = timezone.now() + timezone.timedelta(seconds=2)
    item = factories.NewsItemFactory(title_fr="Annoncé pour bientôt", publish_at=due)
    assert nowhere(surfaces(client, item))
    assert client.get("/fr/news/")["X-Page-Cache"] == "hit"
    time.sleep(max(0.0, (due - timezone.now()).total_seconds()) + 0.05)
    assert everywhere(surfaces(client, item))


def test_a_relation_added_or_removed_shows_at_once(db):
    client = Client()
    partner = factories.PartnerFactory()
    item = factories.NewsItemFactory(title_fr="Avec un partenaire")
    page = f"/fr/news/feed/rss/partner/{partner.slug}/"
    assert "Avec un partenaire" not in client.get(page).content.decode()
    item.partners.add(partner)
    assert "Avec un partenaire" in client.get(page).content.decode()
    item.partners.remove(partner)
    assert "Avec un partenaire" not in client.get(page).content.decode()


def test_a_saved_subscriber_keeps_the_stored_pages(demo):
    client = Client()
    client.get("/fr/news/")
    factories.SubscriberFactory()
    assert Subscriber.objects.exists()
    assert client.get("/fr/news/")["X-Page-Cache"] == "hit"


def test_staff_get_fresh_pages_and_previews_that_no_cache_keeps(db, staff_client):
    anonymous = Client()
    draft = factories.NewsItemFactory(title_fr="Brouillon en relecture", status=NewsItem.Status.DRAFT)
    path = fr(draft.get_absolute_url())
    assert anonymous.get("/fr/news/")["X-Page-Cache"] == "miss"
    assert anonymous.get(path).status_code == 404

    preview = staff_client.get(path)
    assert preview.status_code == 200 and "Brouillon en relecture" in preview.content.decode()
    assert "no-store" in preview["Cache-Control"] and "private" in preview["Cache-Control"]
    listing = staff_client.get("/fr/news/")
    assert "X-Page-Cache" not in listing and "no-store" in listing["Cache-Control"]
    # The staff member's visit stored nothing that anonymous visitors are then shown.
    assert anonymous.get(path).status_code == 404
    assert "no-store" in staff_client.get("/admin/")["Cache-Control"]


def test_the_answer_to_a_form_and_the_page_with_its_message_are_kept_by_no_cache(db):
    client = Client()
    factories.PageFactory.create_every_key()
    client.get("/fr/")  # stored
    refused = client.post("/fr/newsletter/", {"email": "not an address", "language": "fr"})
    assert refused.status_code == 400 and "no-store" in refused["Cache-Control"]
    sent = client.post(
        "/fr/newsletter/", {"email": "reader@example.org", "language": "fr", "consent": "on", "next": "/fr/"}
    )
    assert sent.status_code == 302 and "no-store" in sent["Cache-Control"]
    page = client.get("/fr/")  # the message travels in a cookie: the page is built for this visitor
    assert "Merci" in page.content.decode()
    assert "X-Page-Cache" not in page and "no-store" in page["Cache-Control"]
    assert "Merci" not in Client().get("/fr/").content.decode()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://attacker.example"},
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "http://testserver"},
        {"HTTP_REFERER": "https://attacker.example/page.html"},
        {"HTTP_ORIGIN": "null"},
    ],
)
def test_a_subscription_sent_from_another_site_is_refused_in_the_visitors_language(db, headers):
    response = Client().post(
        "/ar/newsletter/", {"email": "x@example.org", "language": "ar", "consent": "on"}, **headers
    )
    assert response.status_code == 403
    assert 'lang="ar" dir="rtl"' in response.content.decode()
    assert "لم تُرسَل الاستمارة" in response.content.decode()
    assert Subscriber.objects.count() == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"},
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_REFERER": "http://testserver/fr/news/"},
        {},  # no browser: nothing a CSRF token would have defended against
    ],
)
def test_a_subscription_from_a_page_of_the_site_needs_no_token(db, headers):
    client = Client(enforce_csrf_checks=True)
    data = {"email": "reader@example.org", "language": "fr", "consent": "on", "next": "/fr/"}
    assert client.post("/fr/newsletter/", data, **headers).status_code == 302
    assert Subscriber.objects.filter(email="reader@example.org").exists()
