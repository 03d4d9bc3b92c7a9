"""Django's own messages that visitors can meet, named here so that our catalogues hold them.

Django ships no Tamazight catalogue: without these entries a form error on a
Tamazight page would come from the Arabic one (the default language's), in
Arabic script under ``lang="zgh"``. ``makemessages`` extracts the msgids below,
which are Django's exactly (a msgid in our catalogues wins over Django's own),
and tests/test_catalogues.py requires every one of them translated.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

FORM_ERRORS = [
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a whole number."),
    gettext_noop("Enter a number."),
    gettext_noop("Enter a valid date."),
    gettext_noop("Enter a list of values."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    gettext_noop("Select a valid choice. That choice is not one of the available choices."),
]

LENGTH_ERRORS = [
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
]

# The `filesizeformat` filter (a document's size).
FILE_SIZES = [
    ngettext_lazy("%(size)d byte", "%(size)d bytes", "size"),
    gettext_noop("%s KB"),
    gettext_noop("%s MB"),
    gettext_noop("%s GB"),
]
