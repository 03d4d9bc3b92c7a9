"""Every kind of public page, in every language, as a browser renders it."""

import pytest
from django.test import Client

from tests.e2e.conftest import axe_violations, horizontal_overflow
from tests.helpers import DIRECTIONS, one_path_per_view, search_paths, sitemap_paths

pytestmark = pytest.mark.django_db(transaction=True)


def test_every_kind_of_page_in_every_language_is_accessible_local_and_fits_a_phone(page, context, live_server, demo):
    paths = one_path_per_view(sitemap_paths(Client()))
    assert len(paths) >= 4 * 5
    paths += [path for code in DIRECTIONS for path in search_paths(code)]
    local = live_server.url.split("/")[2]
    problems = {}
    for path in paths:
        language = path.split("/")[1]
        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(path)
        assert page.get_attribute("html", "lang") == language
        assert page.get_attribute("html", "dir") == DIRECTIONS[language]
        found = axe_violations(page)
        page.set_viewport_size({"width": 360, "height": 740})
        overflow = horizontal_overflow(page)
        if found or overflow > 0:
            problems[path] = {"axe": found, "overflow": overflow}
    assert problems == {}
    assert context.requested_hosts == {local}
