"""The treaties table, a treaty's page, the overdue list, the calendar and the exports."""

import csv
import datetime
import io
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from partners.treaties.models import ReportingCycle, Treaty
from partners.treaties.views import EXPORT_COLUMNS
from tests import factories
from tests.helpers import DIRECTIONS, LANGUAGES, html_lang_dir, sitemap_documents

END_2021 = "2021-12-31"


@pytest.fixture
def end_of_2021(settings):
    settings.CNDH_TODAY = END_2021


def summary_numbers(html: str) -> tuple[int, int, int]:
    # Inserted numbers are isolated (<bdi>); the sentence is read without its tags.
    parties_text = re.sub(r"<[^>]+>", "", re.search(r'data-summary="parties">(.*?)</li>', html).group(1))
    overdue_text = re.search(r'data-summary="overdue">([^<]*)<', html).group(1)
    parties, total = (int(n) for n in re.findall(r"\d+", parties_text))
    (overdue,) = (int(n) for n in re.findall(r"\d+", overdue_text))
    return parties, total, overdue


@pytest.mark.parametrize("today", ["2021-12-31", "2022-04-22", "2026-11-29"])
def test_summary_counts_match_the_rows(client, demo, settings, today):
    settings.CNDH_TODAY = today
    html = client.get("/fr/treaties/").content.decode()
    parties, total, overdue = summary_numbers(html)
    rows = re.findall(r'<tr data-treaty="[^"]+" data-status="([^"]+)"', html)
    assert total == len(rows) == 18
    assert parties == rows.count("party")
    assert overdue == html.count('class="state state--overdue"') == 1


def test_summary_at_the_end_of_2021_says_thirteen_of_eighteen(client, demo, end_of_2021):
    html = client.get("/en/treaties/").content.decode()
    assert summary_numbers(html) == (13, 18, 1)
    assert "<bdi>13</bdi> of 18 instruments ratified or acceded to" in html
    assert '<time datetime="2021-12-31">' in html
    # The overdue report names its deadline as the committee set it, and how late it is.
    assert "due <bdi>November 2015</bdi>, overdue for <bdi>6 years</bdi>" in html


def test_a_filtered_table_keeps_the_summary_of_all_instruments(client, demo, end_of_2021):
    response = client.get("/fr/treaties/?kind=protocol")
    assert summary_numbers(response.content.decode())[:2] == (13, 18)
    assert {row.treaty.is_protocol for row in response.context["rows"]} == {True}
    assert len(response.context["rows"]) == 9


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=core", {"ICERD", "ICCPR", "ICESCR", "CEDAW", "CAT", "CRC", "ICRMW", "ICPPED", "CRPD"}),
        ("status=signatory", set()),
        ("status=no-action", {"OP1-ICCPR", "OP2-ICCPR", "OP-ICESCR", "OP-CEDAW", "OPIC"}),
        ("reporting=overdue", {"CAT"}),
        ("reporting=submitted", {"ICERD", "ICPPED"}),
        ("kind=protocol&status=party", {"OPCAT", "OPAC", "OPSC", "OP-CRPD"}),
    ],
)
def test_filters_narrow_the_table(client, demo, end_of_2021, query, expected):
    rows = client.get(f"/fr/treaties/?{query}").context["rows"]
    assert {row.treaty.acronym for row in rows} == expected


@pytest.mark.parametrize(
    "query",
    [
        "kind=xx",
        "status=%00",
        "reporting=1e9",
        "kind[]=core",
        "status=party&status=signatory",
        "page=-1",
        "kind=%E2%80%AE",
    ],
)
def test_bad_filters_give_a_clean_page(client, demo, query):
    response = client.get(f"/fr/treaties/?{query}")
    assert response.status_code == 200


def test_invalid_filter_is_explained_and_ignored(client, demo):
    response = client.get("/fr/treaties/?kind=xx")
    assert "Sélectionnez un choix valide" in response.content.decode()
    assert len(response.context["rows"]) == 18


