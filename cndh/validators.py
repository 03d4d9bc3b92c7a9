"""Upload checks by content, name and size, with messages an editor understands."""

import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from PIL import Image

#: The extension each accepted picture format is stored under, and the ones an upload may carry.
IMAGE_EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
_IMAGE_NAMES = {"JPEG": {"jpg", "jpeg"}, "PNG": {"png"}, "WEBP": {"webp"}}

#: A document's name must say what its content is: a PDF named .html would be served as a page.
validate_pdf_extension = FileExtensionValidator(["pdf"])


def _check_size(upload, limit: int) -> None:
    if upload.size > limit:
        raise ValidationError(
            _("This file is %(size)s; the largest accepted is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="too_large",
        )


def _extension(upload) -> str:
    name = getattr(upload, "name", "") or ""
    return name.rpartition(".")[2].lower() if "." in name else ""


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


def _looks_like_svg(upload) -> bool:
    upload.seek(0)
    head = upload.read(4096).lower()
    upload.seek(0)
    return b"<svg" in head


def _too_many_pixels(pixels: int | None = None) -> ValidationError:
    megapixels = settings.IMAGE_MAX_PIXELS / 1_000_000
    if pixels is None:
        message = _("This image has too many pixels; the largest accepted is %(limit)s megapixels.") % {
            "limit": f"{megapixels:g}"
        }
    else:
        message = _("This image has %(pixels)s megapixels; the largest accepted is %(limit)s megapixels.") % {
            "pixels": number_format(pixels / 1_000_000, 1),
            "limit": f"{megapixels:g}",
        }
    return ValidationError(message, code="too_many_pixels")


def open_image(upload) -> Image.Image:
    """Open an upload as a picture, refusing before any decoding what would be too big to decode.

    Pillow reads only the header here; its own bomb guard (``Image.MAX_IMAGE_PIXELS``) is
    a process-wide setting meant for a last resort, so the site's bound is checked first.
    """
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _too_many_pixels() from error
    width, height = image.size
    if width * height > settings.IMAGE_MAX_PIXELS:
        image.close()
        raise _too_many_pixels(width * height)
    return image


def validate_image(upload) -> None:
    """An image must be a JPEG, PNG or WebP picture, named as what it is, of bounded size."""
    _check_size(upload, settings.IMAGE_MAX_BYTES)
    extension = _extension(upload)
    svg = ValidationError(
        _("SVG images are not accepted, since they can carry scripts. Use a JPEG, PNG or WebP image."),
        code="svg",
    )
    if extension in {"svg", "svgz"}:
        raise svg
    try:
        image = open_image(upload)
    except ValidationError:
        raise
    except Exception as error:  # Pillow raises many kinds for a broken file.
        raise (
            svg if _looks_like_svg(upload) else ValidationError(_("This file is not an image."), code="not_image")
        ) from error
    try:
        with image:
            image_format = image.format
            image.verify()
    except Exception as error:
        raise ValidationError(_("This file is not an image."), code="not_image") from error
    finally:
        upload.seek(0)
    if image_format not in IMAGE_EXTENSIONS:
        raise ValidationError(_("Use a JPEG, PNG or WebP image."), code="image_format")
    if extension not in _IMAGE_NAMES[image_format]:
        raise ValidationError(
            _("This image is a %(format)s picture but its name ends in “.%(extension)s”; rename it “.%(expected)s”.")
            % {"format": image_format, "extension": extension, "expected": IMAGE_EXTENSIONS[image_format]},
            code="image_extension",
        )


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
