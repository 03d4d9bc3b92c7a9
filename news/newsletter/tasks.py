"""Background work of the newsletter, through django-tasks.

Production runs the database queue (``manage.py db_worker``, any number of
workers on any number of machines); without it, tasks run at once in the
process that queues them.
"""

import os
import socket
import uuid
from datetime import datetime

from django_tasks import task

from news.newsletter import services


@task()
def subscribe(email: str, language: str, client_address: str | None) -> None:
    """A visitor's subscription, decided here rather than in the request (see ``subscription_request``)."""
    services.subscriber_subscribe(email=email, language=language, client_address=client_address)


@task()
def send_confirmation(subscriber_id: int) -> bool:
    return services.subscriber_send_confirmation(subscriber_id=subscriber_id)


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
