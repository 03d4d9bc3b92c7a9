import pytest
from django.utils import timezone

from reports.models import Chapter, Report, ReportDocument
from tests import factories


def many_reports(count: int) -> Report:
    """``count`` published reports; returns the one whose chapter page is measured."""
    Report.objects.bulk_create(
        Report(
            kind=Report.Kind.PARALLEL if i % 2 else Report.Kind.ANNUAL,
            year=2000 + i % 25,
            slug=f"bulk-{i}",
            title_ar=f"تقرير {i}",
            title_fr=f"Rapport {i}",
            status=Report.Status.PUBLISHED,
            publish_at=timezone.now() - timezone.timedelta(days=1),
        )
        for i in range(count - 1)
    )
    report = factories.ReportFactory(year=2021, slug="annual-report-2021")
    for order in (1, 2, 3):
        factories.ChapterFactory(report=report, order=order, slug=f"c{order}")
    ReportDocument.objects.bulk_create(
        ReportDocument(report=r, language=lang, file=f"reports/documents/{r.slug}-{lang}.pdf", size=1000, pages=3)
        for r in Report.objects.all()
        for lang in ("ar", "fr")
    )
    return report


@pytest.mark.django_db
@pytest.mark.parametrize("count", [3, 300])
def test_chapter_page_stays_within_ten_queries(client, django_assert_max_num_queries, count):
    many_reports(count)
    with django_assert_max_num_queries(10):
        response = client.get("/ar/reports/2021/annual-report-2021/c2/")
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("count", [3, 300])
def test_reports_library_stays_within_ten_queries(client, django_assert_max_num_queries, count):
    many_reports(count)
    with django_assert_max_num_queries(10):
        response = client.get("/fr/reports/?kind=annual&language=fr")
    assert response.status_code == 200
    assert len(response.context["reports"]) == min(12, count // 2 + 1)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "year=abc",
        "page=-1",
        "kind=%00",
        "page=999999",
        "year=0",
        "language=xx",
        "kind=annual&page=abc",
        "year=%E2%80%AE",
        "kind[]=1",
        "page=1e9",
    ],
)
def test_malformed_filters_give_a_clean_page(client, query):
    factories.ReportFactory()
    response = client.get(f"/fr/reports/?{query}")
    assert response.status_code == 200


@pytest.mark.django_db
def test_invalid_filter_value_is_explained_and_ignored(client):
    factories.ReportFactory(year=2021, kind=Report.Kind.ANNUAL)
    response = client.get("/fr/reports/?year=abc")
    html = response.content.decode()
    assert "Sélectionnez un choix valide" in html
    assert len(response.context["reports"]) == 1


@pytest.mark.django_db
def test_filters_narrow_by_kind_year_and_document_language(client):
    annual = factories.ReportFactory(year=2021, kind=Report.Kind.ANNUAL)
    parallel = factories.ReportFactory(year=2020, kind=Report.Kind.PARALLEL)
    ReportDocument.objects.create(report=parallel, language="en", file="x.pdf", size=1)
    assert list(client.get("/en/reports/?kind=annual").context["reports"]) == [annual]
    assert list(client.get("/en/reports/?year=2020").context["reports"]) == [parallel]
    assert list(client.get("/en/reports/?language=en").context["reports"]) == [parallel]


@pytest.mark.django_db
def test_document_size_and_page_count_are_shown(client):
    report = factories.ReportFactory()
    ReportDocument.objects.create(report=report, language="fr", file="x.pdf", size=2_400_000, pages=12)
    html = client.get("/fr/reports/").content.decode()
    assert "12 pages" in html
    assert "2,3" in html


@pytest.mark.django_db
def test_chapter_page_has_contents_from_headings_and_neighbour_links(client):
    report = factories.ReportFactory(year=2021, slug="r")
    first = factories.ChapterFactory(report=report, order=1, slug="one")
    second = factories.ChapterFactory(report=report, order=2, slug="two")
    third = factories.ChapterFactory(report=report, order=3, slug="three")
    html = client.get(second.get_absolute_url().replace("/ar/", "/fr/")).content.decode()
    assert '<h2 id="s1">Première partie</h2>' in html
    assert '<a href="#s2">Deuxième partie</a>' in html
    assert f'rel="prev" href="/fr/reports/2021/r/{first.slug}/"' in html
    assert f'rel="next" href="/fr/reports/2021/r/{third.slug}/"' in html


