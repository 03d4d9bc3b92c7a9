"""The site's outgoing mail signed with the institution's DKIM key (dkimpy), when one is set.

Receiving servers check the signature against the public key published in DNS
(``<selector>._domainkey.<domain>``, README "Newsletter"), which lets them trust that
mail from the Council's domain comes from the Council. Every message Django sends
(confirmations, tests, notices) goes through :class:`EmailBackend`; the newsletter's
own delivery signs each message with :func:`dkim_sign` before it is written.
"""

import functools
import smtplib
from pathlib import Path

import dkim
from django.conf import settings
from django.core.mail.backends import smtp
from django.core.mail.message import sanitize_address

#: The headers a signature covers: what a reader sees and what a replay could alter.
SIGNED_HEADERS = [
    b"from",
    b"to",
    b"subject",
    b"date",
    b"message-id",
    b"mime-version",
    b"content-type",
    b"content-language",
    b"list-id",
    b"list-unsubscribe",
    b"list-unsubscribe-post",
]


@functools.cache
def _private_key(path: str) -> bytes:
    return Path(path).read_bytes()


def dkim_domain() -> str:
    """The signing domain: the setting, else the domain of the sender's address."""
    if settings.DKIM_DOMAIN:
        return settings.DKIM_DOMAIN
    address = sanitize_address(settings.DEFAULT_FROM_EMAIL, "utf-8")
    return address.rsplit("@", 1)[-1].strip(">").lower()


def dkim_sign(message: bytes) -> bytes:
    """``message`` (CRLF line ends) with a DKIM-Signature header in front; unchanged without a key."""
    if not settings.DKIM_PRIVATE_KEY_FILE:
        return message
    signature = dkim.sign(
        message,
        selector=settings.DKIM_SELECTOR.encode(),
        domain=dkim_domain().encode(),
        privkey=_private_key(settings.DKIM_PRIVATE_KEY_FILE),
        include_headers=[header for header in SIGNED_HEADERS if _has_header(message, header)],
        linesep=b"\r\n",
    )
    return signature + message


def _has_header(message: bytes, name: bytes) -> bool:
    head = message.split(b"\r\n\r\n", 1)[0].lower()
    return head.startswith(name + b":") or b"\r\n" + name + b":" in head


class EmailBackend(smtp.EmailBackend):
    """Django's SMTP backend, each message signed (DKIM) on its way out."""

    def _send(self, email_message):
        # Django's own _send, with the bytes signed before they are written.
        if not email_message.recipients():
            return False
        encoding = email_message.encoding or settings.DEFAULT_CHARSET
        from_email = sanitize_address(email_message.from_email, encoding)
        recipients = [sanitize_address(address, encoding) for address in email_message.recipients()]
        data = dkim_sign(email_message.message().as_bytes(linesep="\r\n"))
        try:
            self.connection.sendmail(from_email, recipients, data)
        except smtplib.SMTPException:
            if not self.fail_silently:
                raise
            return False
        return True
