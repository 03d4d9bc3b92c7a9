import os

from django.core.asgi import get_asgi_application

from cndh.checks import refuse_to_serve_without_required_settings

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cndh.settings.base")
# Without its secret key or public address, the site does not start.
refuse_to_serve_without_required_settings()
application = get_asgi_application()
