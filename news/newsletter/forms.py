"""Newsletter forms: subscribing and changing the language of one's subscription."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from news.newsletter import topics
from news.newsletter.addresses import UnmailableAddress, smtp_address
from news.newsletter.models import CONSENT_TEXT_VERSION


def _no_line_breaks(value: str) -> str:
    if any(ch in value for ch in "\r\n\x00"):
        # A line break in an address is an attempt to add mail headers.
        raise forms.ValidationError(_("Enter a valid email address."), code="invalid")
    return value


class TopicsMixin(forms.Form):
    """What the reader wants to receive; nothing ticked is everything."""

    kinds = forms.MultipleChoiceField(
        label=_("Kinds of news"), choices=topics.kind_choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    categories = forms.MultipleChoiceField(
        label=_("About partners of these kinds"),
        choices=topics.category_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    @property
    def topic_fields(self):
        return [self["kinds"], self["categories"]]

    def chosen_topics(self) -> str:
        return topics.stored([*self.cleaned_data.get("kinds", ()), *self.cleaned_data.get("categories", ())])


def mailable_address(value: str) -> str:
    """An address the form took as an email address, refused if mail could not carry it as typed."""
    email = _no_line_breaks(value).strip()
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


class SubscribeForm(TopicsMixin):
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
        return mailable_address(self.cleaned_data["email"])

    def is_robot(self) -> bool:
        return bool(self.data.get("website"))


class PreferencesForm(TopicsMixin):
    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=settings.LANGUAGES)

    field_order = ["language", "kinds", "categories"]


class StaffSubscriberForm(forms.Form):
    """A subscriber staff enter by hand (or one row of an import): with the basis of the consent,
    or without, when the address is only invited to confirm it itself."""

    email = forms.EmailField(label=_("Email address"), max_length=254)
    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=settings.LANGUAGES)
    basis = forms.CharField(
        label=_("Where and how consent was given"),
        max_length=300,
        required=False,
        help_text=_(
            "For example: a signed paper form at the seminar of 12 May 2026. Empty: the address is "
            "sent a confirmation link and is subscribed only once its owner confirms."
        ),
    )
    text_version = forms.CharField(
        label=_("Version of the consent text agreed to"), max_length=20, initial=CONSENT_TEXT_VERSION, required=False
    )

    def clean_email(self):
        return mailable_address(self.cleaned_data["email"])

    def clean_basis(self):
        return " ".join(_no_line_breaks(self.cleaned_data["basis"]).split())

    def clean_text_version(self):
        return _no_line_breaks(self.cleaned_data["text_version"]).strip() or CONSENT_TEXT_VERSION


class SubscriberImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns: email, language (ar, zgh, fr or en), basis (where and how consent was given; empty: "
            "a confirmation link is sent), text_version (optional). The first row names the columns."
        ),
    )
