import csv
import io
import json
import re

import pytest
from django.utils import timezone

from cndh.models import Page
from partners.models import Agreement, Partner, Role
from reports.models import Activity
from tests import factories
from tests.helpers import sitemap_documents

DIRECTORY = "/{lang}/cooperation/international-partners/"
COUNTRIES = ["CH", "FR", "KE", "MR", "DK", "SG", ""]


def many_partners(count: int) -> Partner:
    """``count`` published partners in every category and several countries; returns one fully described."""
    factories.PageFactory(key=Page.Key.INTERNATIONAL_PARTNERS)
    categories = Partner.Category.values
    past = timezone.now() - timezone.timedelta(days=1)
    Partner.objects.bulk_create(
        Partner(
            slug=f"bulk-{i}",
            name_ar=f"شريك {i}",
            name_fr=f"Partenaire {i}",
            acronym_en=f"P{i}",
            category=categories[i % len(categories)],
            country=COUNTRIES[i % len(COUNTRIES)],
            status=Partner.Status.PUBLISHED,
            publish_at=past,
        )
        for i in range(count - 1)
    )
    partners = list(Partner.objects.all())
    main = factories.PartnerFactory(slug="ganhri", name_en="GANHRI", country="CH", parent=partners[0])
    for child in partners[1:4]:
        child.parent = main
        child.save()
    Role.objects.bulk_create(Role(partner=p, title_ar="عضو", order=1) for p in [*partners, main])
    report = factories.ReportFactory(year=2021, slug="annual-report-2021")
    chapter = factories.ChapterFactory(report=report, slug="cooperation")
    for i in range(3):
        factories.AgreementFactory(partners=[main, *partners[i * 3 : i * 3 + 3]], start="2020", end=f"{2020 + i * 5}")
        factories.ActivityFactory(
            partners=[main, *partners[i : i + 2]], date=f"{2019 + i}-0{i + 1}", chapter=chapter, chapter_part=1
        )
    return main


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 500])
def test_directory_stays_within_budget(client, django_assert_max_num_queries, count):
    many_partners(count)
    with django_assert_max_num_queries(6):
        response = client.get(DIRECTORY.format(lang="fr") + "?in_force=on&q=partenaire")
    assert response.status_code == 200
    assert response.context["partner_count"] > 0


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 500])
def test_partner_page_stays_within_budget(client, django_assert_max_num_queries, count):
    main = many_partners(count)
    # The page's own 7, plus its related news and the side column's latest news.
    with django_assert_max_num_queries(9):
        response = client.get(main.get_absolute_url())
    assert response.status_code == 200
    assert len(response.context["children"]) == 3
    assert len(response.context["agreements"]) == 3


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 500])
@pytest.mark.parametrize(
    "url", [f"/en/partners/data/{d}.{f}" for d in ("partners", "roles", "agreements") for f in ("csv", "json")]
)
def test_exports_stay_within_budget(client, django_assert_max_num_queries, count, url):
    many_partners(count)
    with django_assert_max_num_queries(2):
        response = client.get(url)
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "category=nope",
        "country=ZZ",
        "country=%00",
        "in_force=maybe",
        "q=" + "x" * 500,
        "q=%00%0b",
        "category[]=1&country[]=2",
        "q=%E2%80%AE",
        "in_force=on&category=ngos&country=CH&q=a",
    ],
)
def test_bad_filter_values_never_fail(client, query):
    factories.PageFactory(key=Page.Key.INTERNATIONAL_PARTNERS)
    factories.PartnerFactory(country="CH")
    response = client.get(DIRECTORY.format(lang="fr") + "?" + query)
    assert response.status_code == 200


@pytest.mark.django_db
def test_an_invalid_filter_is_explained_and_ignored(client):
    factories.PageFactory(key=Page.Key.INTERNATIONAL_PARTNERS)
    factories.PartnerFactory()
    response = client.get(DIRECTORY.format(lang="fr") + "?category=nope")
    assert "Sélectionnez un choix valide" in response.content.decode()
    assert response.context["partner_count"] == 1


