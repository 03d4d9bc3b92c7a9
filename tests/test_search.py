"""The site search: what visitors find, in which language, and what they never find.

The suite runs on PostgreSQL and on SQLite (.ci/run), so every test here checks both engines.
"""

import json

import pytest
from django.utils import timezone

from cndh.models import SearchEntry
from cndh.search.index import rebuild
from cndh.search.query import Query, site_search
from cndh.search.registry import sources
from news.models import NewsItem
from reports.models import Chapter
from tests import factories

pytestmark = pytest.mark.django_db


def found(q: str, language: str = "ar", **facets) -> list[str]:
    """The titles a search for ``q`` lists, in order."""
    results = site_search(query=Query.parse(q), language=language, **facets)
    return [hit.title.value for hit in results.hits]


def search_page(client, q: str, language: str = "ar", **params):
    response = client.get(f"/{language}/search/", {"q": q, **params})
    assert response.status_code == 200
    return response


# --- Arabic, French and English as people type them ---


def test_a_query_without_hamza_finds_the_text_with_it():
    factories.PartnerFactory(name_ar="منظمة الأمم المتحدة", slug="un")
    assert found("الامم المتحدة") == ["منظمة الأمم المتحدة"]


def test_a_bare_word_finds_it_with_the_article_and_a_preposition():
    factories.NewsItemFactory(title_ar="لقاء بالمجلس مع وفد أممي", slug="visit")
    factories.NewsItemFactory(title_ar="والمجلس يشارك في الدورة", slug="session")
    factories.NewsItemFactory(title_ar="زيارة إلى البرلمان", slug="other")
    assert sorted(found("مجلس")) == sorted(["لقاء بالمجلس مع وفد أممي", "والمجلس يشارك في الدورة"])


def test_a_word_with_diacritics_finds_the_bare_word_and_the_reverse():
    factories.NewsItemFactory(title_ar="حقوق الإنسان في إفريقيا", slug="bare")
    factories.NewsItemFactory(title_ar="حُقُوقُ الطِّفْلِ", slug="marked")
    assert found("حُقُوق الإِنْسَان") == ["حقوق الإنسان في إفريقيا"]
    assert found("الطفل") == ["حُقُوقُ الطِّفْلِ"]


def test_arabic_indic_digits_find_western_ones():
    factories.NewsItemFactory(title_ar="حصيلة 2021", slug="review")
    assert found("حصيلة ٢٠٢١") == ["حصيلة 2021"]


def test_french_without_accents_finds_the_accented_word_and_its_plural():
    factories.PartnerFactory(name_ar="المدافع عن الحقوق", name_fr="Défenseurs des droits", slug="ddd")
    assert found("defenseur", "fr") == ["Défenseurs des droits"]
    assert found("DÉFENSEUR", "fr") == ["Défenseurs des droits"]


def test_english_is_stemmed():
    factories.PartnerFactory(name_ar="المؤسسات", name_en="National institutions", slug="nhri")
    assert found("institution", "en") == ["National institutions"]


def test_tifinagh_is_found_as_typed():
    factories.PartnerFactory(name_ar="مجلس حقوق الإنسان", name_zgh="ⴰⵙⵇⵇⵉⵎ ⵏ ⵢⵉⵣⵔⴼⴰⵏ ⵏ ⵓⴼⴳⴰⵏ", slug="hrc")
    assert found("ⴰⵙⵇⵇⵉⵎ", "zgh") == ["ⴰⵙⵇⵇⵉⵎ ⵏ ⵢⵉⵣⵔⴼⴰⵏ ⵏ ⵓⴼⴳⴰⵏ"]


def test_every_word_must_be_found():
    factories.NewsItemFactory(title_fr="Le Conseil à Genève", title_ar="المجلس في جنيف", slug="geneva")
    factories.NewsItemFactory(title_fr="Le Conseil à Rabat", title_ar="المجلس في الرباط", slug="rabat")
    assert found("conseil geneve", "fr") == ["Le Conseil à Genève"]


