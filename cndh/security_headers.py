"""The security headers Django and django-csp do not send: Permissions-Policy and CORP.

Neither has a setting in Django 5.2, and the one library for the first
(django-permissions-policy) would add a dependency for two lines; both are read
from the settings (``PERMISSIONS_POLICY``, ``CROSS_ORIGIN_RESOURCE_POLICY``).
"""

from django.conf import settings


class SecurityHeadersMiddleware:
    """Refuse every powerful feature the site does not use; keep its resources to its own pages."""

    def __init__(self, get_response):
        self.get_response = get_response
        # "camera=()": the empty allowlist refuses the feature to every origin, this one included.
        self.permissions_policy = ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY)
        self.resource_policy = settings.CROSS_ORIGIN_RESOURCE_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if self.permissions_policy:
            response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        if self.resource_policy:
            response.headers.setdefault("Cross-Origin-Resource-Policy", self.resource_policy)
        return response