@pytest.mark.django_db
def test_filters_narrow_by_category_country_agreement_and_name_in_any_language(client):
    factories.PageFactory(key=Page.Key.INTERNATIONAL_PARTNERS)
    geneva = factories.PartnerFactory(
        country="CH", category=Partner.Category.NHRI_NETWORKS, name_fr="Alliance mondiale"
    )
    paris = factories.PartnerFactory(country="FR", category=Partner.Category.NGOS, acronym_en="ECPM", name_ar="جميعا")
    ended = factories.PartnerFactory(country="FR")
    factories.AgreementFactory(partners=[paris], start="2020")
    factories.AgreementFactory(partners=[ended], start="2019", end="2020")
    factories.AgreementFactory(partners=[geneva], start="2020", status=Agreement.Status.DRAFT)

    def found(query, lang="en"):
        response = client.get(DIRECTORY.format(lang=lang) + "?" + query)
        return {p for group in response.context["partner_groups"] for p in group["partners"]}

    assert found("category=nhri-networks") == {geneva}
    assert found("country=FR") == {paris, ended}
    assert found("in_force=on") == {paris}
    assert found("q=ecpm") == {paris}
    assert found("q=جميعا") == {paris}  # Arabic name, searched from the English page
    assert found("q=MONDIALE", lang="ar") == {geneva}


@pytest.mark.django_db
def test_directory_groups_partners_by_category_with_counts(client):
    factories.PageFactory(key=Page.Key.INTERNATIONAL_PARTNERS)
    for _ in range(3):
        factories.PartnerFactory(category=Partner.Category.EUROPEAN)
    factories.PartnerFactory(category=Partner.Category.DIPLOMATIC)
    response = client.get(DIRECTORY.format(lang="en"))
    groups = {group["value"]: len(group["partners"]) for group in response.context["partner_groups"]}
    assert groups == {"european": 3, "diplomatic": 1}
    assert re.search(r"European institutions <span class=\"meta\">\(3\)</span>", response.content.decode())


@pytest.mark.django_db
def test_unknown_slug_is_not_found(client):
    assert client.get("/en/partners/no-such-partner/").status_code == 404


@pytest.mark.django_db
def test_unpublished_partner_is_invisible_to_visitors_and_previewed_by_staff(client, staff_client):
    factories.PageFactory(key=Page.Key.INTERNATIONAL_PARTNERS)
    draft = factories.PartnerFactory(slug="draft", status=Partner.Status.DRAFT, country="NO")
    later = factories.PartnerFactory(slug="later", publish_at=timezone.now() + timezone.timedelta(days=2), country="NO")
    for partner in (draft, later):
        assert client.get(partner.get_absolute_url()).status_code == 404
        response = staff_client.get(partner.get_absolute_url())
        assert response.status_code == 200
        assert "no-cache" in response["Cache-Control"]
    html = client.get(DIRECTORY.format(lang="en")).content.decode()
    assert "/partners/draft/" not in html and "/partners/later/" not in html
    assert "Norway" not in html
    assert client.get("/en/partners/data/partners.json").json()["count"] == 0


@pytest.mark.django_db
def test_partner_page_shows_roles_agreements_timeline_children_and_chapters(client):
    ganhri = factories.PartnerFactory(slug="ganhri", name_en="Global Alliance", website="https://ganhri.org")
    factories.PartnerFactory(slug="sca", name_en="Sub-Committee on Accreditation", parent=ganhri)
    factories.PartnerFactory(slug="hidden-child", name_en="Hidden child", parent=ganhri, status=Partner.Status.DRAFT)
    Role.objects.create(partner=ganhri, title_en="Member of the Bureau", start="2021-11-02")
    Role.objects.create(partner=ganhri, title_en="Chair of the Sub-Committee", end="2021")
    factories.AgreementFactory(partners=[ganhri], title_en="Study agreement", signed_on="2019-12")
    report = factories.ReportFactory(year=2021, slug="annual-report-2021")
    chapter = factories.ChapterFactory(report=report, slug="cooperation", title_en="Cooperation in 2021")
    factories.ActivityFactory(
        partners=[ganhri], title_en="Bureau election", date="2021-11-02", chapter=chapter, chapter_part=4
    )
    factories.ActivityFactory(partners=[ganhri], title_en="Older study", date="2019")
    factories.ActivityFactory(partners=[ganhri], title_en="Draft activity", status=Activity.Status.DRAFT)
    response = client.get("/en/partners/ganhri/")
    html = response.content.decode()
    assert [r.title_en for r in response.context["current_roles"]] == ["Member of the Bureau"]
    assert [r.title_en for r in response.context["past_roles"]] == ["Chair of the Sub-Committee"]
    # The date isolated from the sentence around it (it keeps its order in an Arabic one).
    assert "Study agreement" in html and "Signed <bdi>December 2019</bdi>" in html
    assert [year for year, _items in response.context["activity_years"]] == [2021, 2019]
    assert "Draft activity" not in html
    assert "Sub-Committee on Accreditation" in html and "Hidden child" not in html
    assert 'href="/en/reports/2021/annual-report-2021/cooperation/#s4"' in html