def test_a_misspelt_partner_name_gets_a_suggestion_that_finds_it(client):
    factories.PartnerFactory(name_ar="منظمة العفو", name_en="Amnesty International", slug="amnesty")
    results = site_search(query=Query.parse("Amnisty"), language="en")
    assert results.count == 0
    assert results.suggestion == "amnesty"
    page = search_page(client, "Amnisty", "en").content.decode()
    assert 'href="?q=amnesty"' in page
    assert found(results.suggestion, "en") == ["Amnesty International"]


def test_no_suggestion_is_drawn_from_a_draft():
    factories.PartnerFactory(name_en="Secretariat of the confidential talks", slug="secret", status="draft")
    assert site_search(query=Query.parse("confidentail"), language="en").suggestion == ""


# --- languages ---


def test_results_in_the_visitors_language_come_first_and_others_are_marked(client):
    factories.NewsItemFactory(title_ar="ندوة", title_fr="Séminaire sur la migration", title_en="", slug="fr")
    factories.NewsItemFactory(
        title_ar="ندوة ثانية", title_fr="", title_en="Migration seminar", summary_fr="", body_fr="", slug="en"
    )
    assert found("migration", "en") == ["Migration seminar", "Séminaire sur la migration"]
    page = search_page(client, "migration", "en").content.decode()
    assert '<span lang="fr" dir="ltr">Séminaire sur la migration</span>' in page
    assert 'hreflang="fr"' in page and "/fr/news/" in page
    assert "In French" in page


def test_an_item_found_in_two_languages_is_listed_once():
    factories.NewsItemFactory(title_fr="Rapport sur la migration", title_en="Report on migration", slug="both")
    assert found("migration", "en") == ["Report on migration"]


# --- what visitors may see ---


def test_drafts_and_scheduled_items_never_appear(client):
    factories.NewsItemFactory(title_ar="خبر منشور عن الهجرة", slug="public")
    factories.NewsItemFactory(title_ar="مسودة عن الهجرة", slug="draft", status="draft")
    factories.NewsItemFactory(
        title_ar="خبر مبرمج عن الهجرة", slug="later", publish_at=timezone.now() + timezone.timedelta(days=2)
    )
    assert found("الهجرة") == ["خبر منشور عن الهجرة"]
    for path in ("/ar/search/", "/ar/search/suggestions/"):
        assert "مسودة" not in client.get(path, {"q": "الهجرة"}).content.decode("unicode_escape")


def test_a_scheduled_item_appears_when_its_time_comes():
    item = factories.NewsItemFactory(
        title_ar="إعلان عن الهجرة", slug="later", publish_at=timezone.now() + timezone.timedelta(hours=1)
    )
    assert found("الهجرة") == []
    NewsItem.objects.filter(pk=item.pk).update(publish_at=timezone.now() - timezone.timedelta(minutes=1))
    assert found("الهجرة") == ["إعلان عن الهجرة"]


def test_a_chapter_of_a_draft_report_never_appears():
    report = factories.ReportFactory(status="draft")
    factories.ChapterFactory(report=report, title_ar="التعاون مع الاتحاد الإفريقي", slug="au")
    assert found("الإفريقي") == []
    report.status = "published"
    report.save()
    assert found("الإفريقي") == ["التعاون مع الاتحاد الإفريقي"]


def test_a_newsletter_edition_is_found_only_in_the_languages_it_went_out_in():
    edition = factories.EditionFactory(subject_ar="نشرة الهجرة", subject_fr="Lettre sur la migration")
    edition.status, edition.prepared_at, edition.sent_languages = "published", timezone.now(), ",fr,"
    edition.save()
    assert found("migration", "fr") == ["Lettre sur la migration"]
    assert found("الهجرة", "ar") == []