def test_a_draft_treaty_is_hidden_from_visitors_and_previewed_by_staff(client, staff_client, db):
    factories.TreatyFactory(slug="draft-one", status=Treaty.Status.DRAFT)
    assert client.get("/fr/treaties/draft-one/").status_code == 404
    assert "draft-one" not in client.get("/fr/treaties/").content.decode()
    response = staff_client.get("/fr/treaties/draft-one/")
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]


def test_treaty_page_shows_protocols_timeline_and_parallel_reports(client, demo, end_of_2021):
    html = client.get("/en/treaties/cat/").content.decode()
    assert "/en/treaties/opcat/" in html
    assert "Fifth periodic report" in html
    assert "Overdue for <bdi>6 years</bdi>" in html and "November 2015" in html
    html = client.get("/en/treaties/icrmw/").content.decode()
    assert "Simplified procedure" in html
    assert "Parallel report to the Committee on Migrant Workers (list of issues)" in html
    html = client.get("/en/treaties/opcat/").content.decode()
    assert "Visit held" in html and "October 2017" in html


def test_unknown_dates_read_as_not_known(client, demo):
    html = client.get("/fr/treaties/icerd/").content.decode()
    assert "Ratification ou adhésion" in html
    assert "date inconnue" in html


def test_arabic_treaty_page_uses_moroccan_month_names(client, demo, end_of_2021):
    html = client.get("/ar/treaties/cat/").content.decode()
    assert "نونبر 2015" in html and "November" not in html
    assert "يونيو 1993" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_treaty_pages_answer_in_every_language_with_one_h1(client, demo, language):
    for path in ["/treaties/", "/treaties/cat/", "/treaties/op-crpd/", "/", "/cooperation/"]:
        response = client.get(f"/{language}{path}")
        assert response.status_code == 200, path
        html = response.content.decode()
        assert html_lang_dir(html) == (language, DIRECTIONS[language])
        assert html.count("<h1") == 1, path


def test_table_scrolls_in_its_own_labelled_box(client, demo):
    html = client.get("/fr/treaties/").content.decode()
    assert re.search(r'<div class="table-scroll" tabindex="0" role="region" aria-label="[^"]+">\s*<table', html)


@pytest.mark.parametrize("path", ["/fr/", "/fr/cooperation/"])
def test_home_and_cooperation_list_overdue_reports(client, demo, end_of_2021, path):
    html = client.get(path).content.decode()
    assert "Cinquième rapport périodique" in html
    assert "/fr/treaties/cat/#cycle-" in html


def test_home_says_when_nothing_is_overdue(client, db):
    factories.PageFactory.create_every_key()
    factories.ReportingCycleFactory(treaty=factories.TreatyFactory(), due_date="2030-01")
    html = client.get("/en/").content.decode()
    assert "No report is overdue." in html


def test_sitemap_lists_the_treaties_pages(client, demo):
    xml = "".join(body.decode() for _path, body in sitemap_documents(client))
    for language in LANGUAGES:
        assert f"http://testserver/{language}/treaties/" in xml
        assert f"http://testserver/{language}/treaties/opcat/" in xml


def test_main_navigation_links_to_the_treaties(client, demo):
    html = client.get("/fr/reports/").content.decode()
    nav = html.split('class="main-nav"')[1].split("</nav>")[0]
    assert 'href="/fr/treaties/"' in nav


# Query budgets


def many_treaties(count: int) -> Treaty:
    """``count`` published instruments, half protocols, each with three cycles; returns one with protocols."""
    body = factories.TreatyBodyFactory()
    published = {"status": Treaty.Status.PUBLISHED, "publish_at": timezone.now() - timezone.timedelta(days=1)}
    parent = factories.TreatyFactory(slug="parent", body=body)
    Treaty.objects.bulk_create(
        Treaty(
            acronym=f"B{i}",
            slug=f"b{i}",
            name_ar=f"صك {i}",
            name_fr=f"Instrument {i}",
            adoption_year=1966 + i % 50,
            order=i,
            parent=parent if i % 2 else None,
            body=body,
            consent_kind="ratification" if i % 3 else "",
            consent_date="2001-01-01" if i % 3 else "",
            **published,
        )
        for i in range(count - 1)
    )
    ReportingCycle.objects.bulk_create(
        ReportingCycle(treaty=t, order=n, label_ar=f"تقرير {n}", due_date=due, **published)
        for t in Treaty.objects.all()
        for n, due in enumerate(["2015-11", "2019", "2030-06-30"])
    )
    report = factories.ReportFactory(kind="parallel")
    report.reporting_cycle = parent.cycles.first()
    report.save()
    return parent