@pytest.mark.django_db
def test_chapter_part_links_to_the_partners_it_names(client):
    report = factories.ReportFactory(year=2021, slug="r")
    chapter = factories.ChapterFactory(report=report, slug="c")
    ganhri = factories.PartnerFactory(slug="ganhri", name_fr="Alliance mondiale")
    factories.PartnerFactory(slug="unnamed")
    factories.ActivityFactory(partners=[ganhri], chapter=chapter, chapter_part=2)
    html = client.get("/fr/reports/2021/r/c/").content.decode()
    second_part = html[html.index('<h2 id="s2">') :]
    assert second_part.index('href="/fr/partners/ganhri/"') < second_part.index("</p>")
    assert "/fr/partners/unnamed/" not in html


# --- the map ---


@pytest.mark.django_db
def test_map_marks_exactly_the_countries_with_published_partners_and_lists_the_same(client):
    factories.PageFactory(key=Page.Key.INTERNATIONAL_PARTNERS)
    factories.PartnerFactory(country="CH")
    factories.PartnerFactory(country="CH")
    factories.PartnerFactory(country="MR")
    factories.PartnerFactory(country="SG")  # too small for an outline: marked with a point
    factories.PartnerFactory(country="NO", status=Partner.Status.DRAFT)
    factories.PartnerFactory(country="")
    html = client.get(DIRECTORY.format(lang="en")).content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    marked = set(re.findall(r'<a href="\?country=([A-Z]{2})#directory"', svg))
    assert marked == {"CH", "MR", "SG"}
    listed = html[html.index('class="map-list__countries"') :]
    listed = set(re.findall(r'href="\?country=([A-Z]{2})#directory"', listed[: listed.index("</ul>")]))
    assert listed == marked
    assert 'aria-label="Switzerland: 2 partners"' in svg
    assert '<title id="world-map-title">' in svg


@pytest.mark.django_db
def test_map_is_cached_per_language_and_set_of_countries(client, django_assert_num_queries):
    from django.core.cache import cache

    factories.PageFactory(key=Page.Key.INTERNATIONAL_PARTNERS)
    factories.PartnerFactory(country="CH")
    client.get(DIRECTORY.format(lang="en"))
    keys = set(cache._cache.keys())
    assert any("partners:worldmap:en:" in k for k in keys)
    client.get(DIRECTORY.format(lang="en"))
    assert set(cache._cache.keys()) == keys
    client.get(DIRECTORY.format(lang="ar"))
    assert any("partners:worldmap:ar:" in k for k in cache._cache.keys())
    factories.PartnerFactory(country="FR")
    arabic = client.get(DIRECTORY.format(lang="ar")).content.decode()
    assert "?country=FR#directory" in arabic[arabic.index("<svg") : arabic.index("</svg>")]


