"""Hostile HTML stored around save() can never run: not on a page, in a feed, an export or a mail.

Every text and link field of every public model is filled with hostile
markup, once through ``loaddata`` and once through ``QuerySet.update``, both of
which skip ``save()`` and its sanitiser; then every page, feed, export and a
newsletter mail is parsed for anything a browser, a feed reader or a mail
client would run.
"""

import csv
import io
import json
import xml.etree.ElementTree as ET  # noqa: S405 - our own feeds

import pytest
from django.core import serializers
from django.core.management import call_command
from django.utils import timezone

from cndh.models import Page
from news.models import NewsItem
from news.newsletter import services
from news.newsletter.models import Edition
from partners.models import Agreement, Partner, Role
from partners.treaties.models import ReportingCycle, Treaty
from reports.models import Activity, Chapter, Report
from tests import factories
from tests.helpers import LANGUAGES, sitemap_paths
from tests.hostile import hostile_values, runnable_markup

pytestmark = pytest.mark.django_db

PUBLIC_MODELS = [Page, Partner, Role, Agreement, Treaty, ReportingCycle, Report, Chapter, Activity, NewsItem, Edition]


def build_site() -> dict:
    """One public object of each model, linked as the pages show them, with harmless text."""
    factories.PageFactory.create_every_key()
    partner = factories.PartnerFactory(slug="hostile-partner", country="CH", website="https://www.un.org")
    Role.objects.create(partner=partner, title_fr="Membre", start="2019")
    factories.AgreementFactory(partners=[partner], signed_on="2020-01")
    body = factories.TreatyBodyFactory()
    treaty = factories.TreatyFactory(body=body, slug="hostile-treaty")
    factories.ReportingCycleFactory(treaty=treaty, due_date="2030", review_session="1", follow_up_fr="<p>x</p>")
    report = factories.ReportFactory(slug="hostile-report")
    chapter = factories.ChapterFactory(report=report, slug="hostile-chapter")
    factories.ActivityFactory(partners=[partner], chapter=chapter, chapter_part=1)
    item = factories.NewsItemFactory(slug="hostile-news", partners=[partner], report=report)
    now = timezone.now()
    edition = factories.EditionFactory(items=[item])
    Edition.objects.filter(pk=edition.pk).update(
        status=Edition.Status.PUBLISHED,
        publish_at=now,
        prepared_at=now,
        completed_at=now,
        sent_languages=",ar,zgh,fr,en,",
    )
    return {"partner": partner, "treaty": treaty, "report": report, "chapter": chapter, "item": item}


def write_hostile_with_update():
    for model in PUBLIC_MODELS:
        model.objects.update(**hostile_values(model))


def write_hostile_with_loaddata(tmp_path):
    """Dump the objects, put hostile text in every field of the dump, load it back (raw: no save())."""
    objects = [obj for model in PUBLIC_MODELS for obj in model.objects.all()]
    dumped = json.loads(serializers.serialize("json", objects))
    for entry, obj in zip(dumped, objects, strict=True):
        entry["fields"].update(hostile_values(type(obj)))
    fixture = tmp_path / "hostile.json"
    fixture.write_text(json.dumps(dumped), encoding="utf-8")
    call_command("loaddata", str(fixture), verbosity=0)


@pytest.fixture(params=["loaddata", "update"])
def hostile_site(request, tmp_path):
    site = build_site()
    if request.param == "loaddata":
        write_hostile_with_loaddata(tmp_path)
    else:
        write_hostile_with_update()
    assert "<script>" in Partner.objects.values_list("name_fr", flat=True).get(slug="hostile-partner")
    # The rich text went in raw too: what is read back is clean, what is stored is not.
    raw = NewsItem.objects.extra(select={"raw": "body_fr"}).values_list("raw", flat=True).get()  # noqa: S610
    assert "<script>" in raw
    return site


def pages(client, site) -> list[str]:
    paths = sitemap_paths(client)
    for code in LANGUAGES:
        paths += [
            f"/{code}/",
            f"/{code}/news/",
            f"/{code}/news/?q=alert",
            f"/{code}/reports/",
            f"/{code}/treaties/",
            f"/{code}/cooperation/international-partners/",
            site["partner"].get_absolute_url().replace("/ar/", f"/{code}/", 1),
            f"/{code}/newsletter/",
            f"/{code}/newsletter/archive/",
        ]
    return sorted(set(paths))


def test_no_page_runs_hostile_content(client, hostile_site):
    paths = pages(client, hostile_site)
    edition = Edition.objects.get()
    paths += [f"/{code}/newsletter/archive/{edition.pk}/" for code in LANGUAGES]
    assert any("/news/20" in path for path in paths) and any("hostile-chapter" in path for path in paths)
    shown = 0
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert runnable_markup(html) == [], path
        assert "WSGIRequest" not in html, path
        shown += "alert(" in html  # the hostile text is there, as text
    assert shown >= len(LANGUAGES) * 5


def feed_html(xml: bytes) -> list[str]:
    """The parts of a feed a reader shows as HTML: RSS descriptions, Atom content of type html."""
    root = ET.fromstring(xml)  # noqa: S314
    parts = [element.text or "" for element in root.iter("description")]
    for element in root.iter():
        if element.get("type") in ("html", "xhtml") or element.tag.endswith("}content"):
            parts.append(element.text or "")
    return parts


def test_no_feed_runs_hostile_content(client, hostile_site):
    partner = hostile_site["partner"].slug
    for code in LANGUAGES:
        for kind in ("rss", "atom"):
            for path in (
                f"/{code}/news/feed/{kind}/",
                f"/{code}/news/feed/{kind}/kind/news/",
                f"/{code}/news/feed/{kind}/partner/{partner}/",
            ):
                response = client.get(path)
                assert response.status_code == 200, path
                parts = feed_html(response.content)
                assert parts, path
                for part in parts:
                    assert runnable_markup(part) == [], (path, part)


def test_exports_carry_hostile_text_as_data_never_as_a_page(client, hostile_site):
    for code in LANGUAGES:
        names = [f"partners/data/{name}" for name in ("partners", "roles", "agreements")]
        names += [f"treaties/export/{name}" for name in ("ratifications", "cycles")]
        for path in [f"/{code}/{name}.{fmt}" for name in names for fmt in ("csv", "json")]:
            response = client.get(path)
            assert response.status_code == 200, path
            content_type = response["Content-Type"]
            assert content_type.startswith(("text/csv", "application/json")), (path, content_type)
            assert response["X-Content-Type-Options"] == "nosniff"
            body = response.content.decode("utf-8-sig")
            rows = json.loads(body)["items"] if path.endswith(".json") else list(csv.DictReader(io.StringIO(body)))
            assert rows, path
            for row in rows:
                for key in ("website", "list_of_issues_url", "observations_url"):
                    assert not row.get(key), (path, key, row.get(key))
        calendar = client.get(f"/{code}/treaties/calendar.ics")
        assert calendar["Content-Type"].startswith("text/calendar")


def test_a_newsletter_mail_runs_no_hostile_content(hostile_site):
    edition = Edition.objects.get()
    subscriber = factories.SubscriberFactory(language="fr")
    for code in LANGUAGES:
        rendered = services.edition_render(edition=edition, language=code)
        message = services.edition_message(rendered=rendered, subscriber=subscriber, message_id="<m@example.org>")
        [(html, mime)] = message.alternatives
        assert mime == "text/html"
        assert runnable_markup(html) == [], code
        assert "alert(" in html or code != "fr"
        assert "WSGIRequest" not in message.body
