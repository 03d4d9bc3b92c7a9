"""What a subscriber may choose to receive: kinds of news and categories of partners.

A subscriber's topics are stored as one text (",kind:statement,category:european,", empty
for everything), which both databases can search with a plain LIKE. An edition's topics are
those of its news items: their kind, and the categories of the partners they are about. An
edition goes to the subscribers who chose at least one of them, and to those who chose none.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from news.models import NewsItem
from news.newsletter.models import comma_delimited, comma_values, holds_value
from partners.models import Partner

KIND = "kind:"
CATEGORY = "category:"


def kind_choices() -> list[tuple[str, str]]:
    return [(f"{KIND}{value}", label) for value, label in NewsItem.Kind.choices]


def category_choices() -> list[tuple[str, str]]:
    return [(f"{CATEGORY}{value}", label) for value, label in Partner.Category.choices]


def all_topics() -> set[str]:
    return {value for value, _label in kind_choices() + category_choices()}


def stored(topics) -> str:
    """The text a subscriber's topics are kept as; everything, or nothing known, is empty."""
    chosen = sorted(set(topics) & all_topics())
    if set(chosen) == all_topics():
        return ""
    return comma_delimited(chosen)


def chosen(text: str) -> list[str]:
    return comma_values(text)


def edition_topics(items) -> set[str]:
    """The topics of an edition's news items: their kind and their partners' categories."""
    topics = set()
    for item in items:
        topics.add(f"{KIND}{item.kind}")
        topics.update(f"{CATEGORY}{partner.category}" for partner in item.partners.all())
    return topics


def readers_of(topics: set[str]) -> Q:
    """Subscribers who chose none (everything) or at least one of ``topics``."""
    condition = Q(topics="")
    for topic in topics:
        condition |= holds_value("topics", topic)
    return condition


TOPICS_HELP = _("Tick none to receive everything.")
