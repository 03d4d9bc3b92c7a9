import pytest


@pytest.fixture(autouse=True)
def _media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def staff_client(db, django_user_model):
    from django.test import Client

    client = Client()
    user = django_user_model.objects.create_user("editor", "editor@example.org", "a-long-test-password", is_staff=True)
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def _arabic_by_default():
    """Each test starts in the default language, whatever the previous request activated."""
    from django.utils import translation

    translation.activate("ar")
    yield
    translation.deactivate()
