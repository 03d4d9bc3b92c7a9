"""Uploaded files served inert, and the answer to a request body over the bound.

Every file is served with the type its extension names (the one the upload checks
stored it under) and never sniffed; anything but a PDF or a raster picture is a
download; and no media response may run a script or load anything, whatever it holds:
a PDF that is also an HTML page stays a PDF.
"""

import posixpath

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header
from django.views import defaults
from django.views.static import serve

from cndh.uploads import RequestBodyTooLarge, request_limit_message

#: The types shown in the browser; any other file is sent as application/octet-stream, to save.
INLINE_TYPES = {
    "pdf": "application/pdf",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "webp": "image/webp",
}
#: Stricter than the site's own policy, which leaves media responses alone since they carry one.
MEDIA_CSP = "default-src 'none'; sandbox"


def serve_media(request, path: str):
    """A file of MEDIA_ROOT through Django's ``serve`` (safe_join, conditional GET), made inert.

    A path that cannot name a file there (``..``, a NUL byte, a name longer than the
    file system allows) is a page not found, as any other missing file.
    """
    try:
        response = serve(request, path, document_root=settings.MEDIA_ROOT)
    except (SuspiciousFileOperation, OSError, ValueError) as error:
        raise Http404 from error
    extension = posixpath.splitext(path)[1].lstrip(".").lower()
    content_type = INLINE_TYPES.get(extension)
    if response.status_code == 200:
        response.headers.pop("Content-Encoding", None)
        response.headers["Content-Type"] = content_type or "application/octet-stream"
        response.headers["Content-Disposition"] = content_disposition_header(
            as_attachment=not content_type, filename=posixpath.basename(path)
        )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = MEDIA_CSP
    return response


def bad_request(request, exception):
    """The site's 400 handler: a body over MAX_REQUEST_BYTES is a 413 with a short page."""
    if isinstance(exception, RequestBodyTooLarge):
        # No context processors, as for the 500 page: the request cannot be read again.
        return HttpResponse(render_to_string("413.html", {"message": request_limit_message()}), status=413)
    return defaults.bad_request(request, exception)
