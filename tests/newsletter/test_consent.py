"""Consent that staff cannot bypass: no address active without a consent on record, one that left
or bounced back only through a new confirmation, by hand or by import; unconfirmed ones erased."""

import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from news.newsletter.models import ConsentRecord, Subscriber
from tests import factories

pytestmark = pytest.mark.django_db

ADD = "admin:newsletter_subscriber_add"
IMPORT = "admin:newsletter_subscriber_import"


def test_the_change_form_cannot_make_an_address_active(admin_client):
    left = factories.SubscriberFactory(status=Subscriber.Status.UNSUBSCRIBED, language="fr")
    url = reverse("admin:newsletter_subscriber_change", args=[left.pk])
    page = admin_client.get(url).content.decode()
    assert 'name="status"' not in page and 'name="email"' not in page
    response = admin_client.post(url, {"status": "active", "email": "other@example.org", "language": "ar", **_inline()})
    assert response.status_code == 302
    left.refresh_from_db()
    assert (left.status, left.email, left.language) == (Subscriber.Status.UNSUBSCRIBED, left.email, "ar")


def _inline() -> dict:
    return {
        "consents-TOTAL_FORMS": "0",
        "consents-INITIAL_FORMS": "0",
        "consents-MIN_NUM_FORMS": "0",
        "consents-MAX_NUM_FORMS": "1000",
    }


def test_an_address_added_by_hand_is_active_only_with_the_basis_of_its_consent(
    admin_client, admin_user, smtp_sink, django_capture_on_commit_callbacks
):
    sink = smtp_sink()
    basis = "Formulaire papier signé au séminaire du 12 mai 2026"
    response = admin_client.post(reverse(ADD), {"email": "paper@example.org", "language": "fr", "basis": basis})
    assert response.status_code == 302
    added = Subscriber.objects.get(email="paper@example.org")
    assert added.status == Subscriber.Status.ACTIVE and added.confirmed_at is not None
    [consent] = added.consents.all()
    assert (consent.action, consent.basis, consent.entered_by, consent.text_version) == (
        ConsentRecord.Action.GIVEN,
        basis,
        admin_user,
        "1",
    )
    assert sink.messages == []

    # Without a basis: invited to confirm, nothing active, no consent recorded in its name.
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse(ADD), {"email": "ask@example.org", "language": "ar", "basis": ""})
    invited = Subscriber.objects.get(email="ask@example.org")
    assert invited.status == Subscriber.Status.PENDING and not invited.consents.exists()
    [message] = sink.parsed()
    assert message["To"] == "ask@example.org" and "/ar/newsletter/confirm/" in message.get_body().get_content()


@pytest.mark.parametrize("status", [Subscriber.Status.UNSUBSCRIBED, Subscriber.Status.BOUNCED])
def test_an_address_that_left_or_bounced_comes_back_only_by_confirming_again(
    admin_client, status, smtp_sink, django_capture_on_commit_callbacks
):
    sink = smtp_sink()
    gone = factories.SubscriberFactory(email="gone@example.org", status=status, language="fr")
    response = admin_client.post(reverse(ADD), {"email": "GONE@example.org", "language": "fr", "basis": "Paper form"})
    assert response.status_code == 200 and response.context["form"].errors["email"]
    gone.refresh_from_db()
    assert gone.status == status and not gone.consents.exists()

    active = factories.SubscriberFactory(language="fr")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            reverse("admin:newsletter_subscriber_changelist"),
            {"action": "invite", "_selected_action": [gone.pk, active.pk]},
        )
    gone.refresh_from_db()
    assert gone.status == Subscriber.Status.PENDING
    assert [m["To"] for m in sink.parsed()] == ["gone@example.org"]


CSV = (
    "email,language,basis,text_version\r\n"
    "paper@example.org,fr,Signed form (seminar 2026-05-12),1\r\n"
    "invite@example.org,ar,,\r\n"
    "not an address,fr,Signed form,\r\n"
    "PAPER@example.org,fr,Signed form again,\r\n"
    '"evil@example.org\r\nBcc: all@example.org",fr,Signed form,\r\n'
    "known@example.org,en,Signed form,\r\n"
    "nolang@example.org,de,Signed form,\r\n"
    "=cmd|' /C calc'!A0@example.org,fr,Signed form,\r\n"
)


