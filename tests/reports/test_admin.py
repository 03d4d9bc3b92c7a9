import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cndh.pdf import simple_pdf
from reports.models import Report, ReportDocument
from tests import factories


def document_form(report, upload):
    return {
        "kind": "annual",
        "year": report.year,
        "slug": report.slug,
        "title_ar": report.title_ar,
        "status": "published",
        "publish_at_0": "2021-01-01",
        "publish_at_1": "00:00:00",
        "documents-TOTAL_FORMS": "1",
        "documents-INITIAL_FORMS": "0",
        "documents-MIN_NUM_FORMS": "0",
        "documents-MAX_NUM_FORMS": "1000",
        "documents-0-language": "fr",
        "documents-0-file": upload,
        "chapters-TOTAL_FORMS": "0",
        "chapters-INITIAL_FORMS": "0",
        "chapters-MIN_NUM_FORMS": "0",
        "chapters-MAX_NUM_FORMS": "1000",
    }


@pytest.mark.django_db
def test_admin_inputs_take_the_direction_of_their_language(admin_client):
    report = factories.ReportFactory()
    html = admin_client.get(reverse("admin:reports_report_change", args=[report.pk])).content.decode()
    assert 'name="title_ar"' in html
    for name, direction in (("title_ar", "rtl"), ("title_zgh", "ltr"), ("title_fr", "ltr"), ("title_en", "ltr")):
        tag = html[html.rindex("<", 0, html.index(f'name="{name}"')) :]
        tag = tag[: tag.index(">")]
        assert f'dir="{direction}"' in tag, name


@pytest.mark.django_db
def test_admin_ships_its_editor_and_tabs_without_third_party_hosts(admin_client):
    report = factories.ReportFactory()
    chapter = factories.ChapterFactory(report=report)
    html = admin_client.get(reverse("admin:reports_chapter_change", args=[chapter.pk])).content.decode()
    assert "django_prose_editor" in html
    assert "vendor/jquery-ui/jquery-ui.min.js" in html
    # Every address the page loads from is this site's (a CDN's name could be any host's, and a
    # random CSRF token may well spell "cdn"): every src and href value.
    addresses = re.findall(r'(?:src|href)="([^"]*)"', html)
    assert not [a for a in addresses if a.startswith(("http:", "https:", "//"))]
    assert "//ajax.googleapis.com" not in html and "cdn." not in html.lower()


@pytest.mark.django_db
def test_fake_pdf_upload_is_refused_with_a_clear_message(admin_client):
    report = factories.ReportFactory()
    fake = SimpleUploadedFile("report.pdf", b"<html>not a pdf</html>", content_type="application/pdf")
    response = admin_client.post(
        reverse("admin:reports_report_change", args=[report.pk]),
        document_form(report, fake),
        headers={"accept-language": "fr"},
    )
    assert response.status_code == 200
    assert "Ce fichier n’est pas un document PDF." in response.content.decode()
    assert not ReportDocument.objects.exists()


@pytest.mark.django_db
def test_oversize_upload_is_refused_with_a_clear_message(admin_client, settings):
    settings.DOCUMENT_MAX_BYTES = 1000
    report = factories.ReportFactory()
    big = SimpleUploadedFile("report.pdf", simple_pdf("Big", 40), content_type="application/pdf")
    response = admin_client.post(
        reverse("admin:reports_report_change", args=[report.pk]),
        document_form(report, big),
        headers={"accept-language": "en"},
    )
    assert "the largest accepted is 1000" in response.content.decode()
    assert not ReportDocument.objects.exists()


@pytest.mark.django_db
def test_real_pdf_upload_records_size_and_pages(admin_client):
    report = factories.ReportFactory()
    pdf = simple_pdf("Rapport", 7)
    upload = SimpleUploadedFile("rapport.pdf", pdf, content_type="application/pdf")
    response = admin_client.post(
        reverse("admin:reports_report_change", args=[report.pk]), document_form(report, upload)
    )
    assert response.status_code == 302
    document = ReportDocument.objects.get()
    assert (document.size, document.pages) == (len(pdf), 7)


@pytest.mark.django_db
def test_fake_image_cover_is_refused(admin_client):
    report = factories.ReportFactory()
    form = document_form(report, "")
    form["documents-TOTAL_FORMS"] = "0"
    form["cover"] = SimpleUploadedFile("cover.png", b"GIF89a-but-not-really", content_type="image/png")
    response = admin_client.post(reverse("admin:reports_report_change", args=[report.pk]), form)
    assert response.status_code == 200
    assert not Report.objects.get().cover


@pytest.mark.django_db
def test_admin_lists_show_missing_languages(admin_client):
    factories.ReportFactory(title_zgh="", title_en="")
    html = admin_client.get(reverse("admin:reports_report_changelist")).content.decode()
    assert '<span class="missing-language" lang="en">zgh</span>' in html


@pytest.mark.django_db
def test_staff_name_partners_in_a_chapter_part_from_the_chapter_form(admin_client):
    from reports.models import PartnerMention

    report = factories.ReportFactory()
    chapter = factories.ChapterFactory(report=report, slug="cooperation", title_en="Cooperation")
    partner = factories.PartnerFactory(slug="annhri")
    url = reverse("admin:reports_chapter_change", args=[chapter.pk])
    html = admin_client.get(url).content.decode()
    assert 'name="mentions-TOTAL_FORMS"' in html
    data = {
        "report": report.pk,
        "order": chapter.order,
        "title_ar": chapter.title_ar,
        "title_en": chapter.title_en,
        "slug": chapter.slug,
        "body_ar": chapter.body_ar,
        "status": "published",
        "publish_at_0": "2021-01-01",
        "publish_at_1": "00:00:00",
        "mentions-TOTAL_FORMS": "1",
        "mentions-INITIAL_FORMS": "0",
        "mentions-MIN_NUM_FORMS": "0",
        "mentions-MAX_NUM_FORMS": "1000",
        "mentions-0-part": "14",
        "mentions-0-partner": partner.pk,
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else response
    assert list(PartnerMention.objects.values_list("chapter", "part", "partner")) == [(chapter.pk, 14, partner.pk)]


@pytest.mark.django_db
def test_a_chapter_part_counts_from_one():
    from django.core.exceptions import ValidationError

    from reports.models import PartnerMention

    mention = PartnerMention(chapter=factories.ChapterFactory(), part=0, partner=factories.PartnerFactory())
    with pytest.raises(ValidationError) as error:
        mention.full_clean()
    assert "part" in error.value.message_dict
