"""Addresses no mail can carry as typed: the form refuses them, and sending survives those stored earlier."""

import pytest
from django.core import mail

from news.newsletter import services
from news.newsletter.models import Delivery, Edition, Subscriber
from tests import factories

pytestmark = pytest.mark.django_db

UNMAILABLE = [
    "reader@exa\u202emple.org",  # right-to-left override: the IDNA codec refuses it
    "reader@exa\u2066mple.org",  # left-to-right isolate
    "reader@ex\u200bample.org",  # zero-width space: IDNA drops it, the mail would go to example.org
    "reader@exa\u00admple.org",  # soft hyphen, dropped the same way
    '"read\x01er"@example.org',  # a control character in a quoted local part
    "reader@\uff45xample.org",  # full-width e, mapped to another domain
]
REFUSAL = {
    "fr": "Cette adresse contient des caractères invisibles ou de contrôle",
    "ar": "يتضمن هذا العنوان حروفا غير مرئية أو حروف تحكم",
}


@pytest.mark.parametrize("email", UNMAILABLE)
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_form_refuses_an_unmailable_address_in_the_visitors_language(
    client, django_capture_on_commit_callbacks, email, language
):
    data = {"email": email, "language": language, "consent": "on", "next": f"/{language}/"}
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(f"/{language}/newsletter/", data)
        json = client.post(f"/{language}/newsletter/", data, HTTP_ACCEPT="application/json")
    assert page.status_code == 400
    assert REFUSAL[language] in page.content.decode()
    assert json.json()["ok"] is False and REFUSAL[language] in json.json()["errors"]["email"][0]
    assert Subscriber.objects.count() == 0
    assert mail.outbox == []


def test_an_international_domain_name_is_accepted_and_mailed_in_its_ascii_form(
    client, smtp_sink, django_capture_on_commit_callbacks
):
    sink = smtp_sink()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/fr/newsletter/", {"email": "lecteur@exämple.ma", "language": "fr", "consent": "on", "next": "/fr/"}
        )
    assert response.status_code == 302
    assert Subscriber.objects.get().email == "lecteur@exämple.ma"
    assert sink.recipients() == ["lecteur@xn--exmple-cua.ma"]


@pytest.mark.parametrize("email", UNMAILABLE[:2])
def test_a_stored_unmailable_address_ends_its_confirmation_cleanly(smtp_sink, email):
    sink = smtp_sink()
    subscriber = factories.SubscriberFactory(email=email, status=Subscriber.Status.PENDING, confirmation_nonce="n" * 32)

    assert services.subscriber_send_confirmation(subscriber_id=subscriber.pk) is False

    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.BOUNCED
    assert subscriber.bounce_reason.startswith("address cannot be mailed")
    assert subscriber.confirmation_nonce == ""
    assert sink.messages == []


def test_a_stored_unmailable_address_fails_its_delivery_and_the_edition_completes(smtp_sink):
    sink = smtp_sink()
    readers = [factories.SubscriberFactory(language="fr") for _ in range(3)]
    broken = factories.SubscriberFactory(email="reader@exa\u202emple.org", language="fr")
    international = factories.SubscriberFactory(email="lecteur@exämple.ma", language="fr")
    edition = factories.EditionFactory(items=[factories.NewsItemFactory()])
    Edition.objects.filter(pk=edition.pk).update(queued_at=edition.created_at)

    counts = services.edition_deliver(edition_id=edition.pk, worker_id="test-worker")

    assert counts == {"sent": 4, "failed": 1}
    assert sorted(sink.recipients()) == sorted([r.email for r in readers] + ["lecteur@xn--exmple-cua.ma"])
    failed = Delivery.objects.get(subscriber=broken)
    assert failed.status == Delivery.Status.FAILED and failed.error.startswith("address cannot be mailed")
    broken.refresh_from_db()
    assert broken.status == Subscriber.Status.BOUNCED
    assert Delivery.objects.get(subscriber=international).status == Delivery.Status.SENT
    edition.refresh_from_db()
    assert edition.completed_at is not None