def test_an_unpublished_item_is_still_found_by_staff_in_the_admin(admin_client):
    factories.PartnerFactory(name_ar="الأمم المتحدة", slug="un-draft", status="draft")
    factories.PartnerFactory(name_ar="مجلس أوروبا", slug="coe")
    page = admin_client.get("/admin/partners/partner/", {"q": "الامم"}).content.decode()
    assert "un-draft" in page or "الأمم المتحدة" in page
    assert "مجلس أوروبا" not in page


@pytest.mark.parametrize(
    ("path", "make"),
    [
        ("/admin/partners/agreement/", lambda title: factories.AgreementFactory(title_ar=title)),
        ("/admin/reports/activity/", lambda title: factories.ActivityFactory(title_ar=title)),
        ("/admin/cndh/page/", lambda title: factories.PageFactory(title_ar=title)),
    ],
)
def test_every_changelist_folds_and_stems_as_the_site_search_does(admin_client, path, make):
    make("مذكرة التفاهم مع الأمم المتحدة")
    page = admin_client.get(path, {"q": "الامم"}).content.decode()
    assert "مذكرة التفاهم مع الأمم المتحدة" in page
    assert "مذكرة التفاهم" not in admin_client.get(path, {"q": "أوروبا"}).content.decode()


def test_agreements_and_activities_serve_the_admin_only():
    factories.AgreementFactory(title_fr="Accord avec la Commission de Venise")
    factories.ActivityFactory(title_fr="Formation avec la Commission de Venise")
    assert SearchEntry.objects.filter(source__in=["agreement", "activity"]).exists()
    assert found("Venise", "fr") == []


def test_the_section_pages_are_found_and_link_to_their_address():
    factories.PageFactory(key="cooperation", title_fr="Coopération et relations extérieures")
    results = site_search(query=Query.parse("relations exterieures"), language="fr")
    assert [(hit.title.value, hit.url) for hit in results.hits] == [
        ("Coopération et relations extérieures", "/fr/cooperation/")
    ]


def test_the_admin_still_finds_by_slug(admin_client):
    factories.PartnerFactory(name_ar="الأمم المتحدة", slug="united-nations")
    page = admin_client.get("/admin/partners/partner/", {"q": "united-nations"}).content.decode()
    assert "الأمم المتحدة" in page


# --- where a hit leads ---


def test_a_hit_inside_a_chapter_part_links_to_that_parts_heading(client):
    report = factories.ReportFactory(year=2021, slug="annual-2021")
    factories.ChapterFactory(
        report=report,
        slug="cooperation",
        title_ar="التعاون الدولي",
        body_ar="<p>مقدمة</p><h2>هيئات المعاهدات</h2><p>تقارير موازية</p><h2>الهجرة</h2><p>الميثاق العالمي للهجرة</p>",
    )
    results = site_search(query=Query.parse("الميثاق"), language="ar")
    assert [hit.url for hit in results.hits] == ["/ar/reports/2021/annual-2021/cooperation/#s2"]
    assert results.hits[0].title.value == "الهجرة"
    assert results.hits[0].context == "التعاون الدولي"
    assert "<mark>الميثاق</mark>" in str(results.hits[0].excerpt)
    page = search_page(client, "الميثاق").content.decode()
    assert 'href="/ar/reports/2021/annual-2021/cooperation/#s2"' in page


def test_the_excerpt_marks_the_words_found_and_escapes_the_text():
    factories.NewsItemFactory(
        title_fr="Séminaire", summary_fr="", body_fr="<p>Un &lt;b&gt; séminaire sur les droits des migrants</p>"
    )
    hit = site_search(query=Query.parse("migrant"), language="fr").hits[0]
    assert str(hit.excerpt) == "Un &lt;b&gt; séminaire sur les droits des <mark>migrants</mark>"


# --- the index follows the content ---


