"""One SMTP session that sends many messages and lets the caller commit at the hand-over point.

``smtplib.SMTP.sendmail`` writes a message and its end-of-data mark in one go.
Delivery needs steps in between: ``begin`` puts the message body on the wire,
but the server has not got the final ``CRLF . CRLF`` yet, so it cannot have
accepted anything. That is where the ledger row is marked sent, in a transaction
that ``end_data`` writes the mark inside of and that commits at once; ``finish``
then reads the server's answer (see news/newsletter/services/delivery.py).
"""

import re
import smtplib
import socket
import ssl
from dataclasses import dataclass

from django.conf import settings

_LEADING_DOT = re.compile(rb"(?m)^\.")


@dataclass
class SmtpFailure(Exception):
    """The server refused, or the connection broke. ``permanent`` for 5xx replies."""

    code: int
    reply: str
    stage: str  # "connect", "mail", "rcpt", "data"

    @property
    def permanent(self) -> bool:
        return 500 <= self.code < 600

    @property
    def hard_bounce(self) -> bool:
        """The recipient's mailbox does not exist or is refused for good."""
        return self.permanent and self.stage == "rcpt"

    def __str__(self):
        return f"{self.stage}: {self.code} {self.reply}"[:500]


class SmtpSession:
    """A connection to the configured SMTP server; reconnects on the next message after a drop."""

    def __init__(self, *, timeout: float | None = None):
        self.host = settings.EMAIL_HOST
        self.port = settings.EMAIL_PORT
        self.username = settings.EMAIL_HOST_USER
        self.password = settings.EMAIL_HOST_PASSWORD
        self.use_tls = settings.EMAIL_USE_TLS
        self.use_ssl = getattr(settings, "EMAIL_USE_SSL", False)
        self.timeout = timeout or settings.EMAIL_TIMEOUT
        self.connection: smtplib.SMTP | None = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def open(self) -> None:
        if self.connection is not None:
            return
        try:
            klass = smtplib.SMTP_SSL if self.use_ssl else smtplib.SMTP
            connection = klass(self.host, self.port, timeout=self.timeout)
            # The end-of-data mark is a second small write right after the body: without
            # this, Nagle's algorithm holds it until the server's delayed ACK (~40 ms a message).
            connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            connection.ehlo_or_helo_if_needed()
            if self.use_tls:
                connection.starttls(context=ssl.create_default_context())
                connection.ehlo()
            if self.username and self.password:
                connection.login(self.username, self.password)
        except smtplib.SMTPResponseException as error:
            raise SmtpFailure(error.smtp_code, _text(error.smtp_error), "connect") from error
        except (OSError, smtplib.SMTPException) as error:
            raise SmtpFailure(421, str(error), "connect") from error
        self.connection = connection

    def close(self) -> None:
        if self.connection is None:
            return
        try:
            self.connection.quit()
        except (OSError, smtplib.SMTPException):
            self.abandon()
        self.connection = None

    def abandon(self) -> None:
        """Drop the connection without ending the data: the server discards the message in flight."""
        if self.connection is not None:
            try:
                self.connection.close()
            except OSError:
                pass
        self.connection = None

    def begin(self, *, sender: str, recipient: str, message: bytes) -> None:
        """Write one message up to its end-of-data mark; ``end_data`` hands it over.

        Raises SmtpFailure (the server refused, or the connection broke: it is then
        closed, and the next call reconnects).
        """
        self.open()
        smtp = self.connection
        stage = "mail"
        try:
            # The addresses are in their SMTP form already (news.newsletter.addresses): smtplib's
            # mail() and rcpt() would parse each again as a header, a fifth of a message's time.
            code, reply = smtp.docmd("MAIL", f"FROM:<{sender}>")
            if code != 250:
                raise self._refused(code, reply, stage)
            stage = "rcpt"
            code, reply = smtp.docmd("RCPT", f"TO:<{recipient}>")
            if code not in (250, 251):
                raise self._refused(code, reply, stage)
            stage = "data"
            code, reply = smtp.docmd("DATA")
            if code != 354:
                raise self._refused(code, reply, stage)
            body = _LEADING_DOT.sub(b"..", message)
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
            smtp.send(body)
        except (OSError, smtplib.SMTPServerDisconnected) as error:
            self.abandon()
            raise SmtpFailure(421, f"connection lost: {error}", stage) from error

    def end_data(self) -> None:
        """Write the end-of-data mark: from here on the server may accept the message."""
        try:
            self.connection.send(b".\r\n")
        except (OSError, AttributeError, smtplib.SMTPServerDisconnected) as error:
            self.abandon()
            raise SmtpFailure(421, f"connection lost: {error}", "data") from error

    def finish(self) -> None:
        """Read the server's answer to the message handed over; raises SmtpFailure unless it took it."""
        try:
            code, reply = self.connection.getreply()
        except (OSError, AttributeError, smtplib.SMTPServerDisconnected) as error:
            self.abandon()
            raise SmtpFailure(421, f"connection lost: {error}", "data") from error
        if code != 250:
            raise SmtpFailure(code, _text(reply), "data")

    def _refused(self, code: int, reply: bytes, stage: str) -> SmtpFailure:
        if code == 421 or code == -1:
            # The server is closing the session.
            self.abandon()
        else:
            try:
                self.connection.rset()
            except (OSError, smtplib.SMTPException):
                self.abandon()
        return SmtpFailure(code, _text(reply), stage)


def _text(reply) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)


def temporary(error: OSError) -> bool:
    """Whether a mail that Django's SMTP backend failed to send may go through later.

    A server that does not answer, drops the session or replies 4xx is busy or away;
    a 5xx reply is a refusal that trying again will not change. smtplib's errors are OSErrors.
    """
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(not 500 <= code < 600 for code, _reply in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return not 500 <= error.smtp_code < 600
    return True


def refused_for_good(error: OSError) -> bool:
    """The server refused every recipient with a 5xx reply: that address takes no mail."""
    return isinstance(error, smtplib.SMTPRecipientsRefused) and not temporary(error)
