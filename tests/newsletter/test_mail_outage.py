"""The mail server away, then back: a confirmation or a test waits in the task queue and arrives,
staff are told, nobody gets a 500 and nothing is lost.

The queue is the database one production uses, worked by django_tasks_db's worker in
this process; "time passing" is the retry's ``run_after`` moved to now.
"""

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from news.newsletter.models import Subscriber
from tests import factories
from tests.helpers import free_port
from tests.newsletter.test_subscription import confirmation_path, press_confirm, subscribe

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.NEWSLETTER_MAIL_RETRY_DELAYS = [3600, 3600]


@pytest.fixture
def mail_server_down(settings):
    """SMTP settings that point at a port nothing listens on."""
    settings.EMAIL_BACKEND = "cndh.mail.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    settings.EMAIL_TIMEOUT = 2


def work_the_queue() -> None:
    """One worker runs every task that is ready, then stops."""
    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    ).run()


def time_passes() -> None:
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(run_after=timezone.now())


def waiting_retries() -> list[DBTaskResult]:
    return list(DBTaskResult.objects.filter(status=TaskResultStatus.READY))


def test_a_confirmation_waits_for_the_mail_server_and_arrives_when_it_returns(
    client, admin_client, queue, mail_server_down, smtp_sink
):
    assert subscribe(client, language="fr").status_code == 302
    work_the_queue()

    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.PENDING
    [retry] = waiting_retries()
    assert retry.task_path.endswith("send_confirmation")
    assert retry.args_kwargs == {"args": [subscriber.pk], "kwargs": {"attempt": 1}}
    assert retry.run_after > timezone.now()
    [failed] = DBTaskResult.objects.failed()
    assert failed.exception_class_path.endswith("MailDeferred")
    assert "Connection refused" in failed.traceback

    # Staff see it on the start page (in Arabic, the admin's default language).
    start = admin_client.get(reverse("admin:index")).content.decode()
    assert "رسالة واحدة ستُعاد محاولة إرسالها" in start
    assert "آخر مهمة فشلت" in start and "MailDeferred" in start

    sink = smtp_sink()  # the server is back
    work_the_queue()
    assert sink.parsed() == []  # a retry keeps to its time
    time_passes()
    work_the_queue()
    [message] = sink.parsed()
    assert message["To"] == "reader@example.org"
    assert press_confirm(client, confirmation_path(message)).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE
    assert waiting_retries() == []


def test_a_confirmation_is_given_up_after_the_last_retry_and_the_visitor_can_ask_again(
    client, queue, mail_server_down, settings
):
    settings.NEWSLETTER_MAIL_RETRY_DELAYS = [60]
    subscribe(client, language="fr")
    work_the_queue()
    time_passes()
    work_the_queue()
    assert waiting_retries() == []
    assert DBTaskResult.objects.failed().count() == 2
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_an_address_the_server_refuses_for_good_is_marked_and_not_retried(client, queue, smtp_sink):
    smtp_sink(refuse=["reader@example.org"])
    subscribe(client, language="fr")
    work_the_queue()
    assert waiting_retries() == []
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.BOUNCED
    assert "550" in subscriber.bounce_reason


def send_test(admin_client, edition):
    response = admin_client.post(
        reverse("admin:newsletter_edition_test", args=[edition.pk]), {"language": "fr"}, follow=True
    )
    assert response.status_code == 200
    return [str(message) for message in response.context["messages"]]


def test_a_test_send_while_the_mail_server_is_down_is_queued_shown_and_sent_when_it_returns(
    admin_client, admin_user, queue, mail_server_down, smtp_sink
):
    edition = factories.EditionFactory(items=[factories.NewsItemFactory()])
    [said] = send_test(admin_client, edition)
    assert "لم يتسلم خادم البريد رسالة الاختبار" in said and admin_user.email in said
    [retry] = waiting_retries()
    assert retry.task_path.endswith("send_test")

    sink = smtp_sink()
    time_passes()
    work_the_queue()
    [message] = sink.parsed()
    assert message["To"] == admin_user.email and message["Subject"].startswith("[TEST] ")


def test_without_a_task_queue_a_failed_test_send_says_to_try_again(admin_client, mail_server_down):
    edition = factories.EditionFactory(items=[factories.NewsItemFactory()])
    [said] = send_test(admin_client, edition)
    assert "لم يستجب خادم البريد" in said and "أعد المحاولة لاحقا" in said
    assert not DBTaskResult.objects.exists()


def test_the_start_page_shows_the_oldest_waiting_task_and_that_no_worker_reported(admin_client, queue):
    from news.newsletter.tasks import deliver_edition

    deliver_edition.enqueue(1)
    start = admin_client.get(reverse("admin:index")).content.decode()
    assert "الأعمال في الخلفية" in start
    assert "لم يُبلغ أي عامل عن نشاطه" in start
    assert "تنتظر منذ" in start


def test_the_start_page_says_tasks_run_at_once_without_a_queue(admin_client):
    start = admin_client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "il n’y a pas de processus de tâches à surveiller" in start


def test_an_editor_without_access_to_the_task_queue_does_not_see_it(client, django_user_model, queue):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("editor", "editor@example.org", "pw", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="view_partner"))
    client.force_login(editor)
    start = client.get(reverse("admin:index"))
    assert start.status_code == 200
    assert "الأعمال في الخلفية" not in start.content.decode()