def test_saving_an_item_indexes_it_again_and_deleting_forgets_it():
    partner = factories.PartnerFactory(name_fr="Commission africaine", slug="achpr")
    assert found("africaine", "fr") == ["Commission africaine"]
    partner.name_fr = "Commission européenne"
    partner.save()
    assert found("africaine", "fr") == []
    assert found("europeenne", "fr") == ["Commission européenne"]
    partner.delete()
    assert found("europeenne", "fr") == []
    assert not SearchEntry.objects.filter(source="partner").exists()


def test_a_chapters_year_follows_its_report():
    report = factories.ReportFactory(year=2020, slug="r")
    factories.ChapterFactory(report=report, title_ar="الهجرة", slug="c")
    report.year = 2021
    report.save()
    assert set(SearchEntry.objects.filter(source="chapter").values_list("year", flat=True)) == {2021}


def test_a_rebuild_gives_the_index_that_saves_give():
    factories.PartnerFactory(name_ar="الأمم المتحدة", slug="un")
    factories.NewsItemFactory(title_ar="المجلس في جنيف", slug="geneva")
    before = sorted(SearchEntry.objects.values_list("source", "object_id", "language", "terms"))
    assert rebuild() == len(before)
    assert sorted(SearchEntry.objects.values_list("source", "object_id", "language", "terms")) == before


# --- facets ---


def test_facets_count_results_by_kind_year_and_category_and_narrow_them(client):
    factories.PartnerFactory(name_fr="Réseau sur la migration", slug="net", category="nhri-networks")
    factories.NewsItemFactory(
        title_fr="Migration : un séminaire", slug="s", publish_at=timezone.now().replace(year=2021, month=6)
    )
    results = site_search(query=Query.parse("migration"), language="fr")
    assert {f.value: f.count for f in results.facets["kind"]} == {"partner": 1, "news": 1}
    assert {f.value: f.count for f in results.facets["year"]} == {"2021": 1}
    assert {f.value: f.count for f in results.facets["category"]} == {"nhri-networks": 1}
    assert found("migration", "fr", kind="news") == ["Migration : un séminaire"]
    assert found("migration", "fr", year=2021) == ["Migration : un séminaire"]
    assert found("migration", "fr", category="nhri-networks") == ["Réseau sur la migration"]
    page = search_page(client, "migration", "fr", kind="news").content.decode()
    assert 'href="?q=migration" aria-current="true"' in page


# --- the page, its answers to bad input, the JSON and OpenSearch ---


@pytest.mark.parametrize(
    "q",
    [
        "",
        "   ",
        "x" * 10_000,
        "\x00\x01\x1b[31m\u202e",
        "& | ! :* ' \" ( ) <-> \\ %",
        "'a':* & !b | (c <-> d)",
        "الأمم:* & !المتحدة",
        "NEAR(a b) a* ^b -c +d",
    ],
)
@pytest.mark.parametrize("language", ["ar", "fr"])
def test_any_query_gives_a_clean_page(client, q, language):
    factories.PartnerFactory(name_ar="الأمم المتحدة", name_fr="Nations Unies", slug="un")
    response = search_page(client, q, language)
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert client.get(f"/{language}/search/suggestions/", {"q": q}).status_code == 200


def test_a_query_too_long_says_so_in_the_visitors_language(client):
    page = search_page(client, "x" * 10_000, "fr").content.decode()
    assert "Assurez-vous que cette valeur comporte au plus 200 caractères" in page
    assert 'value="' + "x" * 201 not in page  # the box holds what it may


def test_a_bad_facet_says_so_and_finds_nothing(client):
    factories.PartnerFactory(name_fr="Nations Unies", slug="un")
    page = search_page(client, "nations", "fr", year="deux-mille", kind="nothing").content.decode()
    assert "Saisissez un nombre entier." in page
    assert "Nations Unies" not in page.split("<main", 1)[1].split("</main>")[0]


