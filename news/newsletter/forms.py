"""Newsletter forms: subscribing and changing the language of one's subscription."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from news.newsletter.addresses import UnmailableAddress, smtp_address
from news.newsletter.models import CONSENT_TEXT_VERSION


def _no_line_breaks(value: str) -> str:
    if any(ch in value for ch in "\r\n\x00"):
        # A line break in an address is an attempt to add mail headers.
        raise forms.ValidationError(_("Enter a valid email address."), code="invalid")
    return value


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "inputmode": "email"}),
    )
    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=settings.LANGUAGES)
    consent = forms.BooleanField(
        label=_(
            "I agree that the National Human Rights Council keeps my email address and language to send me "
            "its newsletter, and I know that I can leave at any time with the link in each message."
        ),
        error_messages={"required": _("Please tick the box to give your consent.")},
    )
    consent_version = forms.CharField(widget=forms.HiddenInput, initial=CONSENT_TEXT_VERSION, required=False)
    # A field people do not see (hidden by CSS, skipped by keyboard) and robots fill in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, language: str | None = None, prefix_id: str = "newsletter", **kwargs):
        super().__init__(*args, **kwargs)
        self.auto_id = f"{prefix_id}-%s"
        if language:
            self.fields["language"].initial = language

    def clean_email(self):
        email = _no_line_breaks(self.cleaned_data["email"]).strip()
        try:
            smtp_address(email)
        except UnmailableAddress as error:
            raise forms.ValidationError(
                _(
                    "This address holds invisible or control characters, or a domain name that mail cannot "
                    "carry. Please type it again."
                ),
                code="unmailable",
            ) from error
        return email

    def is_robot(self) -> bool:
        return bool(self.data.get("website"))


class PreferencesForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=settings.LANGUAGES)
