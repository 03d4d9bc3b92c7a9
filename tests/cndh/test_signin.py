"""Staff sign-in: lockout after failed attempts, the second factor, idle sessions, the admin's address.

Every attempt goes through the admin's real login view. The lockout state lives in
django-axes' database tables (AXES_HANDLER), which every web process and machine
reads, so what these tests see in one process holds across any number of them.
"""

import importlib
import time
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.test import Client
from django.urls import clear_url_caches, reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from cndh.signin import AdminIdleTimeoutMiddleware

PASSWORD = "a-long-test-password"  # noqa: S105
ATTACKER = "203.0.113.7"
COLLEAGUE = "198.51.100.20"

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editor", "editor@example.org", PASSWORD, is_staff=True)


@pytest.fixture
def chief(django_user_model):
    return django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD)


def sign_in(client, username, password=PASSWORD, address="192.0.2.1", token="", **headers):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "otp_token": token, "next": reverse("admin:index")},
        REMOTE_ADDR=address,
        **headers,
    )


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def code(device, drift=0) -> str:
    """The code the staff member's app shows; ``drift=1`` is the next one, as a code is accepted once."""
    return f"{totp(device.bin_key, drift=drift):06d}"


def let_throttling_pass(device, failures):
    """A wrong code holds the device back for a few seconds (django-otp's throttling): move it into the past."""
    device.refresh_from_db()
    assert device.throttling_failure_count == failures
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=device.throttling_failure_timestamp - timedelta(minutes=1)
    )


# --- lockout ---


def test_the_account_is_locked_after_the_limit_even_with_the_right_password_from_elsewhere(client, editor, settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    for attempt in range(1, settings.AXES_FAILURE_LIMIT + 1):
        response = sign_in(client, "editor", "wrong-password", address=ATTACKER)
        # The failure that reaches the limit is answered with the lockout page already.
        assert response.status_code == (429 if attempt == settings.AXES_FAILURE_LIMIT else 200)
    response = sign_in(Client(), "editor", address=COLLEAGUE)
    assert response.status_code == 429
    assert "admin/cndh/lockout.html" in [t.name for t in response.templates]
    assert not signed_in(client)


def test_one_failure_less_than_the_limit_still_lets_the_right_password_in(client, editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "editor", "wrong-password", address=ATTACKER)
    response = sign_in(client, "editor", address=ATTACKER)
    assert response.status_code == 302 and signed_in(client)


def test_an_address_guessing_many_accounts_is_locked_for_every_account(client, editor, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"guess-{n}", "wrong-password", address=ATTACKER)
    assert sign_in(client, "editor", address=ATTACKER).status_code == 429
    colleague = Client()
    assert sign_in(colleague, "editor", address=COLLEAGUE).status_code == 302
    assert signed_in(colleague)


def test_behind_a_proxy_the_visitor_is_locked_not_the_proxy(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.2"
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"guess-{n}", "wrong-password", address=proxy, HTTP_X_FORWARDED_FOR=ATTACKER)
    assert sign_in(client, "editor", address=proxy, HTTP_X_FORWARDED_FOR=ATTACKER).status_code == 429
    colleague = Client()
    assert sign_in(colleague, "editor", address=proxy, HTTP_X_FORWARDED_FOR=COLLEAGUE).status_code == 302


def test_the_lockout_page_speaks_the_staff_members_language(client, editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "editor", "wrong-password", address=ATTACKER)
    french = sign_in(client, "editor", address=ATTACKER, HTTP_ACCEPT_LANGUAGE="fr")
    assert french.status_code == 429
    assert '<html lang="fr" dir="ltr">' in french.content.decode()
    arabic = sign_in(client, "editor", address=ATTACKER, HTTP_ACCEPT_LANGUAGE="ar")
    assert '<html lang="ar" dir="rtl">' in arabic.content.decode()
    assert "15" in arabic.content.decode()  # the cool-off, in minutes


def test_the_lock_lifts_after_the_cool_off(client, editor, settings):
    from axes.models import AccessAttempt

    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "editor", "wrong-password", address=ATTACKER)
    assert sign_in(client, "editor", address=ATTACKER).status_code == 429
    # The cool-off runs from the last failed attempt: move every attempt back past it.
    last = AccessAttempt.objects.order_by("-attempt_time").first().attempt_time
    AccessAttempt.objects.update(attempt_time=last - settings.AXES_COOLOFF_TIME - timedelta(seconds=1))
    assert sign_in(client, "editor", address=ATTACKER).status_code == 302
    assert signed_in(client)


