"""Uploads that cannot run script: what the admin accepts, how it stores it, how media is served."""

import io
import os
import re
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.http.multipartparser import MultiPartParser
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from PIL import ExifTags, Image

from cndh.pdf import simple_pdf
from cndh.uploads import DocumentField, PictureField, RequestBodyLimitHandler, RequestBodyTooLarge
from news.models import NewsItem
from partners.models import Agreement, Partner
from reports.models import Report, ReportDocument
from tests import factories

SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'
)
HTML = b"<!doctype html><html><body><script>fetch('/admin/')</script></body></html>"
#: A readable PDF that is also an HTML page with a script, for a browser that sniffs.
POLYGLOT_PDF = simple_pdf("Rapport", 1) + HTML


def picture(image_format: str, size=(32, 24), **save) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, image_format, **save)
    return out.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    """A PNG of a few bytes whose header declares ``width`` x ``height`` pixels (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    )


def camera_jpeg() -> bytes:
    """A JPEG as a phone writes it (GPS position, maker, rotated by an EXIF tag), with a script after its end."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # shown rotated a quarter turn clockwise
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.IFD.GPSInfo] = {ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (33.0, 35.0, 12.0)}
    return picture("JPEG", size=(40, 20), exif=exif) + b"<script>alert(1)</script>"


def management_forms(html: str) -> dict[str, str]:
    """Every inline formset of an admin page, posted with no forms."""
    names = re.findall(r'name="([^"]+-(?:TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS)"', html)
    return {name: "0" if name.endswith(("TOTAL_FORMS", "INITIAL_FORMS")) else "1000" for name in names}


def post_admin(client, url: str, data: dict, language: str = "en"):
    data = {**management_forms(client.get(url).content.decode()), **data}
    return client.post(url, data, headers={"accept-language": language})


PUBLISHING = {"status": "draft", "publish_at_0": "2021-01-01", "publish_at_1": "00:00:00"}


def partner_form(logo, slug="annhri"):
    return {
        "name_ar": "شبكة",
        "name_en": "Network",
        "slug": slug,
        "category": "nhri-networks",
        "logo": logo,
        **PUBLISHING,
    }


def news_form(image):
    return {"kind": "news", "title_ar": "خبر", "slug": "a-news-item", "image": image, **PUBLISHING}


def report_form(cover, *, document=None, language="fr"):
    form = {"kind": "annual", "year": "2021", "slug": "annual-report-2021", "title_ar": "تقرير", "cover": cover}
    if document is not None:
        form.update({"documents-TOTAL_FORMS": "1", "documents-0-language": language, "documents-0-file": document})
    return {**form, **PUBLISHING}


def errors(response) -> str:
    assert response.status_code == 200, response
    return " ".join(str(e) for e in response.context["adminform"].form.errors.values()) + " ".join(
        str(f.errors) for formset in response.context["inline_admin_formsets"] for f in formset.formset
    )


def store(settings, name: str, content: bytes) -> str:
    path = Path(settings.MEDIA_ROOT, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return f"/media/{name}"


def upload(name: str, content: bytes, content_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


# --- documents: a PDF by name and by content ---


@pytest.mark.django_db
def test_a_pdf_named_html_is_refused_as_a_document(admin_client):
    response = post_admin(
        admin_client, "/admin/reports/report/add/", report_form("", document=upload("x.html", POLYGLOT_PDF))
    )
    assert "“html”" in errors(response) and "pdf" in errors(response)
    assert not ReportDocument.objects.exists()


@pytest.mark.django_db
def test_an_html_page_named_pdf_is_refused_as_an_agreement_document(admin_client):
    partner = factories.PartnerFactory()
    data = {
        "kind": "mou",
        "title_ar": "اتفاقية",
        "slug": "mou",
        "partners": [partner.pk],
        "document": upload("mou.pdf", HTML),
        **PUBLISHING,
    }
    response = post_admin(admin_client, "/admin/partners/agreement/add/", data, language="fr")
    assert "Ce fichier n’est pas un document PDF." in errors(response)
    assert not Agreement.objects.exists()


@pytest.mark.django_db
def test_a_pdf_that_is_also_a_page_is_stored_as_a_pdf_and_served_as_one(admin_client, client):
    response = post_admin(
        admin_client,
        "/admin/reports/report/add/",
        report_form("", document=upload("Rapport <b>secret</b>.pdf", POLYGLOT_PDF)),
    )
    assert response.status_code == 302
    document = ReportDocument.objects.get()
    assert re.fullmatch(r"reports/documents/[A-Za-z0-9_-]{12}\.pdf", document.file.name)
    served = client.get(document.file.url)
    assert served["Content-Type"] == "application/pdf"
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert b"".join(served.streaming_content) == POLYGLOT_PDF


# --- pictures: a JPEG, PNG or WebP named as what it is ---


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "form"),
    [
        ("/admin/partners/partner/add/", lambda image: partner_form(image)),
        ("/admin/reports/report/add/", lambda image: report_form(image)),
        ("/admin/news/newsitem/add/", lambda image: news_form(image)),
    ],
    ids=["logo", "cover", "image"],
)
@pytest.mark.parametrize("name", ["logo.svg", "logo.png"], ids=["named-svg", "named-png"])
def test_an_svg_with_a_script_is_refused_with_the_reason(admin_client, url, form, name):
    response = post_admin(admin_client, url, form(upload(name, SVG_WITH_SCRIPT, "image/svg+xml")), language="fr")
    assert "Les images SVG ne sont pas acceptées" in errors(response)
    assert not (Partner.objects.exists() or Report.objects.exists() or NewsItem.objects.exists())


