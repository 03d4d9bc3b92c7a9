"""Background work of the newsletter, through django-tasks.

Production runs the database queue (``manage.py db_worker``, any number of
workers on any number of machines); without it, tasks run at once in the
process that queues them.

A single message (a confirmation, a test) that the mail server cannot take now is
queued again after the next of ``NEWSLETTER_MAIL_RETRY_DELAYS``; the failed attempt
stays in the queue as a failed task with its reason, which staff see on the admin
start page. Editions keep their own per-subscriber retries (services.delivery).
"""

import logging
import os
import socket
import uuid
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from news.newsletter import services
from news.newsletter.models import Edition
from news.newsletter.smtp import temporary

logger = logging.getLogger(__name__)


class MailDeferred(Exception):
    """The mail server could not take a message now; another attempt is queued."""


def mail_retry_at(attempt: int) -> datetime | None:
    """When attempt ``attempt + 1`` should run, or ``None`` when there is none left or no queue to wait in."""
    delays = settings.NEWSLETTER_MAIL_RETRY_DELAYS
    if attempt >= len(delays) or not send_confirmation.get_backend().supports_defer:
        return None
    return timezone.now() + timedelta(seconds=delays[attempt])


def retry_mail_later(mail_task, error: OSError, attempt: int, *args) -> None:
    """Queue ``mail_task`` again after a temporary failure and raise, so this attempt is recorded as failed."""
    when = mail_retry_at(attempt) if temporary(error) else None
    if when is None:
        logger.error("Gave up on %s%r after %d attempts: %s", mail_task.name, args, attempt + 1, error)
        raise error
    mail_task.using(run_after=when).enqueue(*args, attempt=attempt + 1)
    logger.warning("The mail server could not take %s%r (%s); trying again at %s", mail_task.name, args, error, when)
    raise MailDeferred(f"The mail server could not take it ({error}); attempt {attempt + 2} at {when}") from error


@task()
def subscribe(email: str, language: str, client_address: str | None, topics: str = "") -> None:
    """A visitor's subscription, decided here rather than in the request (see ``subscription_request``)."""
    services.subscriber_subscribe(email=email, language=language, client_address=client_address, topics=topics)
    # Each subscription is also the moment to erase those never confirmed in time (law 09-08);
    # `manage.py purge_pending_subscribers` does the same from a timer.
    services.subscribers_purge_pending()


@task()
def send_confirmation(subscriber_id: int, attempt: int = 0) -> bool:
    try:
        return services.subscriber_send_confirmation(subscriber_id=subscriber_id)
    except OSError as error:
        retry_mail_later(send_confirmation, error, attempt, subscriber_id)


@task()
def send_test(edition_id: int, language: str, email: str, attempt: int = 0) -> bool:
    """A test that could not be sent from the admin when asked: sent when the mail server is back."""
    edition = Edition.objects.filter(pk=edition_id).first()
    if edition is None:
        return False
    try:
        services.edition_send_test(edition=edition, language=language, email=email)
    except OSError as error:
        retry_mail_later(send_test, error, attempt, edition_id, language, email)
    return True


@task()
def deliver_edition(edition_id: int) -> dict[str, int]:
    """Send what is left of an edition; queues its own follow-up so a dead worker's rows are resumed."""

    def reschedule(when: datetime) -> None:
        deliver_edition.using(run_after=when).enqueue(edition_id)

    can_defer = deliver_edition.get_backend().supports_defer
    return services.edition_deliver(
        edition_id=edition_id,
        worker_id=f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}",
        reschedule=reschedule if can_defer else None,
    )
