"""Upload checks by content and size, with messages an editor understands."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image


def _check_size(upload, limit: int) -> None:
    if upload.size > limit:
        raise ValidationError(
            _("This file is %(size)s; the largest accepted is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="too_large",
        )


def validate_pdf(upload) -> None:
    """A document must be a readable PDF, whatever its name says."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    _check_size(upload, settings.DOCUMENT_MAX_BYTES)
    upload.seek(0)
    head = upload.read(5)
    upload.seek(0)
    if head != b"%PDF-":
        raise ValidationError(_("This file is not a PDF document."), code="not_pdf")
    try:
        PdfReader(upload).pages  # noqa: B018 - parsing is the check
    except (PyPdfError, ValueError, OSError) as error:
        raise ValidationError(_("This PDF document cannot be read."), code="bad_pdf") from error
    finally:
        upload.seek(0)


ACCEPTED_IMAGE_FORMATS = {"JPEG", "PNG", "WEBP"}


def validate_image(upload) -> None:
    """An image must be a JPEG, PNG or WebP picture that Pillow can open."""
    _check_size(upload, settings.IMAGE_MAX_BYTES)
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            image_format = image.format
            image.verify()
    except Exception as error:  # Pillow raises many kinds for a broken file.
        raise ValidationError(_("This file is not an image."), code="not_image") from error
    finally:
        upload.seek(0)
    if image_format not in ACCEPTED_IMAGE_FORMATS:
        raise ValidationError(_("Use a JPEG, PNG or WebP image."), code="image_format")


def pdf_page_count(file) -> int | None:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        file.seek(0)
        return len(PdfReader(file).pages)
    except (PyPdfError, ValueError, OSError):
        return None
    finally:
        file.seek(0)
