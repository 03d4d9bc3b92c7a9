import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.translation import check_for_language, get_language_info

from cndh.html import wrap_tables
from cndh.i18n import localized
from tests import factories


def test_tamazight_is_a_registered_language():
    assert check_for_language("zgh")
    info = get_language_info("zgh")
    assert info["bidi"] is False
    assert info["name_local"] == "ⵜⴰⵎⴰⵣⵉⵖⵜ"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept", "expected"),
    [("fr-FR,fr;q=0.9", "/fr/"), ("en-GB,en;q=0.8", "/en/"), ("zgh", "/zgh/"), ("de-DE", "/ar/"), ("", "/ar/")],
)
def test_root_redirects_by_the_browsers_preferences(client, accept, expected):
    response = client.get("/", headers={"accept-language": accept} if accept else {})
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.django_db
def test_fallback_fragment_carries_its_own_lang_and_dir():
    report = factories.ReportFactory(title_ar="التقرير السنوي", title_fr="", title_en="")
    template = Template('{% load cndh %}{% tr report "title" %}')
    with translation.override("en"):
        assert template.render(Context({"report": report})) == '<span lang="ar" dir="rtl">التقرير السنوي</span>'
    with translation.override("ar"):
        assert template.render(Context({"report": report})) == "التقرير السنوي"


@pytest.mark.django_db
def test_english_falls_back_to_french_before_arabic():
    report = factories.ReportFactory(title_ar="التقرير", title_fr="Le rapport", title_en="")
    with translation.override("en"):
        rendered = Template('{% load cndh %}{% tr report "title" %}').render(Context({"report": report}))
    assert rendered == '<span lang="fr" dir="ltr">Le rapport</span>'


@pytest.mark.django_db
def test_fallback_text_is_escaped():
    report = factories.ReportFactory(title_ar="<b>عنوان</b>", title_fr="")
    with translation.override("fr"):
        rendered = Template('{% load cndh %}{% tr report "title" %}').render(Context({"report": report}))
    assert "&lt;b&gt;" in rendered


@pytest.mark.django_db
def test_untranslated_chapter_body_is_marked_with_its_language(client):
    report = factories.ReportFactory()
    chapter = factories.ChapterFactory(report=report, body_en="")
    html = client.get(f"/en{chapter.get_absolute_url()[3:]}").content.decode()
    assert '<div class="prose" lang="fr" dir="ltr">' in html
    html = client.get(f"/zgh{chapter.get_absolute_url()[3:]}").content.decode()
    assert '<div class="prose" lang="ar" dir="rtl">' in html


@pytest.mark.django_db
def test_language_switcher_keeps_the_visitor_on_the_same_chapter(client):
    report = factories.ReportFactory()
    chapter = factories.ChapterFactory(report=report)
    html = client.get(chapter.get_absolute_url()).content.decode()
    path = chapter.get_absolute_url()[len("/ar") :]
    for code in ("zgh", "fr", "en"):
        assert f'href="/{code}{path}" hreflang="{code}"' in html


@pytest.mark.django_db
def test_names_shown_in_another_language_are_marked_in_the_trail_and_the_filters(client):
    """A partner without a Tamazight name: its Arabic name says it is Arabic wherever the
    interface prints it, in the breadcrumb and among a filter's options."""
    partner = factories.PartnerFactory(name_ar="الشبكة الإفريقية", name_zgh="", name_fr="Réseau africain")
    factories.NewsItemFactory(title_zgh="ⴰⵏⴳⵎⴰⵎ").partners.add(partner)

    page = client.get(partner.get_absolute_url().replace("/ar/", "/zgh/", 1)).content.decode()
    trail = page.split('class="breadcrumb"', 1)[1].split("</nav>", 1)[0]
    assert '<span aria-current="page"><span lang="ar" dir="rtl">الشبكة الإفريقية</span></span>' in trail

    news = client.get("/zgh/news/").content.decode()
    assert f'<option value="{partner.slug}" lang="ar" dir="rtl">' in news
    french = client.get("/fr/news/").content.decode()
    assert f'<option value="{partner.slug}">Réseau africain' in french


@pytest.mark.django_db
def test_a_document_size_is_written_in_the_pages_language():
    template = Template("{{ size|filesizeformat }}")
    with translation.override("zgh"):
        assert template.render(Context({"size": 4300})) == "4,2\xa0KB"
    with translation.override("ar"):
        assert "ك.ب" in template.render(Context({"size": 4300}))


@pytest.mark.django_db
def test_a_news_item_shown_in_another_language_opens_with_a_note_in_the_pages_language(client):
    item = factories.NewsItemFactory(title_zgh="ⴰⵏⴳⵎⴰⵎ", body_zgh="", body_en="")
    url = item.get_absolute_url()
    page = client.get(url.replace("/ar/", "/zgh/", 1)).content.decode()
    note = page.split('<p class="fallback-note">', 1)[1].split("</p>", 1)[0]
    # In Tifinagh, naming Arabic as the language shown, linking to the languages that have the
    # text (Arabic, French), not to English, which has none; before the summary and the text.
    assert "ⵜⴰⵄⵔⴰⴱⵜ" in note and not any("\u0600" <= c <= "\u06ff" for c in note.split("<a", 1)[0])
    assert f'href="{url}" lang="ar" dir="rtl" hreflang="ar">العربيّة</a>' in note
    assert 'hreflang="fr"' in note and 'hreflang="en"' not in note
    assert page.index("fallback-note") < page.index('class="lead"') < page.index('class="prose"')

    translated = client.get(url.replace("/ar/", "/fr/", 1)).content.decode()
    assert "fallback-note" not in translated


@pytest.mark.django_db
def test_a_marked_fallback_is_escaped_like_any_text():
    partner = factories.PartnerFactory(name_ar='<script>alert("x")</script> & co', name_fr="")
    template = Template(
        "{% load cndh %}{{ name|marked }}|{% tr partner 'name' %}|<img alt=''{% lang_attrs partner 'name' %}>"
    )
    with translation.override("fr"):
        rendered = template.render(Context({"partner": partner, "name": localized(partner, "name")}))
    marked = '<span lang="ar" dir="rtl">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</span>'
    assert rendered == f'{marked}|{marked}|<img alt=\'\' lang="ar" dir="rtl">'


def test_a_table_shown_in_another_language_keeps_its_own_and_its_box_label_the_pages():
    table = "<table><tr><td>نص</td></tr></table>"
    with translation.override("zgh"):
        wrapped = wrap_tables(table, "ar")
        same = wrap_tables(table, "zgh")
    assert wrapped.startswith('<div class="table-scroll" tabindex="0" role="region" aria-label="ⵜⴰⴼⵍⵡⵉⵜ')
    assert f'lang="zgh" dir="rtl"><div lang="ar">{table}</div></div>' in wrapped
    assert "lang=" not in same