@pytest.mark.django_db
def test_a_png_named_jpg_is_refused_with_the_name_it_should_have(admin_client):
    """Refused rather than renamed: the name an editor gave is a claim about the file, and a
    false claim is either a mistake worth telling or a file built to pass for another."""
    response = post_admin(
        admin_client, "/admin/partners/partner/add/", partner_form(upload("logo.jpg", picture("PNG")))
    )
    assert "This image is a PNG picture but its name ends in “.jpg”; rename it “.png”." in errors(response)
    assert not Partner.objects.exists()


@pytest.mark.django_db
def test_an_oversize_picture_is_refused_with_the_limit(admin_client, settings):
    settings.IMAGE_MAX_BYTES = 1000
    data = picture("PNG", size=(300, 300), compress_level=0)
    response = post_admin(admin_client, "/admin/news/newsitem/add/", news_form(upload("photo.png", data)))
    assert "the largest accepted is 1000" in errors(response)
    assert not NewsItem.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("width", "height"), [(8_000, 8_000), (100_000, 100_000)], ids=["over-ours", "over-pillows"])
def test_a_decompression_bomb_is_refused_before_it_is_decoded(admin_client, width, height):
    bomb = png_declaring(width, height)
    assert len(bomb) < 200
    response = post_admin(
        admin_client, "/admin/reports/report/add/", report_form(upload("cover.png", bomb)), language="fr"
    )
    assert "la plus grande acceptée est de 40 mégapixels" in errors(response)
    assert not Report.objects.exists()


@pytest.mark.django_db
def test_a_camera_jpeg_is_stored_upright_without_its_metadata_or_what_follows_it(admin_client, settings):
    response = post_admin(
        admin_client, "/admin/news/newsitem/add/", news_form(upload("IMG_2041 Rabat.JPEG", camera_jpeg()))
    )
    assert response.status_code == 302
    item = NewsItem.objects.get()
    assert re.fullmatch(r"news/a-news-item-[A-Za-z0-9_-]{12}\.jpg", item.image.name)
    stored = Path(settings.MEDIA_ROOT, item.image.name).read_bytes()
    assert stored.endswith(b"\xff\xd9") and b"<script>" not in stored
    assert b"PhoneMaker" not in stored and b"Exif" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert (image.format, image.size) == ("JPEG", (20, 40))  # the quarter turn applied to the pixels
        assert not image.getexif()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "image_format", "extension"),
    [("Logo.PNG", "PNG", "png"), ("logo.webp", "WEBP", "webp"), ("logo.jpeg", "JPEG", "jpg")],
)
def test_a_picture_keeps_its_format_under_a_name_of_the_sites(admin_client, settings, name, image_format, extension):
    response = post_admin(
        admin_client, "/admin/partners/partner/add/", partner_form(upload(name, picture(image_format)))
    )
    assert response.status_code == 302
    logo = Partner.objects.get().logo
    assert re.fullmatch(rf"partners/logos/annhri-[A-Za-z0-9_-]{{12}}\.{extension}", logo.name)
    with Image.open(Path(settings.MEDIA_ROOT, logo.name)) as image:
        assert (image.format, image.size) == (image_format, (32, 24))


