"""One log line per request: method, path, status and duration; the client address only
when ``DJANGO_LOG_CLIENT_ADDRESS`` is on (the visitors of a human rights institution's site
may have reasons not to be recorded; the rate limits do not need the log).

With the JSON format (production), each line is an object that carries the request id
(django-guid: the proxy's ``X-Request-ID`` when it is a UUID, else a new one, sent back in
the response), so that every line a request logged can be found from one.
"""

import logging
import time

from django.conf import settings

from cndh.http import client_address
from cndh.text import strip_control_characters

logger = logging.getLogger("cndh.request")


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        # A visitor chooses the path: no control character may start a forged line in a text log.
        path = strip_control_characters(request.path, keep_whitespace=False)
        fields = {"method": request.method, "path": path, "status": response.status_code, "duration_ms": duration_ms}
        if settings.LOG_CLIENT_ADDRESS:
            fields["client"] = client_address(request)
        level = logging.ERROR if response.status_code >= 500 else logging.INFO
        logger.log(level, "%s %s %s %sms", request.method, path, response.status_code, duration_ms, extra=fields)
        return response
