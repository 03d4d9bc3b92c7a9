"""Visibility lives in the querysets: for every publishable model, ``published()`` and ``is_public`` agree.

Hypothesis draws the status and publication time of an item and of every parent
it is shown under (``public_parents``, followed up the tree: an activity, its
chapter, the chapter's report), with empty optional parents, then checks that
the queryset and the object say the same.
"""

import datetime

from django.apps import apps
from django.utils import timezone
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from cndh.models import Page, Publishable
from news.models import NewsItem
from news.newsletter.models import Edition
from partners.models import Agreement, Partner
from partners.treaties.models import ReportingCycle, Treaty
from reports.models import Activity, Chapter, Report
from tests import factories

#: How to make one row of each publishable model, given its parents; the test fails for a model missing here.
BUILDERS = {
    Page: factories.PageFactory,
    Partner: factories.PartnerFactory,
    Agreement: factories.AgreementFactory,
    Treaty: factories.TreatyFactory,
    ReportingCycle: factories.ReportingCycleFactory,
    Report: factories.ReportFactory,
    Chapter: factories.ChapterFactory,
    Activity: factories.ActivityFactory,
    NewsItem: factories.NewsItemFactory,
    Edition: factories.EditionFactory,
}


def publishable_models() -> list[type[Publishable]]:
    return [m for m in apps.get_models() if issubclass(m, Publishable)]


def own_state():
    return st.fixed_dictionaries(
        {"status": st.sampled_from(Publishable.Status.values), "days": st.sampled_from([-30, -1, 1, 30])}
    )


def spec(model) -> st.SearchStrategy:
    """The states of an item and, recursively, of its parents (None: an empty optional parent)."""
    parents = {}
    for name in model.public_parents:
        field = model._meta.get_field(name)
        parent = spec(field.related_model)
        parents[name] = st.one_of(st.none(), parent) if field.null else parent
    return st.fixed_dictionaries({"own": own_state(), "parents": st.fixed_dictionaries(parents)})


def build(model, case: dict, now: datetime.datetime):
    parents = {
        name: None if parent is None else build(model._meta.get_field(name).related_model, parent, now)
        for name, parent in case["parents"].items()
    }
    own = case["own"]
    return BUILDERS[model](**parents, status=own["status"], publish_at=now + datetime.timedelta(days=own["days"]))


def expected(case: dict) -> bool:
    own = case["own"]
    visible = own["status"] == Publishable.Status.PUBLISHED and own["days"] < 0
    return visible and all(parent is None or expected(parent) for parent in case["parents"].values())


def test_every_publishable_model_has_a_case_here():
    assert set(publishable_models()) == set(BUILDERS)


def test_children_declare_their_parents():
    assert Chapter.public_parents == ("report",)
    assert set(ReportingCycle.public_parents) == {"treaty", "mechanism"}
    assert Activity.public_parents == ("chapter",)


class PublishedAgreesWithIsPublic(TestCase):
    def check(self, model, case):
        now = timezone.now()
        if model is ReportingCycle:
            assume(any(parent is not None for parent in case["parents"].values()))
        obj = build(model, case, now)
        fresh = model.objects.get(pk=obj.pk)
        in_queryset = model.objects.published().filter(pk=obj.pk).exists()
        assert in_queryset == fresh.is_public == expected(case)
        # The queryset's answer does not depend on which parent rows were loaded with the object.
        assert model.objects.published().count() == int(in_queryset) + sum(
            1 for other in model.objects.exclude(pk=obj.pk) if other.is_public
        )


def _add_case(model):
    @settings(max_examples=25, deadline=None)
    @given(case=spec(model))
    def test(self, case):
        self.check(model, case)

    test.__name__ = f"test_{model._meta.label_lower.replace('.', '_')}"
    setattr(PublishedAgreesWithIsPublic, test.__name__, test)


for _model in BUILDERS:
    _add_case(_model)