def test_a_page_past_the_last_shows_the_last(client):
    factories.PartnerFactory(name_fr="Nations Unies", slug="un")
    assert "Nations Unies" in search_page(client, "nations", "fr", page="999").content.decode()
    assert "Nations Unies" in search_page(client, "nations", "fr", page="x").content.decode()


def test_zero_results_help_the_visitor_on(client):
    page = search_page(client, "zzzzqqq", "fr").content.decode()
    assert "Aucun résultat" in page or "0 résultat" in page
    assert 'href="/fr/cooperation/international-partners/"' in page
    assert 'href="/fr/treaties/"' in page


def test_every_page_has_the_search_box_in_its_header(client, demo):
    for path in ("/ar/", "/fr/news/", "/en/treaties/"):
        page = client.get(path).content.decode()
        assert 'role="search"' in page and 'name="q"' in page and 'action="/' + path.split("/")[1] + '/search/"' in page
        assert 'rel="search" type="application/opensearchdescription+xml"' in page


def test_suggestions_give_the_first_five_titles_as_the_visitor_types(client):
    for number in range(7):
        factories.NewsItemFactory(title_fr=f"Migration et droits {number}", slug=f"m{number}")
    answer = client.get("/fr/search/suggestions/", {"q": "migr"}).json()
    assert answer["query"] == "migr"
    assert len(answer["results"]) == 5
    assert all(result["title"].startswith("Migration") for result in answer["results"])
    assert answer["results"][0]["url"].startswith("/fr/news/")
    assert answer["status"] == "5 suggestions"


def test_opensearch_description_and_its_suggestions(client, settings):
    settings.SITE_URL = "https://www.cndh.ma"
    factories.PartnerFactory(name_fr="Nations Unies", slug="un")
    description = client.get("/fr/search/opensearch.xml")
    assert description["Content-Type"].startswith("application/opensearchdescription+xml")
    body = description.content.decode()
    assert 'template="https://www.cndh.ma/fr/search/?q={searchTerms}"' in body
    answer = client.get("/fr/search/suggestions/", {"q": "nati", "format": "opensearch"})
    assert answer["Content-Type"] == "application/x-suggestions+json"
    assert json.loads(answer.content) == [
        "nati",
        ["Nations Unies"],
        [],
        ["https://www.cndh.ma/fr/partners/un/"],
    ]


# --- a bounded number of queries, whatever the size of the index ---


def _index_news(count: int) -> None:
    factories.PageFactory.create_every_key()
    factories.NewsItemFactory.create_bulk(count)
    rebuild(sources=[sources()["news"]])


@pytest.mark.parametrize("count", [100, 10_000])
def test_search_pages_stay_within_their_query_budget(client, django_assert_max_num_queries, count):
    _index_news(count)
    assert SearchEntry.objects.filter(source="news").count() == 3 * count
    with django_assert_max_num_queries(14):
        page = search_page(client, "خبر رقم", "ar")
    assert page.context["results"].count == count
    with django_assert_max_num_queries(14):
        search_page(client, "numéro", "fr", page="3", kind="news")
    with django_assert_max_num_queries(14):
        search_page(client, "nothing-at-all", "en")
    with django_assert_max_num_queries(4):
        assert client.get("/fr/search/suggestions/", {"q": "actualité num"}).status_code == 200


def test_chapter_parts_are_indexed_in_each_language_they_exist_in():
    report = factories.ReportFactory()
    chapter = factories.ChapterFactory(
        report=report, body_ar="<p>أ</p><h2>ب</h2><p>ج</p>", body_fr="<h2>B</h2><p>C</p>", title_en=""
    )
    parts = sorted(SearchEntry.objects.filter(source="chapter").values_list("language", "part", "anchor"))
    assert parts == [("ar", 0, ""), ("ar", 1, "s1"), ("fr", 0, ""), ("fr", 1, "s1")]
    assert Chapter.objects.get(pk=chapter.pk)