@pytest.mark.django_db
def test_cooperation_chapter_breadcrumb_goes_through_the_partners_page(client):
    factories.PageFactory.create_every_key()
    report = factories.ReportFactory(year=2021, slug="annual-report-2021")
    chapter = factories.ChapterFactory(report=report, international_cooperation=True, title_ar="علاقات التعاون")
    html = client.get(chapter.get_absolute_url()).content.decode()
    crumbs = html[html.index('class="breadcrumb"') : html.index("</nav>", html.index('class="breadcrumb"'))]
    assert "أنتم هنا :" in crumbs
    order = [
        crumbs.index(t)
        for t in ("الرئيسية", "التعاون والعلاقات الخارجية", "الشركاء على المستوى الدولي", "علاقات التعاون")
    ]
    assert order == sorted(order)


@pytest.mark.django_db
def test_unpublished_chapter_and_report_are_invisible_to_visitors_and_previewed_by_staff(client, staff_client):
    report = factories.ReportFactory(slug="r")
    draft = factories.ChapterFactory(report=report, slug="draft", status=Chapter.Status.DRAFT)
    scheduled = factories.ChapterFactory(
        report=report, slug="later", publish_at=timezone.now() + timezone.timedelta(days=2)
    )
    hidden_report = factories.ReportFactory(slug="hidden", status=Report.Status.DRAFT)
    public_in_hidden = factories.ChapterFactory(report=hidden_report, slug="c")
    for obj in (draft, scheduled, hidden_report, public_in_hidden):
        assert client.get(obj.get_absolute_url()).status_code == 404
        response = staff_client.get(obj.get_absolute_url())
        assert response.status_code == 200
        assert "no-cache" in response["Cache-Control"]
    listing = client.get("/ar/reports/").context["reports"]
    assert hidden_report not in listing


@pytest.mark.django_db
@pytest.mark.parametrize("count", [2, 200])
def test_partners_a_chapter_names_are_linked_from_their_part_and_link_back(
    client, django_assert_max_num_queries, count
):
    from partners.models import Partner
    from reports.models import PartnerMention

    report = factories.ReportFactory(year=2021, slug="annual-report-2021")
    chapter = factories.ChapterFactory(report=report, slug="cooperation")
    named = factories.PartnerFactory(slug="annhri", name_fr="Réseau arabe")
    hidden = factories.PartnerFactory(slug="hidden", name_fr="Brouillon", status=Partner.Status.DRAFT)
    PartnerMention.objects.create(chapter=chapter, part=2, partner=named)
    PartnerMention.objects.create(chapter=chapter, part=2, partner=hidden)
    factories.ActivityFactory(partners=[named], chapter=chapter, chapter_part=5)  # told of again later in the chapter
    factories.ActivityFactory(
        partners=[factories.PartnerFactory(slug="ohchr", name_fr="HCDH")], chapter=chapter, chapter_part=1
    )
    for n in range(count - 2):
        PartnerMention.objects.create(chapter=chapter, part=1, partner=factories.PartnerFactory(slug=f"bulk-{n}"))

    with django_assert_max_num_queries(10):
        html = client.get("/fr/reports/2021/annual-report-2021/cooperation/").content.decode()
    second_part = html[html.index('id="s2"') :]
    assert '<a href="/fr/partners/annhri/">Réseau arabe</a>' in second_part
    assert "/fr/partners/ohchr/" in html[html.index('id="s1"') : html.index('id="s2"')]
    assert "/partners/hidden/" not in html

    page = client.get("/fr/partners/annhri/").content.decode()
    assert 'href="/fr/reports/2021/annual-report-2021/cooperation/#s2"' in page
