"""Signed links of the newsletter: confirmation (expires, works once) and management (kept for years)."""

import hashlib

from django.conf import settings
from django.core import signing
from django.utils.crypto import constant_time_compare

from news.newsletter.models import Subscriber

CONFIRM_SALT = "news.newsletter.confirm"
MANAGE_SALT = "news.newsletter.manage"


class InvalidToken(Exception):
    """A link whose signature is wrong, expired, or already used."""


def email_hash(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:12]


def subscriber_confirmation_token(*, subscriber: Subscriber) -> str:
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign_object(
        {"s": subscriber.pk, "n": subscriber.confirmation_nonce}, compress=False
    )


def confirmation_from_token(*, token: str) -> tuple[int, str]:
    """The subscriber id and nonce a confirmation link carries, if its signature is good and not expired.

    Whether the link was already used (its nonce no longer stored) is for the caller to check.
    """
    try:
        data = signing.TimestampSigner(salt=CONFIRM_SALT).unsign_object(
            token, max_age=settings.NEWSLETTER_CONFIRM_MAX_AGE
        )
        return int(data["s"]), str(data["n"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise InvalidToken from error


def subscriber_from_confirmation_token(*, token: str) -> Subscriber:
    """The pending subscriber a confirmation link can still confirm; reads only, changes nothing."""
    subscriber_id, nonce = confirmation_from_token(token=token)
    subscriber = Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.Status.PENDING).first()
    if subscriber is None or not subscriber.confirmation_nonce:
        raise InvalidToken
    if not constant_time_compare(subscriber.confirmation_nonce, nonce):
        raise InvalidToken
    return subscriber


def subscriber_manage_token(*, subscriber: Subscriber) -> str:
    """The key of the unsubscribe and preferences links: it does not expire, mail is kept for years."""
    return signing.Signer(salt=MANAGE_SALT).sign_object({"s": subscriber.pk, "h": email_hash(subscriber.email)})


def subscriber_from_manage_token(*, token: str) -> Subscriber:
    try:
        data = signing.Signer(salt=MANAGE_SALT).unsign_object(token)
        subscriber = Subscriber.objects.filter(pk=int(data["s"])).first()
        valid = subscriber is not None and constant_time_compare(email_hash(subscriber.email), str(data["h"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise InvalidToken from error
    if not valid:
        raise InvalidToken
    return subscriber