@pytest.mark.django_db
@pytest.mark.parametrize("count", [18, 200])
def test_treaties_table_stays_within_ten_queries(client, django_assert_max_num_queries, count, settings):
    settings.CNDH_TODAY = END_2021
    many_treaties(count)
    with django_assert_max_num_queries(10):
        response = client.get("/fr/treaties/?kind=protocol&status=party&reporting=overdue")
    assert response.status_code == 200
    with django_assert_max_num_queries(10):
        response = client.get("/fr/treaties/")
    assert len(response.context["rows"]) == count


@pytest.mark.django_db
@pytest.mark.parametrize("count", [18, 200])
def test_treaty_page_stays_within_ten_queries(client, django_assert_max_num_queries, count):
    parent = many_treaties(count)
    with django_assert_max_num_queries(10):
        response = client.get(f"/ar/treaties/{parent.slug}/")
    assert response.status_code == 200
    assert len(response.context["protocols"]) == (count - 1) // 2


@pytest.mark.django_db
@pytest.mark.parametrize("count", [18, 200])
def test_home_stays_within_ten_queries(client, django_assert_max_num_queries, count):
    factories.PageFactory.create_every_key()
    many_treaties(count)
    with django_assert_max_num_queries(10):
        response = client.get("/fr/")
    assert response.status_code == 200


# The calendar


