"""Model fields of the shared base that keep what they read safe, however it was written."""

import re

from django.db import models

# A browser ignores tabs, line breaks and leading controls or spaces in a URL
# ("java\tscript:" runs), so the scheme is judged on the value without them.
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]")
_WEB_SCHEME = re.compile(r"https?://", re.IGNORECASE)


def web_address(value: str | None) -> str:
    """``value`` if it is an http(s) address, else empty: never a ``javascript:`` or ``data:`` link."""
    if not value or not _WEB_SCHEME.match(_IGNORED_IN_URL.sub("", value)):
        return ""
    return value


class WebAddressField(models.URLField):
    """A link to another site, printed in ``href`` attributes and open-data files.

    The form's URL validator runs only in forms; ``loaddata``, ``QuerySet.update``
    and imports can store ``javascript:...``, which an ``href`` would run. Reading
    through ``from_db_value`` drops any value that is not an http(s) address, for
    every reader. Stored as a plain URLField (no migration).
    """

    def from_db_value(self, value, expression, connection):
        return value if value is None else web_address(value)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.URLField", args, kwargs
