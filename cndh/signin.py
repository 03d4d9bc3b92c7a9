"""Staff sign-in: who needs a second factor, the sign-in form, the lockout page, idle sessions."""

import time

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import logout
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_otp import devices_for_user, user_has_device
from django_otp.forms import OTPAuthenticationFormMixin

#: The group whose members publish, whatever their permissions.
PUBLISHERS_GROUP = "Publishers"


def is_publisher(user) -> bool:
    """Whether ``user`` may publish: a ``publish_*`` permission, or the Publishers group."""
    if user.is_superuser:
        return True
    if user.groups.filter(name=PUBLISHERS_GROUP).exists():
        return True
    return any(permission.split(".", 1)[-1].startswith("publish_") for permission in user.get_all_permissions())


def second_factor_required(user) -> bool:
    """Whether DJANGO_OTP_REQUIRED makes a second factor mandatory for this staff member."""
    if not (user.is_authenticated and user.is_staff):
        return False
    policy = settings.OTP_REQUIRED
    if policy == "staff":
        return True
    if policy == "publishers":
        return is_publisher(user)
    if policy == "superusers":
        return user.is_superuser
    return False


def must_enrol(user) -> bool:
    """A staff member who needs a second factor and has no device yet: the admin shows them enrolment only."""
    return second_factor_required(user) and not user_has_device(user)


class SignInForm(OTPAuthenticationFormMixin, AdminAuthenticationForm):
    """The admin's sign-in: password, then the code of the authenticator app, for staff who enrolled one.

    django-otp's own form asks every user for a code; staff without a device sign in
    with their password alone, and the admin site decides what they may then reach.
    """

    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        help_text=_("Only if you have enrolled an authenticator app."),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    otp_error_messages = {
        **OTPAuthenticationFormMixin.otp_error_messages,
        "token_required": _("Enter the code your authenticator app shows."),
        "invalid_token": _("This code is not the one your authenticator app shows, or it has expired."),
    }

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is not None and user_has_device(user):
            try:
                self.clean_otp(user)
            except forms.ValidationError as error:
                if error.code == "invalid_token":
                    # A wrong code counts as a failed sign-in, so guessing codes meets the lockout too.
                    user_login_failed.send(
                        sender=type(self),
                        credentials={"username": self.cleaned_data.get("username")},
                        request=self.request,
                    )
                raise
        return cleaned_data

    def _chosen_device(self, user):
        """The staff member's confirmed device.

        Each staff member enrols one authenticator app here; django-otp's form would
        instead make them choose it from a list in a second round trip.
        """
        return next(iter(devices_for_user(user, for_verify=True)), None)

    def _update_form(self, user):
        """Nothing: django-otp would send the password back in the page for the second try."""


def lockout_response(request, original_response=None, credentials=None):
    """The page django-axes shows after too many failed sign-ins, in the staff member's language (429)."""
    from django.contrib import admin

    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    context = {**admin.site.each_context(request), "title": _("Sign-in suspended"), "minutes": minutes}
    return render(request, "admin/cndh/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)


class AdminIdleTimeoutMiddleware:
    """Signs a staff session out after DJANGO_ADMIN_IDLE_MINUTES without an admin request.

    Written here because the packages that expire idle sessions apply to every
    session, visitors' included, or need a script on every page; this one counts
    admin requests only and leaves the public site alone.
    """

    SESSION_KEY = "cndh_admin_seen"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        in_admin = request.path.startswith(reverse("admin:index"))
        if in_admin and request.user.is_authenticated:
            seen = request.session.get(self.SESSION_KEY)
            idle = settings.ADMIN_IDLE_MINUTES
            if seen is not None and time.time() - seen > idle * 60:
                logout(request)
                messages.info(
                    request,
                    ngettext(
                        "You were signed out after %(minutes)d minute without activity.",
                        "You were signed out after %(minutes)d minutes without activity.",
                        idle,
                    )
                    % {"minutes": idle},
                )
        response = self.get_response(request)
        if in_admin and request.user.is_authenticated:
            request.session[self.SESSION_KEY] = time.time()
        return response