def test_calendar_parses_and_holds_only_future_events(client, db, settings):
    from icalendar import Calendar

    settings.CNDH_TODAY = "2021-12-31"
    treaty = factories.TreatyFactory(acronym="CAT", slug="cat")
    factories.ReportingCycleFactory(treaty=treaty, label_en="Fifth", due_date="2015-11")  # overdue: past
    factories.ReportingCycleFactory(treaty=treaty, label_en="Sixth", due_date="2022-03")  # coming deadline
    factories.ReportingCycleFactory(
        treaty=treaty, label_en="Fourth", submitted_date="2021-01-05", review_date="2022-11-08"
    )
    factories.ReportingCycleFactory(treaty=treaty, label_en="Third", review_date="2021-05-10")  # past review
    factories.ReportingCycleFactory(treaty=treaty, label_en="Draft", due_date="2023-01", status="draft")
    response = client.get("/en/treaties/calendar.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    starts = sorted(event.decoded("dtstart") for event in events)
    assert starts == [datetime.date(2022, 3, 31), datetime.date(2022, 11, 8)]
    assert all(start >= datetime.date(2021, 12, 31) for start in starts)
    summaries = {str(event["summary"]) for event in events}
    assert summaries == {"CAT: Sixth due", "CAT: review of the Fourth"}
    assert len({str(event["uid"]) for event in events}) == 2


def test_calendar_text_carries_no_control_character(client, db, settings):
    from icalendar import Calendar

    settings.CNDH_TODAY = "2021-12-31"
    treaty = factories.TreatyFactory(acronym="CAT", slug="cat")
    factories.ReportingCycleFactory(
        treaty=treaty, label_en="Sixth\x0b report", due_date="2022-03", review_session="Geneva\x1b\x7f, 73rd"
    )
    response = client.get("/en/treaties/calendar.ics")
    assert not any(byte < 0x20 and byte not in b"\r\n" for byte in response.content)
    [event] = Calendar.from_ical(response.content).walk("VEVENT")
    assert (str(event["summary"]), str(event["location"])) == ("CAT: Sixth report due", "Geneva, 73rd")


def test_calendar_of_the_demo_parses_in_arabic(client, demo):
    from icalendar import Calendar

    response = client.get("/ar/treaties/calendar.ics")
    assert response.status_code == 200
    Calendar.from_ical(response.content)


# Exports


@pytest.mark.parametrize("dataset", ["ratifications", "cycles"])
def test_csv_exports_parse_with_the_documented_columns(client, demo, end_of_2021, dataset):
    response = client.get(f"/fr/treaties/export/{dataset}.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert list(rows[0]) == EXPORT_COLUMNS[dataset]
    assert len(rows) == (18 if dataset == "ratifications" else 6)


@pytest.mark.parametrize("dataset", ["ratifications", "cycles"])
def test_json_exports_parse_and_agree_with_the_csv(client, demo, end_of_2021, dataset):
    data = json.loads(client.get(f"/ar/treaties/export/{dataset}.json").content)
    assert list(data) == ["dataset", "language", "as_of", "count", "items"]
    assert data["dataset"] == f"treaty-{dataset}"
    assert data["as_of"] == END_2021
    assert data["language"] == "ar"
    assert data["count"] == len(data["items"]) == (18 if dataset == "ratifications" else 6)
    assert [list(row) for row in data["items"]] == [EXPORT_COLUMNS[dataset]] * len(data["items"])
    text = client.get(f"/ar/treaties/export/{dataset}.csv").content.decode("utf-8-sig")
    assert len(list(csv.DictReader(io.StringIO(text)))) == len(data["items"])


def test_exports_carry_the_facts(client, demo, end_of_2021):
    ratifications = json.loads(client.get("/en/treaties/export/ratifications.json").content)["items"]
    iccpr = next(row for row in ratifications if row["acronym"] == "ICCPR")
    assert iccpr["consent_date"] == "1979-05-03"
    assert iccpr["morocco_status"] == "party"
    icerd = next(row for row in ratifications if row["acronym"] == "ICERD")
    assert icerd["consent_date"] == ""
    cycles = json.loads(client.get("/en/treaties/export/cycles.json").content)["items"]
    cat = next(row for row in cycles if row["subject"] == "CAT")
    assert (cat["due_date"], cat["state"], cat["overdue_since"]) == ("2015-11", "overdue", "2015-12-01")


# The headers README.md documents; a change here is a change to the published format.
DOCUMENTED_COLUMNS = {
    "ratifications": "acronym name instrument protocol_to adoption_year treaty_body morocco_status signature_date "
    "consent_kind consent_date individual_complaints inquiry_procedure url",
    "cycles": "id subject treaty body kind label procedure due_date report_received submitted_date "
    "list_of_issues_date list_of_issues_url review_session review_date observations_date observations_url state "
    "overdue_since url",
}


def csv_records(response) -> tuple[list[str], list[dict]]:
    assert response.content.startswith(b"\xef\xbb\xbf")
    reader = csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"), newline=""))
    return reader.fieldnames, list(reader)


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_formula_cells_are_neutralised_in_the_treaty_csv_files(client, db, end_of_2021, start):
    formula = f"{start}SUM(A1:A9)"  # short enough for an acronym
    treaty = factories.TreatyFactory(acronym=formula, name_en=formula)
    factories.ReportingCycleFactory(treaty=treaty, label_en=formula, review_session=formula)
    guarded = f"'{formula}"
    header, [row] = csv_records(client.get("/en/treaties/export/ratifications.csv"))
    assert header == DOCUMENTED_COLUMNS["ratifications"].split()
    assert (row["acronym"], row["name"]) == (guarded, guarded)
    header, [cycle] = csv_records(client.get("/en/treaties/export/cycles.csv"))
    assert header == DOCUMENTED_COLUMNS["cycles"].split()
    assert (cycle["subject"], cycle["treaty"], cycle["label"], cycle["review_session"]) == (guarded,) * 4
    # A number from the database is not text a visitor typed: it stays a number.
    assert row["adoption_year"] == "1966" and cycle["report_received"] == "false"
    assert client.get("/en/treaties/export/ratifications.json").json()["items"][0]["name"] == formula


def test_control_characters_reach_no_treaty_file(client, db, end_of_2021):
    # PostgreSQL refuses NUL in text, so no stored value can carry one; the writer's own tests cover it.
    treaty = factories.TreatyFactory(acronym="CAT\x0b", name_en="Convention\x01 against\x1f torture")
    factories.ReportingCycleFactory(treaty=treaty, label_en="Fifth\x0c report", review_session="\x7fsession")
    for dataset in DOCUMENTED_COLUMNS:
        for fmt in ("csv", "json"):
            text = client.get(f"/en/treaties/export/{dataset}.{fmt}").content.decode("utf-8")
            assert not any(ch in text for ch in "\x01\x0b\x0c\x1f\x7f"), (dataset, fmt)
    [item] = client.get("/en/treaties/export/ratifications.json").json()["items"]
    assert (item["acronym"], item["name"], item["adoption_year"]) == ("CAT", "Convention against torture", 1966)


@pytest.mark.parametrize("dataset", list(DOCUMENTED_COLUMNS))
def test_treaty_files_are_named_and_cached_like_every_open_data_file(client, db, end_of_2021, dataset):
    factories.ReportingCycleFactory(treaty=factories.TreatyFactory())
    csv_file = client.get(f"/fr/treaties/export/{dataset}.csv")
    json_file = client.get(f"/fr/treaties/export/{dataset}.json")
    assert csv_file["Content-Disposition"] == f'attachment; filename="cndh-treaty-{dataset}-fr-{END_2021}.csv"'
    assert json_file["Content-Disposition"] == f'inline; filename="cndh-treaty-{dataset}-fr-{END_2021}.json"'
    assert json_file["Content-Type"] == "application/json; charset=utf-8"
    for response in (csv_file, json_file):
        assert response["Cache-Control"] == "public, max-age=600"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert not response.has_header("Last-Modified")


@pytest.mark.parametrize("path", ["export/other.csv", "export/cycles.xml", "export/cycles.json.csv"])
def test_unknown_exports_are_404(client, db, path):
    assert client.get(f"/fr/treaties/{path}").status_code == 404


# Admin


def test_admin_lists_treaties_with_an_overdue_warning_and_filters_by_computed_status(admin_client, demo, settings):
    settings.CNDH_TODAY = END_2021
    response = admin_client.get(reverse("admin:treaties_treaty_changelist"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="overdue-warning"' in html
    response = admin_client.get(f"{reverse('admin:treaties_treaty_changelist')}?morocco_status=no-action")
    assert {t.acronym for t in response.context["cl"].result_list} == {
        "OP1-ICCPR",
        "OP2-ICCPR",
        "OP-ICESCR",
        "OP-CEDAW",
        "OPIC",
    }


def test_admin_filters_cycles_by_computed_state(admin_client, demo, settings):
    settings.CNDH_TODAY = END_2021
    response = admin_client.get(f"{reverse('admin:treaties_reportingcycle_changelist')}?state=overdue")
    assert response.status_code == 200
    assert [str(c) for c in response.context["cl"].result_list] == ["CAT: التقرير الدوري الخامس"]
    assert 'class="overdue-warning"' in response.content.decode()


def test_admin_treaty_form_has_cycles_inline(admin_client, demo):
    cat = Treaty.objects.get(slug="cat")
    html = admin_client.get(reverse("admin:treaties_treaty_change", args=[cat.pk])).content.decode()
    assert 'id="cycles-group"' in html
    assert "overdue-warning" in html


def test_report_admin_links_a_parallel_report_to_its_cycle(admin_client, demo):
    from reports.models import Report

    report = Report.objects.get(slug="parallel-report-cmw-list-of-issues")
    html = admin_client.get(reverse("admin:reports_report_change", args=[report.pk])).content.decode()
    assert 'name="reporting_cycle"' in html
    response = admin_client.get(
        f"{reverse('admin:autocomplete')}?app_label=reports&model_name=report&field_name=reporting_cycle&term=ICRMW"
    )
    assert [item["id"] for item in response.json()["results"]] == [str(report.reporting_cycle_id)]