# --- open data ---


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "name"), [("ar", "التحالف العالمي"), ("fr", "Alliance mondiale"), ("en", "Global Alliance")]
)
def test_exports_parse_and_carry_the_language_names(client, lang, name):
    ganhri = factories.PartnerFactory(
        slug="ganhri", name_ar="التحالف العالمي", name_fr="Alliance mondiale", name_en="Global Alliance", country="CH"
    )
    Role.objects.create(partner=ganhri, title_ar="عضو", title_fr="Membre", title_en="Member", start="2021-11-02")
    factories.AgreementFactory(partners=[ganhri], slug="study", signed_on="2019-12")
    rows = list(
        csv.DictReader(io.StringIO(client.get(f"/{lang}/partners/data/partners.csv").content.decode("utf-8-sig")))
    )
    assert rows[0]["name"] == name and rows[0]["country"] == "CH" and rows[0]["slug"] == "ganhri"
    data = json.loads(client.get(f"/{lang}/partners/data/partners.json").content)
    assert data["language"] == lang and data["items"][0]["name"] == name
    roles = list(
        csv.DictReader(io.StringIO(client.get(f"/{lang}/partners/data/roles.csv").content.decode("utf-8-sig")))
    )
    assert roles[0]["partner_name"] == name and roles[0]["start"] == "2021-11-02"
    agreements = json.loads(client.get(f"/{lang}/partners/data/agreements.json").content)["items"]
    assert agreements[0]["partners"] == ["ganhri"] and agreements[0]["partner_names"] == [name]
    assert agreements[0]["signed_on"] == "2019-12" and agreements[0]["state"] == "in-force"


@pytest.mark.django_db
def test_control_characters_and_formulas_do_not_break_the_exports(client):
    factories.PartnerFactory(slug="odd", name_en="Bad\x0bname\x1f here", acronym_en="=HYPERLINK(1)")
    raw = client.get("/en/partners/data/partners.csv")
    assert raw["Content-Type"] == "text/csv; charset=utf-8"
    row = next(csv.DictReader(io.StringIO(raw.content.decode("utf-8-sig"))))
    assert row["name"] == "Badname here"
    assert row["acronym"] == "'=HYPERLINK(1)"
    item = json.loads(client.get("/en/partners/data/partners.json").content)["items"][0]
    assert item["name"] == "Badname here"


# The headers README.md documents; a change here is a change to the published format.
DOCUMENTED_COLUMNS = {
    "partners": "slug name acronym category category_label country country_name parent website url",
    "roles": "partner partner_name role start end state state_label",
    "agreements": "slug title kind kind_label partners partner_names signed_on start end state state_label summary "
    "document",
}


def csv_records(response) -> tuple[list[str], list[dict]]:
    assert response.content.startswith(b"\xef\xbb\xbf")
    reader = csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"), newline=""))
    return reader.fieldnames, list(reader)


@pytest.mark.django_db
@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_formula_cells_are_neutralised_in_every_partner_csv(client, start):
    formula = f"{start}cmd|' /C calc'!A0"
    partner = factories.PartnerFactory(slug="odd", name_en=formula, acronym_en=formula)
    Role.objects.create(partner=partner, title_ar=formula, title_en=formula, start="2021")
    factories.AgreementFactory(partners=[partner], slug="deal", title_en=formula, summary_en=formula)
    guarded = f"'{formula}"
    _, [row] = csv_records(client.get("/en/partners/data/partners.csv"))
    assert (row["name"], row["acronym"]) == (guarded, guarded)
    _, [role] = csv_records(client.get("/en/partners/data/roles.csv"))
    assert (role["partner_name"], role["role"]) == (guarded, guarded)
    _, [agreement] = csv_records(client.get("/en/partners/data/agreements.csv"))
    assert (agreement["title"], agreement["summary"], agreement["partner_names"]) == (guarded, guarded, guarded)
    # JSON is for programs: the text stays as staff wrote it.
    assert client.get("/en/partners/data/partners.json").json()["items"][0]["name"] == formula


@pytest.mark.django_db
def test_control_characters_reach_no_partner_file(client):
    # PostgreSQL refuses NUL in text, so no stored value can carry one; the writer's own tests cover it.
    partner = factories.PartnerFactory(slug="odd", name_en="A\x01B\x0bC", acronym_en="\x1fX")
    Role.objects.create(partner=partner, title_ar="R\x0c", title_en="R\x0c", start="2021")
    factories.AgreementFactory(partners=[partner], slug="deal", title_en="T\x7f", summary_en="line one\nline\x0b two")
    for dataset in DOCUMENTED_COLUMNS:
        for fmt in ("csv", "json"):
            text = client.get(f"/en/partners/data/{dataset}.{fmt}").content.decode("utf-8")
            assert not any(ch in text for ch in "\x01\x0b\x0c\x1f\x7f"), (dataset, fmt)
    _, [agreement] = csv_records(client.get("/en/partners/data/agreements.csv"))
    assert agreement["summary"] == "line one\nline two"
    assert client.get("/en/partners/data/agreements.json").json()["items"][0]["partner_names"] == ["ABC"]


