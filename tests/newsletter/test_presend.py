"""The check before queueing an edition, and what each language's readers then get.

An edition with nothing, or no subject, for a language that has readers is refused with that
sentence until the manager chooses, for that language, to skip its readers or to send them
another language, which the message then declares.
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from news.newsletter import services
from news.newsletter.models import Delivery, Edition, Subscriber
from tests import factories

pytestmark = pytest.mark.django_db

FSI, PDI = "\u2068", "\u2069"


@pytest.fixture
def readers():
    return {
        "ar": [factories.SubscriberFactory(language="ar") for _ in range(2)],
        "fr": [factories.SubscriberFactory(language="fr")],
        "zgh": [factories.SubscriberFactory(language="zgh")],
    }


@pytest.fixture
def edition():
    """News in Arabic and French only, a subject in both: nothing for the Tamazight reader."""
    item = factories.NewsItemFactory(title_ar="المجلس في جنيف", title_fr="Le Conseil à Genève", title_en="")
    return factories.EditionFactory(items=[item], subject_ar="نشرة يونيو", subject_fr="Lettre de juin", subject_en="")


def deliver(edition) -> dict:
    return services.edition_deliver(edition_id=edition.pk, worker_id="test-worker")


def queue_url(edition) -> str:
    return reverse("admin:newsletter_edition_queue", args=[edition.pk])


def test_the_check_counts_readers_items_subject_and_size_per_language(readers, edition):
    with translation.override("en"):
        checks = {check.language: check for check in services.edition_check(edition=edition)}
        assert [(c.subscribers, c.items, c.has_subject, c.blocking) for c in checks.values()] == [
            (2, 1, True, False),
            (1, 0, False, True),  # zgh: no item, no subject, one reader
            (1, 1, True, False),
            (0, 0, False, False),  # en: nobody reads it, nothing to ask
        ]
        zgh = checks["zgh"]
        assert zgh.problems == [
            f"No news item in {zgh.name}, which 1 subscriber reads.",
            f"No subject in {zgh.name}, which 1 subscriber reads.",
        ]
        assert zgh.fallback == "ar" and [value for value, _label in zgh.choices] == ["skip", "fallback"]
        assert checks["en"].problems == [] and checks["en"].size is None
    # The size of the message as it is sent, for the languages that would get one.
    assert 2000 < checks["ar"].size < 40000 and 2000 < checks["fr"].size < 40000
    assert zgh.size is None


def test_queueing_is_refused_with_the_reason_until_a_choice_is_made(readers, edition, admin_client):
    page = admin_client.get(queue_url(edition)).content.decode()
    assert 'name="choice-zgh"' in page and 'name="choice-en"' not in page

    refused = admin_client.post(queue_url(edition), {})
    assert refused.status_code == 400
    with translation.override("ar"):
        problems = services.edition_check(edition=edition)[1].problems
    assert all(problem in refused.content.decode() for problem in problems) and problems
    # A choice the language does not offer changes nothing either.
    assert admin_client.post(queue_url(edition), {"choice-zgh": "send-anyway"}).status_code == 400
    edition.refresh_from_db()
    assert edition.queued_at is None and edition.language_choices == {}

    # The changelist's bulk action refuses it too, saying why.
    response = admin_client.post(
        reverse("admin:newsletter_edition_changelist"),
        {"action": "queue_for_sending", "_selected_action": [edition.pk]},
        follow=True,
    )
    [said] = [str(message) for message in response.context["messages"]]
    assert problems[0] in said
    edition.refresh_from_db()
    assert edition.queued_at is None
    with pytest.raises(services.EditionNotReady):
        services.edition_queue(edition=edition)


def test_readers_skipped_get_nothing_and_the_others_their_language_once(
    readers, edition, admin_client, smtp_sink, django_capture_on_commit_callbacks
):
    # A Tamazight subject but no Tamazight news: skipping its readers keeps it out of their archive.
    Edition.objects.filter(pk=edition.pk).update(subject_zgh="ⵜⴰⴱⵔⴰⵜ ⵏ ⵢⵓⵏⵢⵓ")
    edition.refresh_from_db()
    sink = smtp_sink()
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(queue_url(edition), {"choice-zgh": "skip"}).status_code == 302
    edition.refresh_from_db()
    assert edition.language_choices == {"zgh": "skip"}
    delivered = {message["To"]: message["Content-Language"] for message in sink.parsed()}
    expected = {s.email: s.language for s in readers["ar"] + readers["fr"]}
    assert delivered == expected
    assert not Delivery.objects.filter(subscriber__language="zgh").exists()
    assert deliver(edition) == {}
    # The Tamazight archive does not list what its readers did not get; the Arabic one does.
    assert f"/archive/{edition.pk}/" not in admin_client.get("/zgh/newsletter/archive/").content.decode()
    assert f"/archive/{edition.pk}/" in admin_client.get("/ar/newsletter/archive/").content.decode()


def test_a_fallback_the_manager_chose_declares_itself_in_the_mail_and_the_archive(
    readers, edition, admin_client, smtp_sink, client
):
    sink = smtp_sink()
    services.edition_queue(edition=edition, choices={"zgh": "fallback"})
    assert deliver(edition) == {"sent": 4}
    [message] = [m for m in sink.parsed() if m["To"] == readers["zgh"][0].email]
    assert message["Content-Language"] == "zgh"
    html = message.get_body(preferencelist=("html",)).get_content()
    text = message.get_body(preferencelist=("plain",)).get_content()

    assert '<html lang="zgh" dir="ltr">' in html
    notice = re.search(r'<p style="margin:0 0 16px;padding[^>]*>([^<]+)</p>', html).group(1)
    assert "ⵜⴰⵄⵔⴰⴱⵜ" in notice and not re.search("[\u0600-\u06ff]", notice)
    assert '<div lang="ar" dir="rtl" style="text-align:right;' in html
    assert re.search(r'<div lang="ar" dir="rtl"[^>]*>\s*<h2[^>]*><a [^>]*>المجلس في جنيف</a>', html)
    assert '<h1 lang="ar" dir="rtl"' in html

    lines = text.splitlines()
    assert lines[0] == f"{FSI}نشرة يونيو{PDI}"
    assert notice in text
    assert any(line.startswith(f"* {FSI}المجلس في جنيف{PDI} (") for line in lines)

    archive = client.get("/zgh/newsletter/archive/").content.decode()
    assert f'href="/zgh/newsletter/archive/{edition.pk}/"' in archive
    detail = client.get(f"/zgh/newsletter/archive/{edition.pk}/").content.decode()
    assert '<section class="edition__item" lang="ar" dir="rtl">' in detail and 'class="fallback-note"' in detail


def test_the_edition_form_previews_each_language_on_a_phone_and_a_computer(admin_client, edition):
    change = admin_client.get(reverse("admin:newsletter_edition_change", args=[edition.pk])).content.decode()
    for code in ("ar", "zgh", "fr", "en"):
        assert reverse("admin:newsletter_edition_preview", args=[edition.pk, code]) in change
    assert queue_url(edition) in change

    preview = admin_client.get(reverse("admin:newsletter_edition_preview", args=[edition.pk, "fr"])).content.decode()
    assert "admin/cndh-admin.css" in preview
    assert preview.count('sandbox=""') == 2
    assert 'class="newsletter-preview newsletter-preview--phone"' in preview
    assert "Lettre de juin" in preview


def test_an_edition_with_something_for_every_reader_queues_at_once(readers, admin_client):
    complete = factories.EditionFactory(
        items=[factories.NewsItemFactory(title_zgh="ⴰⵏⴳⵎⴰⵎ")], subject_zgh="ⵜⴰⴱⵔⴰⵜ", subject_en=""
    )
    assert admin_client.post(queue_url(complete), {}).status_code == 302
    complete.refresh_from_db()
    assert complete.queued_at is not None and complete.language_choices == {}
    assert Subscriber.objects.active().count() == 4
    assert Edition.objects.get(pk=complete.pk).queued_at is not None


def test_readers_who_arrive_after_the_check_get_nothing_empty(readers, smtp_sink):
    """Queued when no Tamazight reader had subscribed; one does before sending starts."""
    sink = smtp_sink()
    Subscriber.objects.filter(language="zgh").delete()
    item = factories.NewsItemFactory(title_ar="خبر", title_fr="Nouvelle", title_en="")
    edition = factories.EditionFactory(items=[item], subject_ar="نشرة", subject_fr="Lettre", subject_en="")
    services.edition_queue(edition=edition)
    late = factories.SubscriberFactory(language="zgh")
    assert deliver(edition) == {"sent": 3}
    assert late.email not in [m["To"] for m in sink.parsed()]
    edition.refresh_from_db()
    assert edition.sent_languages == ",ar,fr,"


def test_a_language_that_gains_its_news_after_a_skip_is_sent_and_listed(readers, edition, smtp_sink, client):
    sink = smtp_sink()
    services.edition_queue(edition=edition, choices={"zgh": "skip"})
    edition.items.add(factories.NewsItemFactory(title_zgh="ⴰⵏⴳⵎⴰⵎ"))
    Edition.objects.filter(pk=edition.pk).update(subject_zgh="ⵜⴰⴱⵔⴰⵜ")
    assert deliver(edition) == {"sent": 4}
    assert readers["zgh"][0].email in [m["To"] for m in sink.parsed()]
    assert f"/archive/{edition.pk}/" in client.get("/zgh/newsletter/archive/").content.decode()


def test_a_queued_edition_keeps_the_choices_it_was_queued_with(readers, edition):
    services.edition_queue(edition=edition, choices={"zgh": "skip"})
    services.edition_queue(edition=edition, choices={"zgh": "fallback"})
    edition.refresh_from_db()
    assert edition.language_choices == {"zgh": "skip"}


def test_a_refused_attempt_leaves_no_choice_behind(readers, edition):
    with pytest.raises(services.EditionNotReady):
        services.edition_queue(edition=edition, choices={"zgh": "not-a-choice"})
    edition.refresh_from_db()
    assert edition.language_choices == {} and edition.queued_at is None


def test_the_fallback_subject_and_news_come_from_the_same_language(smtp_sink):
    """English readers, an English subject missing, a French subject but Arabic news only: the
    language offered is Arabic (subject and news), so the subject is Arabic too, not French."""
    sink = smtp_sink()
    reader = factories.SubscriberFactory(language="en")
    item = factories.NewsItemFactory(title_ar="خبر", title_fr="", title_en="")
    edition = factories.EditionFactory(items=[item], subject_ar="نشرة", subject_fr="Lettre", subject_en="")
    [english] = [check for check in services.edition_check(edition=edition) if check.language == "en"]
    assert english.fallback == "ar"
    services.edition_queue(edition=edition, choices={"en": "fallback", "zgh": "skip"})
    deliver(edition)
    [message] = [m for m in sink.parsed() if m["To"] == reader.email]
    assert message["Subject"] == "نشرة"


def test_readers_choose_their_topics_on_the_subscribe_page_and_their_preferences(client, smtp_sink, settings):
    from news.newsletter.services import subscriber_manage_token

    page = client.get("/fr/newsletter/").content.decode()
    assert page.count('name="kinds"') == 3 and page.count('name="categories"') == 8
    client.post(
        "/fr/newsletter/",
        {"email": "topics@example.org", "language": "fr", "consent": "on", "kinds": ["kind:statement"]},
    )
    reader = Subscriber.objects.get(email="topics@example.org")
    assert reader.topics == ",kind:statement,"
    # The side column's form, without topics, is everything; an active address keeps its choices.
    Subscriber.objects.filter(pk=reader.pk).update(status=Subscriber.Status.ACTIVE)
    client.post("/fr/newsletter/", {"email": "topics@example.org", "language": "fr", "consent": "on"})
    reader.refresh_from_db()
    assert reader.topics == ",kind:statement,"

    url = f"/fr/newsletter/preferences/{subscriber_manage_token(subscriber=reader)}/"
    assert re.search(r'value="kind:statement" id="[^"]+" checked', client.get(url).content.decode())
    client.post(url, {"language": "ar", "categories": ["category:european", "category:no-such"]})
    reader.refresh_from_db()
    assert (reader.language, reader.topics) == ("fr", ",kind:statement,")  # refused: unknown choice
    client.post(url, {"language": "ar", "categories": ["category:european"]})
    reader.refresh_from_db()
    assert (reader.language, reader.topics) == ("ar", ",category:european,")
    client.post(url, {"language": "ar"})
    reader.refresh_from_db()
    assert reader.topics == ""  # nothing ticked: everything


def test_the_monthly_edition_carries_what_is_new_and_skips_languages_with_nothing(
    readers, smtp_sink, django_capture_on_commit_callbacks
):
    import io

    from django.core.management import call_command

    sink = smtp_sink()
    out = io.StringIO()
    factories.NewsItemFactory(title_ar="جديد", title_fr="Nouveau", title_en="")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("monthly_edition", stdout=out)
    edition = Edition.objects.get()
    assert edition.selection == Edition.Selection.SINCE_LAST and edition.queued_at is not None
    assert edition.language_choices == {"zgh": "skip"}
    assert {m["Content-Language"] for m in sink.parsed()} == {"ar", "fr"}
    assert all(m["Subject"] for m in sink.parsed())

    # Nothing new since: no edition at all.
    call_command("monthly_edition", stdout=out)
    assert Edition.objects.count() == 1 and "no edition" in out.getvalue()


def test_topics_are_those_of_the_news_each_language_gets(smtp_sink):
    """The only statement has an Arabic title: a French reader who wants statements has none in
    the French message and is left out; an Arabic one gets it; one who chose nothing gets all."""
    sink = smtp_sink()
    statement = factories.NewsItemFactory(kind="statement", title_ar="تصريح", title_fr="", title_en="")
    news = factories.NewsItemFactory(kind="news", title_ar="خبر", title_fr="Nouvelle", title_en="")
    edition = factories.EditionFactory(items=[statement, news], subject_ar="نشرة", subject_fr="Lettre", subject_en="")
    wants = {
        "fr-statements": factories.SubscriberFactory(language="fr", topics=",kind:statement,"),
        "fr-all": factories.SubscriberFactory(language="fr"),
        "ar-statements": factories.SubscriberFactory(language="ar", topics=",kind:statement,"),
    }
    checks = {check.language: check for check in services.edition_check(edition=edition, measure=False)}
    assert (checks["fr"].subscribers, checks["ar"].subscribers) == (1, 1)
    services.edition_queue(edition=edition)
    deliver(edition)
    assert sorted(m["To"] for m in sink.parsed()) == sorted([wants["fr-all"].email, wants["ar-statements"].email])


def test_the_monthly_edition_run_twice_before_sending_starts_makes_one(readers):
    import io

    from django.core.management import call_command

    factories.NewsItemFactory(title_ar="جديد", title_fr="Nouveau", title_en="")
    out = io.StringIO()
    call_command("monthly_edition", stdout=out)  # queued; no worker has started it yet
    call_command("monthly_edition", stdout=out)
    assert Edition.objects.count() == 1 and "has not started" in out.getvalue()