def test_axes_reset_lifts_the_lock_at_once(client, editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "editor", "wrong-password", address=ATTACKER)
    assert sign_in(client, "editor", address=ATTACKER).status_code == 429
    call_command("axes_reset", verbosity=0)
    assert sign_in(client, "editor", address=ATTACKER).status_code == 302


# --- the second factor ---


def test_enrol_sign_out_and_sign_in_with_password_and_code(client, chief):
    assert sign_in(client, "chief").status_code == 302
    # A superuser must enrol before anything else in the admin.
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302 and response["Location"] == reverse("admin:enrol_device")
    page = client.get(reverse("admin:enrol_device"))
    html = page.content.decode()
    device = TOTPDevice.objects.get(user=chief, confirmed=False)
    assert '<svg width="' in html and 'class="enrol-qr"' in html
    secret = page.context["secret"]
    assert secret.replace(" ", "") in device.config_url and secret in html
    assert client.get(reverse("admin:enrol_device")).context["secret"] == secret  # stable across reloads

    refused = client.post(reverse("admin:enrol_device"), {"token": "000000" if code(device) != "000000" else "111111"})
    assert refused.status_code == 200 and refused.context["form"].errors
    let_throttling_pass(device, failures=1)
    first = code(device)
    response = client.post(reverse("admin:enrol_device"), {"token": first})
    assert response.status_code == 302 and response["Location"] == reverse("admin:index")
    assert client.get(reverse("admin:index")).status_code == 200

    client.post(reverse("admin:logout"))
    assert not signed_in(client)
    asked = sign_in(client, "chief")
    assert asked.status_code == 200 and not signed_in(client)
    assert asked.context["form"].errors["__all__"]
    device.refresh_from_db()
    # Each code is accepted once: the one the enrolment used is refused, the next one signs in.
    assert sign_in(client, "chief", token=first).status_code == 200
    let_throttling_pass(device, failures=1)
    assert sign_in(client, "chief", token=code(device, drift=1)).status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 200


def test_a_wrong_code_is_refused_and_counts_as_a_failed_sign_in(client, chief):
    from axes.models import AccessAttempt

    device = TOTPDevice.objects.create(user=chief, name="authenticator", confirmed=True)
    wrong = "123456" if code(device) != "123456" else "654321"
    response = sign_in(client, "chief", token=wrong, address=ATTACKER)
    assert response.status_code == 200 and not signed_in(client)
    assert AccessAttempt.objects.get(username="chief").failures_since_start == 1


def test_staff_who_enrolled_are_asked_for_the_code_even_when_not_required(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)
    assert sign_in(client, "editor").status_code == 200 and not signed_in(client)
    assert sign_in(client, "editor", token=code(device)).status_code == 302


def test_a_session_with_a_device_but_without_its_code_does_not_reach_the_admin(client, editor):
    TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)
    client.force_login(editor)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))


def test_a_superuser_without_device_reaches_only_enrolment_and_sign_out(client, chief, demo):
    client.force_login(chief)
    for url in (reverse("admin:index"), reverse("admin:news_newsitem_changelist"), reverse("admin:password_change")):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == reverse("admin:enrol_device"), url
    assert client.get(reverse("admin:enrol_device")).status_code == 200
    assert client.post(reverse("admin:logout")).status_code == 200
    assert not signed_in(client)