@pytest.mark.django_db
@pytest.mark.parametrize("dataset", list(DOCUMENTED_COLUMNS))
def test_partner_files_have_the_documented_header_envelope_and_headers(client, settings, dataset):
    settings.CNDH_TODAY = "2021-12-31"
    partner = factories.PartnerFactory(slug="ganhri", name_en=None, acronym_en=None)
    Role.objects.create(partner=partner, title_ar="عضو", start="2021")
    factories.AgreementFactory(partners=[partner], slug="deal")
    response = client.get(f"/fr/partners/data/{dataset}.csv")
    header, rows = csv_records(response)
    assert header == DOCUMENTED_COLUMNS[dataset].split() and len(rows) == 1
    assert response["Content-Disposition"] == f'attachment; filename="cndh-{dataset}-fr-2021-12-31.csv"'
    response = client.get(f"/fr/partners/data/{dataset}.json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == f'inline; filename="cndh-{dataset}-fr-2021-12-31.json"'
    data = response.json()
    assert list(data) == ["dataset", "language", "as_of", "count", "items"]
    assert (data["dataset"], data["language"], data["as_of"], data["count"]) == (dataset, "fr", "2021-12-31", 1)
    assert list(data["items"][0]) == DOCUMENTED_COLUMNS[dataset].split()
    # A text missing in the page's language (and its fallbacks) is an empty string, not null.
    assert None not in data["items"][0].values()


@pytest.mark.django_db
def test_empty_csv_export_still_has_its_header(client):
    text = client.get("/fr/partners/data/agreements.csv").content.decode("utf-8-sig")
    assert text.strip().split(",")[:3] == ["slug", "title", "kind"]


@pytest.mark.django_db
def test_sitemap_lists_published_partners_in_every_language(client):
    factories.PartnerFactory(slug="ganhri")
    factories.PartnerFactory(slug="draft", status=Partner.Status.DRAFT)
    xml = "".join(body.decode() for _path, body in sitemap_documents(client))
    for lang in ("ar", "zgh", "fr", "en"):
        assert f"/{lang}/partners/ganhri/</loc>" in xml
    assert "/partners/draft/" not in xml


def test_the_partners_address_without_a_slug_leads_to_the_directory(client):
    response = client.get("/fr/partners/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/cooperation/international-partners/"


@pytest.mark.django_db
def test_a_large_category_shows_its_first_partners_and_links_to_all_of_them_in_pages(client):
    from partners.views import GROUP_SIZE, PAGE_SIZE

    factories.PageFactory(key=Page.Key.INTERNATIONAL_PARTNERS)
    factories.PartnerFactory(category=Partner.Category.DIPLOMATIC)
    factories.PartnerFactory.create_batch(PAGE_SIZE + 5, category=Partner.Category.EUROPEAN)
    page = client.get(DIRECTORY.format(lang="en"))
    groups = {group["value"]: group for group in page.context["partner_groups"]}
    assert len(groups["european"]["partners"]) == GROUP_SIZE and groups["european"]["count"] == PAGE_SIZE + 5
    assert len(groups["diplomatic"]["partners"]) == 1 and groups["diplomatic"]["all_url"] is None
    html = page.content.decode()
    assert f'href="?category=european#directory">All {PAGE_SIZE + 5} partners in “European institutions”' in html

    first = client.get(DIRECTORY.format(lang="en") + "?category=european")
    second = client.get(DIRECTORY.format(lang="en") + "?category=european&page=2")
    shown = [p for response in (first, second) for g in response.context["partner_groups"] for p in g["partners"]]
    assert len(shown) == len(set(shown)) == PAGE_SIZE + 5
    assert 'href="?category=european&amp;page=2" rel="next"' in first.content.decode()
