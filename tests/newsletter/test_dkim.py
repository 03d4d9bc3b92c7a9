"""Mail signed with the institution's DKIM key, as a receiving server checks it (dkimpy's verifier,
fed the public key that DNS would publish)."""

import base64

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from news.newsletter import services
from news.newsletter.models import Edition
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def dkim_key(tmp_path, settings):
    """A 2048-bit key in a PEM file, set as the site's; returns the TXT record DNS would publish."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    path = tmp_path / "dkim.pem"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
        )
    )
    public = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    settings.DKIM_PRIVATE_KEY_FILE = str(path)
    settings.DKIM_SELECTOR = "news2026"
    settings.DEFAULT_FROM_EMAIL = "CNDH <newsletter@cndh.example.org>"
    return b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)


def verified(raw: bytes, record: bytes) -> bool:
    def dns(name, timeout=5):
        assert name == b"news2026._domainkey.cndh.example.org."
        return record

    return dkim.verify(raw, dnsfunc=dns)


def raw_messages(sink) -> list[bytes]:
    return [data for _recipients, data in sink.messages]


def test_a_confirmation_and_an_edition_carry_a_signature_the_published_key_verifies(smtp_sink, dkim_key):
    sink = smtp_sink()
    subscriber = services.subscriber_subscribe(email="reader@example.org", language="ar", client_address=None)
    assert services.subscriber_send_confirmation(subscriber_id=subscriber.pk)
    factories.SubscriberFactory(language="fr")
    edition = factories.EditionFactory(items=[factories.NewsItemFactory()], subject_fr="Lettre")
    Edition.objects.filter(pk=edition.pk).update(queued_at=edition.created_at)
    assert services.edition_deliver(edition_id=edition.pk, worker_id="test-worker") == {"sent": 1}

    confirmation, newsletter = raw_messages(sink)
    for raw in (confirmation, newsletter):
        assert raw.startswith(b"DKIM-Signature: ")
        assert b"d=cndh.example.org" in raw.split(b"\r\n\r\n", 1)[0]
        assert verified(raw, dkim_key)
    # The edition's signature covers its per-subscriber unsubscribe link and its language.
    signed = newsletter.split(b"\r\n\r\n", 1)[0].split(b"h=", 1)[1].split(b";", 1)[0].replace(b"\r\n", b"")
    assert {b"list-unsubscribe", b"content-language", b"subject", b"from", b"to"} <= set(
        signed.replace(b" ", b"").replace(b"\t", b"").split(b":")
    )


def test_a_message_altered_on_the_way_fails_the_check(smtp_sink, dkim_key):
    sink = smtp_sink()
    subscriber = services.subscriber_subscribe(email="reader@example.org", language="fr", client_address=None)
    services.subscriber_send_confirmation(subscriber_id=subscriber.pk)
    [raw] = raw_messages(sink)
    subject = next(line for line in raw.split(b"\r\n") if line.startswith(b"Subject:"))
    assert not verified(raw.replace(subject, b"Subject: Your account is suspended"), dkim_key)
    assert not verified(raw.replace(b"http", b"hxxp", 1), dkim_key)


def test_without_a_key_mail_goes_out_unsigned(smtp_sink, settings):
    settings.DKIM_PRIVATE_KEY_FILE = ""
    sink = smtp_sink()
    subscriber = services.subscriber_subscribe(email="reader@example.org", language="fr", client_address=None)
    services.subscriber_send_confirmation(subscriber_id=subscriber.pk)
    [raw] = raw_messages(sink)
    assert b"DKIM-Signature" not in raw


def test_the_deployment_check_refuses_a_key_that_cannot_sign(tmp_path, settings):
    broken = tmp_path / "broken.pem"
    broken.write_text("-----BEGIN RSA PRIVATE KEY-----\nnot a key\n-----END RSA PRIVATE KEY-----\n")
    settings.DKIM_PRIVATE_KEY_FILE = str(broken)
    with pytest.raises(SystemCheckError, match="cndh.E002"):
        call_command("check", "--deploy", "--fail-level", "ERROR", "--tag", "security")
