"""In the browser: a camera photo uploaded through the admin is shown upright, under a name of the site's.

The live test server answers /media/ itself (Django's _MediaFilesHandler, ahead of the
URLconf), so media headers are checked in tests/cndh/test_uploads.py, not here.
"""

import pytest

from news.models import NewsItem
from tests import factories
from tests.cndh.test_uploads import camera_jpeg

pytestmark = pytest.mark.django_db(transaction=True)


def sign_in(page, django_user_model):
    django_user_model.objects.create_superuser("chief", "chief@example.org", "a-long-test-password")
    page.goto("/admin/login/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")


def test_a_camera_photo_uploaded_in_the_admin_shows_upright_on_the_news_page(page, django_user_model, tmp_path):
    sign_in(page, django_user_model)
    item = factories.NewsItemFactory(title_fr="Une visite")
    photo = tmp_path / "IMG_2041.jpg"
    photo.write_bytes(camera_jpeg())
    page.goto(f"/admin/news/newsitem/{item.pk}/change/")
    page.set_input_files("input[name='image']", str(photo))
    page.click("input[name='_save']")
    page.wait_for_url("**/admin/news/newsitem/")
    item = NewsItem.objects.get()
    assert item.image.name.startswith("news/") and "IMG_2041" not in item.image.name
    page.goto(item.get_absolute_url())
    image = page.locator("img.news-item__image")
    image.wait_for()
    page.wait_for_function("document.querySelector('img.news-item__image').complete")
    assert image.evaluate("img => [img.naturalWidth, img.naturalHeight]") == [20, 40]
