"""The base of every public FilterSet: what visitors type is cleaned before it is bound."""

import unicodedata

import django_filters
from django.http import QueryDict


def without_control_characters(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cc")


def clean_query(data: QueryDict) -> QueryDict:
    """A copy of the query with control characters (NUL, ...) removed from every value.

    They are never meaningful in a filter, PostgreSQL refuses NUL in text, and
    an error message that echoed one back would be invalid HTML.
    """
    cleaned = QueryDict(mutable=True)
    for key, values in data.lists():
        cleaned.setlist(without_control_characters(key), [without_control_characters(v) for v in values])
    return cleaned


class FilterSet(django_filters.FilterSet):
    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            data = clean_query(data)
        super().__init__(data, *args, **kwargs)