@pytest.mark.django_db
def test_two_uploads_of_one_name_get_names_of_their_own(admin_client):
    report = factories.ReportFactory()
    for language in ("fr", "en"):
        url = f"/admin/reports/report/{report.pk}/change/"
        form = {
            **report_form("", document=upload("report.pdf", simple_pdf("R", 1)), language=language),
            "slug": report.slug,
        }
        assert post_admin(admin_client, url, form).status_code == 302
    names = [document.file.name for document in ReportDocument.objects.all()]
    assert len(set(names)) == 2 and not any("report.pdf" in name for name in names)


@pytest.mark.django_db
def test_files_stored_under_their_old_names_keep_them_and_are_still_served(client, settings):
    old_pdf = store(settings, "reports/documents/cndh-annual-report-2021-fr.pdf", simple_pdf("R", 1))
    store(settings, "partners/logos/Logo CNDH.png", picture("PNG"))
    document = ReportDocument.objects.create(
        report=factories.ReportFactory(), language="fr", file="reports/documents/cndh-annual-report-2021-fr.pdf"
    )
    partner = factories.PartnerFactory(logo="partners/logos/Logo CNDH.png")
    partner.save()
    document.refresh_from_db()
    partner.refresh_from_db()
    assert (document.file.url, partner.logo.url) == (old_pdf, "/media/partners/logos/Logo%20CNDH.png")
    assert client.get(old_pdf)["Content-Type"] == "application/pdf"
    assert client.get(partner.logo.url)["Content-Type"] == "image/png"


def test_every_file_field_of_the_site_is_a_checked_one():
    for model in apps.get_models():
        if not model.__module__.startswith(("cndh.", "partners.", "reports.", "news.")):
            continue
        for field in model._meta.get_fields():
            if isinstance(field, models.FileField):
                assert isinstance(field, DocumentField | PictureField), f"{model._meta.label}.{field.name}"


# --- media served inert ---


@pytest.mark.parametrize(
    ("name", "content_type", "disposition"),
    [
        ("reports/documents/r.pdf", "application/pdf", 'inline; filename="r.pdf"'),
        ("news/p.jpg", "image/jpeg", 'inline; filename="p.jpg"'),
        ("partners/logos/l.png", "image/png", 'inline; filename="l.png"'),
        ("news/p.webp", "image/webp", 'inline; filename="p.webp"'),
        # Stored before the checks: whatever they hold, they are downloads and never pages.
        ("partners/agreements/x.html", "application/octet-stream", 'attachment; filename="x.html"'),
        ("partners/logos/l.svg", "application/octet-stream", 'attachment; filename="l.svg"'),
        ("news/archive.tar.gz", "application/octet-stream", 'attachment; filename="archive.tar.gz"'),
    ],
)
def test_media_are_served_with_their_type_never_sniffed_and_never_run(
    client, settings, name, content_type, disposition
):
    response = client.get(store(settings, name, HTML))
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == disposition
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert "Content-Encoding" not in response


def test_a_conditional_request_for_media_is_answered_not_modified_with_the_same_policy(client, settings):
    url = store(settings, "news/p.jpg", picture("JPEG"))
    last_modified = client.get(url)["Last-Modified"]
    response = client.get(url, headers={"if-modified-since": last_modified})
    assert response.status_code == 304
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


@pytest.mark.parametrize(
    "path",
    [
        "/media/" + "a" * 256,
        "/media/news/" + "a" * 300 + ".jpg",
        "/media/" + "/".join(["a" * 200] * 30),
        "/media/news/p.jpg%00.html",
        "/media/%00",
        "/media/../cndh/settings/base.py",
        "/media/news/../../cndh/settings/base.py",
        "/media/%2e%2e/%2e%2e/etc/passwd",
        "/media//etc/passwd",
        "/media/news/",
        "/media/missing.pdf",
    ],
    ids=lambda path: path[:40],
)
@pytest.mark.django_db
def test_a_path_that_cannot_be_a_media_file_is_not_found(client, settings, path):
    store(settings, "news/p.jpg", picture("JPEG"))
    assert client.get(path).status_code == 404


