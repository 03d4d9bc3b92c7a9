"""In the browser: a camera photo uploaded through the admin is shown upright, under a name of the site's.

The live test server answers /media/ itself (Django's _MediaFilesHandler, ahead of the
URLconf), so media headers are checked in tests/cndh/test_uploads.py, not here.
"""

import pytest

from news.models import NewsItem
from tests import factories
from tests.cndh.test_uploads import camera_jpeg
from tests.helpers import browser_sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_camera_photo_uploaded_in_the_admin_shows_upright_on_the_news_page(page, django_user_model, tmp_path):
    browser_sign_in(page, django_user_model)
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
