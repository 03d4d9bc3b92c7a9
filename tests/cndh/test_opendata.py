"""The one open-data writer: what every CSV and JSON file promises, whichever app made it."""

import csv
import datetime
import io
import json

import pytest
from django.utils import translation
from django.utils.cache import get_max_age

from cndh import opendata
from cndh.partialdate import PartialDate

COLUMNS = ("slug", "name", "year", "partners", "signed_on")
HOSTILE_STARTS = ["=", "+", "-", "@", "\t", "\r", " =", "\u00a0 +", "\uff1d", "\uff0b", "\uff0d", "\uff20"]


def rows(**override):
    return [{"slug": "ganhri", "name": "التحالف العالمي", "year": 1993, "partners": [], "signed_on": "", **override}]


def parse_csv(response) -> list[dict]:
    assert response.content.startswith(b"\xef\xbb\xbf")
    reader = csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"), newline=""))
    records = list(reader)
    assert reader.fieldnames == list(COLUMNS)
    return records


def export(fmt, data):
    return opendata.opendata_response(dataset="test", fmt=fmt, columns=COLUMNS, rows=data)


@pytest.fixture(autouse=True)
def fixed_day(settings):
    settings.CNDH_TODAY = "2021-12-31"


@pytest.mark.parametrize("start", HOSTILE_STARTS, ids=repr)
def test_a_cell_that_starts_like_a_formula_is_shown_not_run(start):
    formula = f'{start}HYPERLINK("http://evil.example","x")'
    [record] = parse_csv(export("csv", rows(name=formula, partners=[formula, "ok"])))
    assert record["name"] == f"'{formula}"
    assert record["partners"] == f"'{formula}; ok"
    # JSON is read by programs, not spreadsheets: its text stays as written.
    assert json.loads(export("json", rows(name=formula)).content)["items"][0]["name"] == formula


def test_a_formula_hidden_behind_a_control_character_is_still_caught():
    [record] = parse_csv(export("csv", rows(name="\x0b=1+1")))
    assert record["name"] == "'=1+1"


def test_text_that_only_holds_a_sign_inside_is_left_alone():
    [record] = parse_csv(export("csv", rows(name="CAT: 2021-12 = due", partners=["a - b"])))
    assert (record["name"], record["partners"]) == ("CAT: 2021-12 = due", "a - b")


def test_booleans_read_the_same_in_csv_and_json():
    [record] = parse_csv(export("csv", rows(name=True, partners=[False])))
    assert (record["name"], record["partners"]) == ("true", "false")


def test_numbers_stay_numbers_and_dates_read_as_iso():
    data = rows(year=-3, signed_on=PartialDate.parse("2019-12"), partners=[datetime.date(2020, 1, 2)])
    [record] = parse_csv(export("csv", data))
    assert (record["year"], record["signed_on"], record["partners"]) == ("-3", "2019-12", "2020-01-02")
    [item] = json.loads(export("json", data).content)["items"]
    assert (item["year"], item["signed_on"], item["partners"]) == (-3, "2019-12", ["2020-01-02"])


def test_control_characters_never_reach_either_file_but_line_breaks_do():
    data = rows(name="Bad\x00\x0bname\x1f\x7f\x85 here\nsecond line", partners=["a\x0c", "b\ufffe"])
    for fmt in opendata.FORMATS:
        text = export(fmt, data).content.decode("utf-8")
        assert not any(ch in text for ch in "\x00\x0b\x0c\x1f\x7f\x85\ufffe")
    [record] = parse_csv(export("csv", data))
    assert record["name"] == "Badname here\nsecond line"
    [item] = json.loads(export("json", data).content)["items"]
    assert item["name"] == "Badname here\nsecond line" and item["partners"] == ["a", "b"]


def test_csv_is_utf8_with_a_byte_order_mark_and_keeps_arabic():
    response = export("csv", rows())
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    [record] = parse_csv(response)
    assert record == {"slug": "ganhri", "name": "التحالف العالمي", "year": "1993", "partners": "", "signed_on": ""}


def test_an_empty_csv_still_has_its_header():
    assert parse_csv(export("csv", [])) == []


def test_json_has_the_one_envelope_with_the_columns_in_order():
    with translation.override("zgh"):
        response = export("json", rows() * 2)
    assert response["Content-Type"] == "application/json; charset=utf-8"
    data = json.loads(response.content)
    assert tuple(data) == opendata.ENVELOPE_KEYS
    assert (data["dataset"], data["language"], data["as_of"], data["count"]) == ("test", "zgh", "2021-12-31", 2)
    assert [list(item) for item in data["items"]] == [list(COLUMNS)] * 2
    assert data["items"][0]["name"] == "التحالف العالمي"


@pytest.mark.parametrize(("fmt", "disposition"), [("csv", "attachment"), ("json", "inline")])
def test_public_files_share_their_headers(fmt, disposition):
    with translation.override("fr"):
        response = export(fmt, rows())
    assert response["Content-Disposition"] == f'{disposition}; filename="cndh-test-fr-2021-12-31.{fmt}"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "public" in response["Cache-Control"]
    assert get_max_age(response) == opendata.PUBLIC_MAX_AGE
    assert not response.has_header("Last-Modified")


def test_private_csv_is_never_stored_by_a_cache_nor_shared_across_origins():
    response = opendata.private_csv_response("subscribers.csv")
    opendata.write_csv(response, COLUMNS, rows(name="=cmd"))
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= directives and "public" not in directives
    assert not response.has_header("Access-Control-Allow-Origin")
    assert response["Content-Disposition"] == 'attachment; filename="subscribers.csv"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert parse_csv(response)[0]["name"] == "'=cmd"


def test_an_unknown_format_is_refused():
    with pytest.raises(ValueError):
        export("xml", rows())


PUBLIC_EXPORTS = [
    *[f"/{{lang}}/partners/data/{dataset}.{{fmt}}" for dataset in ("partners", "roles", "agreements")],
    *[f"/{{lang}}/treaties/export/{dataset}.{{fmt}}" for dataset in ("ratifications", "cycles")],
]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["ar", "zgh", "fr", "en"])
def test_every_public_export_has_the_same_envelope_and_headers(client, lang):
    from partners.models import Role
    from tests import factories

    partner = factories.PartnerFactory(name_ar="\x0b=التحالف")
    Role.objects.create(partner=partner, title_ar="عضو", start="2021")
    factories.AgreementFactory(partners=[partner])
    factories.ReportingCycleFactory(treaty=factories.TreatyFactory(name_ar="@اتفاقية"))
    headers = set()
    for pattern in PUBLIC_EXPORTS:
        for fmt in opendata.FORMATS:
            response = client.get(pattern.format(lang=lang, fmt=fmt))
            assert response.status_code == 200
            headers.add(
                (response["Cache-Control"], response["Access-Control-Allow-Origin"], response["X-Content-Type-Options"])
            )
            assert not response.has_header("Last-Modified")
            body = response.content.decode("utf-8")
            assert "\x0b" not in body
            if fmt == "json":
                data = json.loads(body)
                assert tuple(data) == opendata.ENVELOPE_KEYS and data["language"] == lang
                assert data["count"] == len(data["items"]) == 1
            else:
                assert response.content.startswith(b"\xef\xbb\xbf")
                [record] = list(csv.DictReader(io.StringIO(body.removeprefix("\ufeff"), newline="")))
                assert not any(value.startswith(("=", "+", "-", "@")) for value in record.values())
    assert headers == {(f"public, max-age={opendata.PUBLIC_MAX_AGE}", "*", "nosniff")}