def test_staff_without_device_sign_in_with_the_password_by_default(client, editor):
    assert sign_in(client, "editor").status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


@pytest.mark.parametrize(
    ("policy", "required"),
    [("", set()), ("superusers", {"chief"}), ("publishers", {"chief", "grouped", "publisher"}), ("staff", None)],
)
def test_who_must_enrol_follows_the_setting(settings, chief, editor, django_user_model, policy, required):
    settings.OTP_REQUIRED = policy
    grouped = django_user_model.objects.create_user("grouped", password=PASSWORD, is_staff=True)
    grouped.groups.add(Group.objects.create(name="Publishers"))
    publisher = django_user_model.objects.create_user("publisher", password=PASSWORD, is_staff=True)
    content_type = ContentType.objects.get(app_label="news", model="newsitem")
    publisher.user_permissions.add(
        Permission.objects.create(codename="publish_newsitem", name="Can publish", content_type=content_type)
    )
    everyone = {"chief", "editor", "grouped", "publisher"}
    for user in (chief, editor, grouped, publisher):
        client = Client()
        client.force_login(user)
        response = client.get(reverse("admin:index"))
        must = user.username in (everyone if required is None else required)
        assert (response.status_code == 302) is must, user.username
        if must:
            assert response["Location"] == reverse("admin:enrol_device")


def test_an_enrolled_staff_member_is_told_so_on_the_enrolment_page(admin_client):
    response = admin_client.get(reverse("admin:enrol_device"))
    assert response.status_code == 302 and response["Location"] == reverse("admin:index")


# --- idle sessions ---


def _age_the_admin_session(client, minutes):
    session = client.session
    session[AdminIdleTimeoutMiddleware.SESSION_KEY] = time.time() - minutes * 60
    session.save()


def test_an_idle_staff_session_is_signed_out_at_the_next_admin_request(admin_client, settings):
    assert settings.ADMIN_IDLE_MINUTES == 30
    assert admin_client.get(reverse("admin:index")).status_code == 200
    _age_the_admin_session(admin_client, 29)
    assert admin_client.get(reverse("admin:index")).status_code == 200
    _age_the_admin_session(admin_client, 31)
    response = admin_client.get(reverse("admin:index"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))
    assert not signed_in(admin_client)


def test_public_pages_neither_sign_out_nor_keep_an_admin_session_alive(admin_client, db):
    assert admin_client.get(reverse("admin:index")).status_code == 200
    _age_the_admin_session(admin_client, 31)
    assert admin_client.get("/fr/").status_code in {200, 404}
    assert signed_in(admin_client)
    response = admin_client.get(reverse("admin:index"))
    assert response.status_code == 302 and not signed_in(admin_client)


# --- the admin's address ---


@pytest.fixture
def admin_at_another_address(settings):
    import cndh.urls

    settings.ADMIN_URL = "office-7f3a/"
    importlib.reload(cndh.urls)
    clear_url_caches()
    yield "/office-7f3a/"
    settings.ADMIN_URL = "admin/"
    importlib.reload(cndh.urls)
    clear_url_caches()


def test_the_admin_answers_at_its_configured_address_only(client, editor, admin_at_another_address):
    assert client.get("/admin/").status_code == 404
    assert client.get("/admin/login/").status_code == 404
    response = client.get(admin_at_another_address)
    assert response.status_code == 302 and response["Location"].startswith(f"{admin_at_another_address}login/")
    assert client.get(f"{admin_at_another_address}login/").status_code == 200
    assert sign_in(client, "editor").status_code == 302
    assert client.get(f"{admin_at_another_address}").status_code == 200
    assert admin_at_another_address not in client.get("/robots.txt").content.decode()


def test_robots_txt_does_not_name_the_admin(client, db):
    assert "admin" not in client.get("/robots.txt").content.decode()