def test_media_from_another_origin_is_one_setting_and_the_site_then_routes_none():
    """With DJANGO_MEDIA_URL absolute, file URLs point at that host and /media/ is no route of the site."""
    script = (
        "from django.conf import settings; from django.urls import Resolver404, resolve; "
        "from partners.models import Partner; "
        "print(Partner(logo='partners/logos/l.png').logo.url)\n"
        "try:\n    resolve('/media/partners/logos/l.png'); print('routed')\n"
        "except Resolver404:\n    print('not routed')"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cndh.settings.test",
        "DJANGO_MEDIA_URL": "https://media.cndh.example.org",
    }
    out = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup()\n{script}"],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        check=True,
    ).stdout.split("\n")
    assert out[:2] == ["https://media.cndh.example.org/partners/logos/l.png", "not routed"]


# --- request bodies over the bound ---


class CountingBody(io.BytesIO):
    """A request body that records how much of it the site read."""

    read_bytes = 0

    def read(self, size=-1):
        data = super().read(size)
        self.read_bytes += len(data)
        return data

    def readline(self, size=-1):
        data = super().readline(size)
        self.read_bytes += len(data)
        return data


@pytest.mark.django_db
def test_a_body_over_the_bound_is_refused_413_before_any_of_it_is_read(admin_client, settings, tmp_path):
    settings.MAX_REQUEST_BYTES = 50_000
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1000  # any file read would go to a temporary file
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path / "uploads")
    Path(settings.FILE_UPLOAD_TEMP_DIR).mkdir()
    url = "/admin/reports/report/add/"
    form = {
        **management_forms(admin_client.get(url).content.decode()),
        **report_form("", document=upload("r.pdf", simple_pdf("R", 400))),
    }
    payload = encode_multipart(BOUNDARY, form)
    assert len(payload) > 50_000
    body = CountingBody(payload)
    response = admin_client.post(
        url,
        content_type=MULTIPART_CONTENT,
        CONTENT_LENGTH=str(len(payload)),
        headers={"accept-language": "fr"},
        **{"wsgi.input": body},
    )
    assert response.status_code == 413
    assert "Envoyez un fichier plus petit." in response.content.decode()
    assert body.read_bytes == 0
    assert list(Path(settings.FILE_UPLOAD_TEMP_DIR).iterdir()) == []
    assert not Report.objects.exists()


@pytest.mark.django_db
def test_a_body_within_the_bound_is_accepted(admin_client, settings):
    settings.MAX_REQUEST_BYTES = 50_000
    response = post_admin(
        admin_client, "/admin/reports/report/add/", report_form("", document=upload("r.pdf", simple_pdf("R", 2)))
    )
    assert response.status_code == 302
    assert ReportDocument.objects.count() == 1


def test_a_file_stream_longer_than_its_declared_length_is_stopped_and_its_temporary_file_removed(
    rf, settings, tmp_path
):
    """Django's WSGI request cuts the body at its Content-Length; a server that hands over the
    stream as it comes (as an ASGI body file does) is cut by the handler at the bound."""
    settings.MAX_REQUEST_BYTES = 50_000
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1000
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    payload = encode_multipart(BOUNDARY, {"title": "x", "file": upload("r.pdf", b"%PDF-" + b"0" * 200_000)})
    request = rf.post("/", content_type=MULTIPART_CONTENT)
    meta = {**request.META, "CONTENT_LENGTH": "40000"}  # a length that lies
    from django.core.files.uploadhandler import TemporaryFileUploadHandler

    handlers = [RequestBodyLimitHandler(request), TemporaryFileUploadHandler(request)]
    with pytest.raises(RequestBodyTooLarge):
        MultiPartParser(meta, io.BytesIO(payload), handlers).parse()
    assert list(tmp_path.iterdir()) == []


def test_a_bad_request_that_is_not_about_size_stays_a_400(client):
    response = client.post("/fr/newsletter/", "--x\r\nbroken", content_type="multipart/form-data; boundary=")
    assert response.status_code == 400


@pytest.mark.django_db
def test_an_item_whose_stored_picture_predates_the_checks_can_still_be_edited(admin_client, settings):
    store(settings, "news/photo.png", picture("JPEG"))  # a JPEG under a PNG's name, stored before
    item = factories.NewsItemFactory(slug="a-news-item", image="news/photo.png")
    url = f"/admin/news/newsitem/{item.pk}/change/"
    response = post_admin(admin_client, url, {**news_form(""), "title_ar": "عنوان مصحح"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.title_ar, item.image.name) == ("عنوان مصحح", "news/photo.png")
