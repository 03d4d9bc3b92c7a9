"""The base of every public FilterSet: what visitors type is cleaned before it is bound."""

import django_filters
from django import forms
from django.http import QueryDict

from cndh.i18n import localized
from cndh.text import strip_control_characters


def clean_query(data: QueryDict) -> QueryDict:
    """A copy of the query with control characters (NUL, ...) removed from every value.

    They are never meaningful in a filter, PostgreSQL refuses NUL in text, and
    an error message that echoed one back would be invalid HTML.
    """
    cleaned = QueryDict(mutable=True)
    for key, values in data.lists():
        # A filter value is one line: a tab or a line break in it is as meaningless as a NUL.
        cleaned.setlist(
            strip_control_characters(key, keep_whitespace=False),
            [strip_control_characters(v, keep_whitespace=False) for v in values],
        )
    return cleaned


class FilterSet(django_filters.FilterSet):
    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            data = clean_query(data)
        super().__init__(data, *args, **kwargs)


class LocalizedSelect(forms.Select):
    """A choice of objects named by a translated field: an option whose name is shown in another
    language than the page's (not yet translated) carries that language's lang and dir."""

    def __init__(self, *args, field: str = "name", **kwargs):
        super().__init__(*args, **kwargs)
        self.field = field

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        instance = getattr(value, "instance", None)
        if instance is not None:
            name = localized(instance, self.field)
            if name.is_fallback and name.value:
                option["attrs"] = {**option["attrs"], "lang": name.language, "dir": name.direction}
        return option
