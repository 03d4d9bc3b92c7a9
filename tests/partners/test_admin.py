import pytest
from django.urls import reverse

from partners.models import Agreement, Partner, Role
from tests import factories


@pytest.mark.django_db
def test_partner_admin_has_role_and_agreement_inlines_and_autocomplete(admin_client):
    partner = factories.PartnerFactory()
    html = admin_client.get(reverse("admin:partners_partner_change", args=[partner.pk])).content.decode()
    assert 'name="roles-TOTAL_FORMS"' in html
    assert "Agreement_partners-TOTAL_FORMS" in html
    assert f'data-ajax--url="{reverse("admin:autocomplete")}"' in html


@pytest.mark.django_db
def test_partner_admin_saves_a_month_only_role_date_and_a_website_typed_without_scheme(admin_client):
    partner = factories.PartnerFactory(slug="ganhri")
    data = {
        "name_ar": partner.name_ar,
        "slug": "ganhri",
        "category": Partner.Category.NHRI_NETWORKS,
        "status": "published",
        "publish_at_0": "2021-01-01",
        "publish_at_1": "00:00:00",
        "roles-TOTAL_FORMS": "1",
        "roles-INITIAL_FORMS": "0",
        "roles-MIN_NUM_FORMS": "0",
        "roles-MAX_NUM_FORMS": "1000",
        "roles-0-title_ar": "رئيس",
        "roles-0-start": "2021-11",
        "roles-0-end": "2021",
        "roles-0-order": "1",
        "website": "www.ohchr.org",
        "Agreement_partners-TOTAL_FORMS": "0",
        "Agreement_partners-INITIAL_FORMS": "0",
        "Agreement_partners-MIN_NUM_FORMS": "0",
        "Agreement_partners-MAX_NUM_FORMS": "1000",
    }
    response = admin_client.post(reverse("admin:partners_partner_change", args=[partner.pk]), data)
    assert response.status_code == 302, response.context["errors"] if response.context else response
    role = Role.objects.get(partner=partner)
    assert (role.start.isoformat(), role.end.isoformat()) == ("2021-11", "2021")
    partner.refresh_from_db()
    assert partner.website == "https://www.ohchr.org"


@pytest.mark.django_db
def test_partner_admin_searches_every_language_and_shows_missing_ones(admin_client):
    alliance = factories.PartnerFactory(name_ar="التحالف", name_fr="Alliance", name_en="")
    other = factories.PartnerFactory(name_ar="آخر", name_fr="Autre", acronym_en="ALL")
    html = admin_client.get(f"{reverse('admin:partners_partner_changelist')}?q=Alliance").content.decode()
    assert reverse("admin:partners_partner_change", args=[alliance.pk]) in html
    assert reverse("admin:partners_partner_change", args=[other.pk]) not in html
    html = admin_client.get(f"{reverse('admin:partners_partner_changelist')}?q=التحالف").content.decode()
    assert reverse("admin:partners_partner_change", args=[alliance.pk]) in html
    assert 'class="missing-language" lang="en">en<' in html
    for query in ("category__exact=ngos", "country__exact=CH"):
        assert admin_client.get(f"{reverse('admin:partners_partner_changelist')}?{query}").status_code == 200


@pytest.mark.django_db
def test_agreement_and_activity_admin_pages_answer(admin_client):
    partner = factories.PartnerFactory()
    agreement = factories.AgreementFactory(partners=[partner], start="2020", end="2023")
    activity = factories.ActivityFactory(partners=[partner])
    for url in (
        reverse("admin:partners_agreement_changelist"),
        reverse("admin:partners_agreement_change", args=[agreement.pk]),
        reverse("admin:reports_activity_changelist"),
        reverse("admin:reports_activity_change", args=[activity.pk]),
    ):
        assert admin_client.get(url).status_code == 200, url
    found = admin_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "partners", "model_name": "agreement", "field_name": "partners", "term": partner.name_fr},
    ).json()["results"]
    assert [r["id"] for r in found] == [str(partner.pk)]
    html = admin_client.get(reverse("admin:partners_agreement_changelist")).content.decode()
    assert f'<td class="field-state_display">{Agreement.State.ENDED.label}</td>' in html
