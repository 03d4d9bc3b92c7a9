"""The edition layouts staff choose from, in both directions, as sent and as previewed."""

import re

import pytest
from django.urls import reverse

from news.newsletter import services
from news.newsletter.models import Edition
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def edition():
    first = factories.NewsItemFactory(
        title_ar="الخبر الرئيسي", title_fr="L'annonce", summary_ar="ملخص الإعلان.", summary_fr="Le résumé de l'annonce."
    )
    second = factories.NewsItemFactory(title_ar="خبر ثان", title_fr="Une autre nouvelle", summary_fr="Résumé second.")
    return factories.EditionFactory(items=[first, second], subject_ar="نشرة", subject_fr="Lettre")


def rendered(edition, language):
    result = services.edition_render(edition=edition, language=language)
    return result.html, result.text


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("fr", "ltr")])
@pytest.mark.parametrize("layout", Edition.Layout.values)
def test_every_layout_reads_in_the_readers_direction_and_carries_its_links(edition, layout, language, direction):
    Edition.objects.filter(pk=edition.pk).update(layout=layout)
    edition.refresh_from_db()
    html, text = rendered(edition, language)
    assert f'<html lang="{language}" dir="{direction}">' in html and f"direction:{direction}" in html
    for item in edition.items.all():
        assert item.get_absolute_url().replace("/ar/", f"/{language}/", 1) in html
        assert item.get_absolute_url().replace("/ar/", f"/{language}/", 1) in text
    assert "NEWSLETTER-UNSUBSCRIBE-URL" in html and "NEWSLETTER-UNSUBSCRIBE-URL" in text
    assert "<style" not in html and "class=" not in html
    if direction == "rtl":
        assert "padding-left" not in html


def test_each_layout_shows_what_it_promises(edition):
    summaries = {}
    for layout in Edition.Layout.values:
        Edition.objects.filter(pk=edition.pk).update(layout=layout)
        edition.refresh_from_db()
        html, _text = rendered(edition, "fr")
        summaries[layout] = ("Le résumé de l&#x27;annonce." in html, "Résumé second." in html)
        if layout == Edition.Layout.ANNOUNCEMENT:
            # The first item large, with a button; the others listed under it.
            assert re.search(r"<h2 [^>]*font-size:24px[^>]*>L&#x27;annonce</h2>", html)
            assert html.index("L&#x27;annonce") < html.index("Une autre nouvelle")
    assert summaries == {
        "council": (True, True),
        "digest": (False, False),
        "announcement": (True, False),
    }


def test_the_preview_shows_the_chosen_layout(edition, admin_client):
    Edition.objects.filter(pk=edition.pk).update(layout=Edition.Layout.DIGEST)
    preview = admin_client.get(reverse("admin:newsletter_edition_preview", args=[edition.pk, "ar"])).content.decode()
    assert "الخبر الرئيسي" in preview and "ملخص الإعلان." not in preview
