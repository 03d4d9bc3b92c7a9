import pytest

from partners.models import Partner
from tests import factories


@pytest.mark.django_db
@pytest.mark.parametrize(
    "stored",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\x01javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "//evil.example/",
    ],
)
def test_a_link_written_around_the_form_is_dropped_when_read_unless_http(stored):
    partner = factories.PartnerFactory(website="https://www.un.org")
    Partner.objects.filter(pk=partner.pk).update(website=stored)
    assert Partner.objects.get(pk=partner.pk).website == ""
    assert Partner.objects.values_list("website", flat=True).get(pk=partner.pk) == ""


@pytest.mark.django_db
def test_an_http_link_reads_as_written():
    partner = factories.PartnerFactory(website="https://www.ohchr.org/en/treaty-bodies")
    assert Partner.objects.get(pk=partner.pk).website == "https://www.ohchr.org/en/treaty-bodies"