def test_an_import_reports_each_rows_fate_and_keeps_the_same_rules(
    admin_client, admin_user, smtp_sink, django_capture_on_commit_callbacks
):
    sink = smtp_sink()
    factories.SubscriberFactory(email="known@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    upload = SimpleUploadedFile("subscribers.csv", ("\ufeff" + CSV).encode(), content_type="text/csv")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse(IMPORT), {"file": upload})
    assert response.status_code == 200
    fates = [(row.line, row.outcome) for row in response.context["results"]]
    assert fates == [
        (2, "added"),
        (3, "invited"),
        (4, "refused"),
        (5, "duplicate"),
        (6, "refused"),
        (7, "known"),
        (8, "refused"),
        (9, "refused"),
    ]
    assert response.context["outcomes"]["refused"] == 4
    emails = dict(Subscriber.objects.values_list("email", "status"))
    assert emails == {
        "paper@example.org": Subscriber.Status.ACTIVE,
        "invite@example.org": Subscriber.Status.PENDING,
        "known@example.org": Subscriber.Status.UNSUBSCRIBED,
    }
    assert Subscriber.objects.get(email="paper@example.org").consents.get().entered_by == admin_user
    assert [m["To"] for m in sink.parsed()] == ["invite@example.org"]
    # The refused row is shown with its reason, the address as text in its cell.
    [evil] = [row for row in response.context["results"] if row.line == 6]
    assert evil.reason and "\n" not in evil.email and "\r" not in evil.email


@pytest.mark.parametrize(
    ("content", "why"),
    [(b"\xff\xfe e\x00m\x00", "UTF-8"), (b"address;lang\r\nx@example.org;fr\r\n", "email")],
)
def test_an_import_that_cannot_be_read_changes_nothing_and_says_why(admin_client, settings, content, why):
    settings.LANGUAGE_CODE = "en"
    response = admin_client.post(
        reverse(IMPORT), {"file": SimpleUploadedFile("s.csv", content)}, headers={"accept-language": "en"}
    )
    assert response.status_code == 200 and response.context["results"] is None
    assert why in " ".join(response.context["form"].errors["file"])
    assert not Subscriber.objects.exists()


def test_addresses_never_confirmed_are_erased_with_their_ledger_after_the_set_time(settings):
    settings.NEWSLETTER_PENDING_MAX_AGE = 30 * 24 * 3600
    old = factories.SubscriberFactory(status=Subscriber.Status.PENDING)
    ConsentRecord.objects.create(subscriber=old, action="given", text_version="1", language="ar")
    recent = factories.SubscriberFactory(status=Subscriber.Status.PENDING)
    active = factories.SubscriberFactory(status=Subscriber.Status.ACTIVE)
    Subscriber.objects.filter(pk__in=[old.pk, active.pk]).update(updated_at=timezone.now() - timedelta(days=31))
    call_command("purge_pending_subscribers", stdout=io.StringIO())
    assert set(Subscriber.objects.values_list("pk", flat=True)) == {recent.pk, active.pk}
    assert not ConsentRecord.objects.filter(subscriber_id=old.pk).exists()


def test_a_row_the_csv_reader_cannot_read_is_refused_and_the_others_kept(admin_client):
    import csv

    too_long = "x" * (csv.field_size_limit() + 10)
    text = (
        f"email,language,basis\r\nfirst@example.org,fr,Signed form\r\n{too_long},fr,x\r\nlast@example.org,fr,Signed\r\n"
    )
    response = admin_client.post(reverse(IMPORT), {"file": SimpleUploadedFile("s.csv", text.encode())})
    fates = [(row.line, row.outcome) for row in response.context["results"]]
    assert fates[0] == (2, "added") and fates[1] == (3, "refused")
    assert Subscriber.objects.filter(email="first@example.org", status=Subscriber.Status.ACTIVE).exists()


def test_an_address_that_was_subscribed_once_keeps_its_history_when_its_new_request_expires(admin_client, settings):
    settings.NEWSLETTER_PENDING_MAX_AGE = 24 * 3600
    gone = factories.SubscriberFactory(email="back@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    ConsentRecord.objects.create(subscriber=gone, action="withdrawn", text_version="1", language="ar")
    from news.newsletter import services

    services.subscriber_subscribe(email="back@example.org", language="ar", client_address=None)
    Subscriber.objects.filter(pk=gone.pk).update(updated_at=timezone.now() - timedelta(days=2))
    assert services.subscribers_purge_pending() == 0
    gone.refresh_from_db()
    assert gone.status == Subscriber.Status.UNSUBSCRIBED and gone.consents.filter(action="withdrawn").exists()
    # So it still cannot be made active by hand.
    response = admin_client.post(reverse(ADD), {"email": "back@example.org", "language": "ar", "basis": "Paper"})
    assert response.status_code == 200
    gone.refresh_from_db()
    assert gone.status == Subscriber.Status.UNSUBSCRIBED
