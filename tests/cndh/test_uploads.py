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
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from cndh.pdf import simple_pdf

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
