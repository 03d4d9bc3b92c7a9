"""Demo content of the newsletter: a past edition in the archive; loading it sends nothing to anyone."""

from datetime import datetime

from cndh.demo import set_related, translated, upsert
from news.demo import CASABLANCA
from news.models import NewsItem
from news.newsletter.demo_content import EDITION_2021_REVIEW
from news.newsletter.models import Edition, comma_delimited


def load(*, log) -> dict[str, int]:
    load_edition(EDITION_2021_REVIEW, log=log)
    return {"newsletter editions": Edition.objects.count()}


def load_edition(entry: dict, *, log) -> Edition:
    """A past edition, recorded as delivered on its day; loading it sends nothing to anyone."""
    sent = datetime(*entry["sent"], 10, 0, tzinfo=CASABLANCA)
    edition, _created = upsert(
        Edition,
        {"completed_at": sent},
        {
            **translated("subject", entry["subject"]),
            **translated("introduction", entry["introduction"]),
            "selection": Edition.Selection.CHOSEN,
            "queued_at": sent,
            "prepared_at": sent,
            "sent_languages": comma_delimited(code for code, text in entry["subject"].items() if text),
            "publish_at": sent,
            "status": Edition.Status.PUBLISHED,
        },
        log=log,
    )
    set_related(edition.items, NewsItem.objects.filter(slug__in=entry["items"]), log=log)
    return edition
