"""Uploaded files: the model fields every document and picture uses, their stored names,
the re-encoding of pictures, and the bound on request bodies.

Stored names never come from the uploader: ``<folder>/<slug>-<random>.<extension>``, the
extension being the one of the checked type (``pdf``, ``jpg``, ``png``, ``webp``). The
media view (cndh.media) serves a file by that extension, so what is stored decides how it
is served.
"""

import secrets
from io import BytesIO

from django import forms
from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.core.files.base import ContentFile
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.text import slugify
from django.utils.translation import gettext as _
from PIL import ImageOps

from cndh.validators import IMAGE_EXTENSIONS, open_image, validate_image, validate_pdf, validate_pdf_extension

#: JPEG and WebP quality on re-encoding: visually lossless for photographs, a fraction of a camera's size.
PICTURE_QUALITY = 85


@deconstructible
class UploadTo:
    """``upload_to`` of every file field: the folder, the owner's slug when it has one, a random token.

    The token keeps names unguessable (a draft's document cannot be found by trying its
    title) and unique without Django's ``_abc1234`` suffixes. The extension is the one of
    the name the field hands over, lowered: the checked type's (see the fields below).
    """

    def __init__(self, folder: str):
        self.folder = folder.strip("/")

    def __call__(self, instance, filename: str) -> str:
        extension = filename.rpartition(".")[2].lower() if "." in filename else "bin"
        slug = slugify(getattr(instance, "slug", "") or "")[:40].strip("-")
        token = secrets.token_urlsafe(9)
        stem = f"{slug}-{token}" if slug else token
        return f"{self.folder}/{stem}.{extension}"


class NewUploadsChecked:
    """The field's validators run on a file being uploaded, not on one already stored.

    A model's validators run on every save of its form: a stored file was checked when
    it came (or predates the checks, and is served inert by cndh.media), and reading it
    back from storage on each edit would only stop an editor correcting a title.
    """

    def run_validators(self, value):
        if not getattr(value, "_committed", False):
            super().run_validators(value)


class DocumentFieldFile(models.fields.files.FieldFile):
    def save(self, name, content, save=True):
        # The field's validators ensured a PDF (by name and content); the name stored is ours.
        super().save("document.pdf", content, save)


class DocumentField(NewUploadsChecked, models.FileField):
    """A PDF document: ``.pdf`` by name and a readable PDF by content, stored as ``.pdf``."""

    attr_class = DocumentFieldFile
    default_validators = [validate_pdf_extension, validate_pdf]


class PictureFormField(forms.ImageField):
    """The form field of a picture: the site's checks first, so an editor reads why a file is refused.

    Django's own ImageField opens the file before any validator runs and answers every
    refusal (an SVG, a decompression bomb) with one generic message.
    """

    def to_python(self, data):
        if data not in self.empty_values and hasattr(data, "size"):
            validate_image(data)
        return super().to_python(data)


def reencode_picture(file) -> tuple[bytes, str]:
    """The picture drawn anew in its own format: no metadata (EXIF, GPS, comments), nothing after its end.

    The orientation the camera recorded in EXIF is applied to the pixels first, since
    the tag that said it goes. Only the colour profile is kept, which says how to show
    the pixels and nothing about who took them. Thumbnailing libraries (easy-thumbnails,
    sorl-thumbnail) write renditions beside the original and keep it, which is what this
    must not do, so the few lines are our own.
    """
    with open_image(file) as image:
        image_format = image.format
        icc_profile = image.info.get("icc_profile")
        transparency = image.info.get("transparency")
        # A new image (rotated, or a copy), decoded: the source can be closed.
        upright = ImageOps.exif_transpose(image)
    # Nothing of the source's info (EXIF, XMP, text chunks) reaches the encoder.
    upright.info = {}
    options = {}
    if icc_profile:
        options["icc_profile"] = icc_profile
    if image_format == "JPEG":
        options.update(quality=PICTURE_QUALITY, optimize=True)
    elif image_format == "WEBP":
        options.update(quality=PICTURE_QUALITY, method=4)
    elif image_format == "PNG":
        options["optimize"] = True
        if transparency is not None:
            options["transparency"] = transparency
    out = BytesIO()
    upright.save(out, format=image_format, **options)
    return out.getvalue(), IMAGE_EXTENSIONS[image_format]


class PictureFieldFile(models.fields.files.ImageFieldFile):
    def save(self, name, content, save=True):
        # Every way a picture is stored (a form, a loader, the shell) comes through here.
        data, extension = reencode_picture(content)
        super().save(f"picture.{extension}", ContentFile(data), save)


class PictureField(NewUploadsChecked, models.ImageField):
    """A JPEG, PNG or WebP picture, checked, re-encoded when stored, named by its format."""

    attr_class = PictureFieldFile
    default_validators = [validate_image]

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PictureFormField, **kwargs})


# --- the bound on request bodies ---------------------------------------------------------


class RequestBodyTooLarge(SuspiciousOperation):
    """A request body over ``MAX_REQUEST_BYTES``; cndh.media.bad_request answers it with a 413."""


class RequestBodyLimitHandler(FileUploadHandler):
    """The first upload handler: refuses a body over ``MAX_REQUEST_BYTES`` before any of it is stored.

    ``DATA_UPLOAD_MAX_MEMORY_SIZE`` leaves files out, and the handlers after this one
    write files past ``FILE_UPLOAD_MAX_MEMORY_SIZE`` to a temporary file as they arrive.
    A declared length over the bound is refused before a byte is read; a stream that
    grows past it anyway (a length that lied, a server that does not cut the body at it)
    is stopped at the chunk that crosses it, the files begun are closed (which deletes
    their temporary files) and the request is refused.
    """

    def __init__(self, request=None):
        super().__init__(request)
        self.received = 0
        self.exceeded = False

    def _refuse(self):
        return RequestBodyTooLarge(f"Request body over MAX_REQUEST_BYTES ({settings.MAX_REQUEST_BYTES} bytes).")

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        if content_length > settings.MAX_REQUEST_BYTES:
            raise self._refuse()

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > settings.MAX_REQUEST_BYTES:
            self.exceeded = True
            # StopUpload makes the parser close every handler's file before upload_complete.
            raise StopUpload(connection_reset=True)
        return raw_data

    def file_complete(self, file_size):
        return None

    def upload_complete(self):
        if self.exceeded:
            raise self._refuse()


def request_limit_message() -> str:
    """What the refusal page tells the visitor or editor."""
    return _("What you sent is larger than the %(limit)s this site accepts at once. Send a smaller file.") % {
        "limit": filesizeformat(settings.MAX_REQUEST_BYTES)
    }
