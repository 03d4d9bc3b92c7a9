import pytest

from tests.newsletter.smtp_sink import Sink, start


@pytest.fixture
def smtp_sink(settings):
    """Start a real SMTP server and point the site's mail settings at it; returns a factory."""
    controllers = []

    def make(**options) -> Sink:
        sink = Sink(**options)
        controller = start(sink)
        controllers.append(controller)
        settings.EMAIL_BACKEND = "cndh.mail.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = controller.port
        settings.EMAIL_TIMEOUT = 10
        sink.port = controller.port
        return sink

    yield make
    for controller in controllers:
        controller.stop()
