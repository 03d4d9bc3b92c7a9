"""Uploaded files: the model fields every document and picture uses, their stored names
and the re-encoding of pictures.

Stored names never come from the uploader: ``<folder>/<slug>-<random>.<extension>``, the
extension being the one of the checked type (``pdf``, ``jpg``, ``png``, ``webp``). The
media view (cndh.media) serves a file by that extension, so what is stored decides how it
is served.
"""

import secrets
from io import BytesIO

from django import forms
from django.core.files.base import ContentFile
from django.db import models
from django.utils.deconstruct import deconstructible
from django.utils.text import slugify
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

    def __eq__(self, other):
        return isinstance(other, UploadTo) and other.folder == self.folder


class DocumentFieldFile(models.fields.files.FieldFile):
    def save(self, name, content, save=True):
        # The field's validators ensured a PDF (by name and content); the name stored is ours.
        super().save("document.pdf", content, save)


class DocumentField(models.FileField):
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


class PictureField(models.ImageField):
    """A JPEG, PNG or WebP picture, checked, re-encoded when stored, named by its format."""

    attr_class = PictureFieldFile
    default_validators = [validate_image]

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PictureFormField, **kwargs})
