"""The admin site: sign-in with a second factor, and enrolment of an authenticator app."""

from base64 import b32encode
from functools import update_wrapper

import segno
from django import forms
from django.contrib import admin, messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from cndh.signin import SignInForm, must_enrol, second_factor_required
from cndh.workers import queue_state

#: The admin pages a staff member who must enrol first may still reach.
BEFORE_ENROLMENT = {"enrol_device", "logout"}


class EnrolForm(forms.Form):
    """The first code of a new authenticator app, which proves it holds the secret."""

    token = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, *args, device: TOTPDevice, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_token(self):
        token = self.cleaned_data["token"].strip()
        if not self.device.verify_token(token):
            raise forms.ValidationError(_("This code does not match. Enter the code your app shows now."))
        return token


class AdminSite(admin.AdminSite):
    """django.contrib.admin's site, with django-otp's second factor.

    django-otp's OTPAdminSite lets in only users verified by a device; here staff
    without one sign in with their password, unless DJANGO_OTP_REQUIRED names them,
    in which case they reach only the enrolment page until they have enrolled.
    """

    login_form = SignInForm
    login_template = "admin/cndh/login.html"

    def has_permission(self, request):
        """Active staff, verified by their device when they have one."""
        return super().has_permission(request) and (request.user.is_verified() or not user_has_device(request.user))

    def admin_view(self, view, cacheable=False):
        def enrol_first(request, *args, **kwargs):
            if request.resolver_match.url_name not in BEFORE_ENROLMENT and must_enrol(request.user):
                return redirect(f"{self.name}:enrol_device")
            return view(request, *args, **kwargs)

        return super().admin_view(update_wrapper(enrol_first, view), cacheable)

    def index(self, request, extra_context=None):
        """The start page, with the state of the background workers for those who watch them."""
        extra_context = extra_context or {}
        if request.user.has_perm("django_tasks_database.view_dbtaskresult"):
            extra_context["queue_state"] = queue_state()
        return super().index(request, extra_context)

    def get_urls(self):
        enrol = path("authenticator/", self.admin_view(self.enrol_device), name="enrol_device")
        return [enrol, *super().get_urls()]

    def enrol_device(self, request):
        """Shows a new TOTP secret (QR code and text) and confirms it with the app's first code."""
        if user_has_device(request.user):
            messages.info(request, _("You have already enrolled an authenticator app."))
            return redirect(f"{self.name}:index")
        # The secret stays the same across reloads until it is confirmed.
        device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
        if device is None:
            device = TOTPDevice.objects.create(user=request.user, name="authenticator", confirmed=False)
        form = EnrolForm(request.POST or None, device=device)
        if request.method == "POST" and form.is_valid():
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(request, _("Your authenticator app is enrolled: sign-in will ask for its code."))
            return redirect(f"{self.name}:index")
        secret = b32encode(device.bin_key).decode()
        qr = segno.make(device.config_url, error="m")
        context = {
            **self.each_context(request),
            "title": _("Enrol an authenticator app"),
            "form": form,
            "required": second_factor_required(request.user),
            # segno writes the SVG from the address alone: nothing in it comes from a visitor.
            "qr_svg": mark_safe(qr.svg_inline(scale=5, dark="#000", light="#fff", svgclass="enrol-qr")),  # noqa: S308  # nosec B308 B703  # segno's own SVG
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        }
        return TemplateResponse(request, "admin/cndh/enrol_device.html", context)
