"""A database at the schema before treaties and the newsletter had apps of their own migrates forward whole.

The test walks a real database back to that schema, fills it through the
historical models, migrates forward, and finds every row, relation, content
type and queued task where the new apps expect them.
"""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE_THE_MOVE = [
    ("partners", "0002_roles_agreements_treaties_cycles"),
    ("reports", "0003_partner_mentions"),
    ("news", "0002_newsletter"),
    ("treaties", None),
    ("newsletter", None),
]


def migrate(targets):
    """Apply or unapply migrations up to ``targets``; return the models as they are there."""
    MigrationExecutor(connection).migrate(targets)
    loader = MigrationExecutor(connection).loader
    named = {app for app, _name in targets}
    nodes = [node for node in targets if node[1]]
    nodes += [node for node in loader.graph.leaf_nodes() if node[0] not in named]
    return loader.project_state(nodes, at_end=True).apps


def test_an_existing_database_keeps_every_row_through_the_move():
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    old = migrate(BEFORE_THE_MOVE)
    now = timezone.now()
    Partner = old.get_model("partners", "Partner")
    Treaty = old.get_model("partners", "Treaty")
    ReportingCycle = old.get_model("partners", "ReportingCycle")
    Report = old.get_model("reports", "Report")
    NewsItem = old.get_model("news", "NewsItem")
    Subscriber = old.get_model("news", "Subscriber")
    ConsentRecord = old.get_model("news", "ConsentRecord")
    Edition = old.get_model("news", "Edition")
    Delivery = old.get_model("news", "Delivery")
    ContentType = old.get_model("contenttypes", "ContentType")
    TaskResult = old.get_model("django_tasks_database", "DBTaskResult")

    cat_body = Partner.objects.create(slug="cat", name="Committee against Torture", category="un-human-rights")
    cat = Treaty.objects.create(acronym="CAT", slug="cat", name="Convention", adoption_year=1984, body=cat_body)
    opcat = Treaty.objects.create(acronym="OP-CAT", slug="op-cat", name="Protocol", adoption_year=2002, parent=cat)
    cycle = ReportingCycle.objects.create(treaty=cat, label_ar="Fifth periodic report", due_date="2015-11")
    report = Report.objects.create(kind="parallel", year=2021, slug="parallel", title="Parallel", reporting_cycle=cycle)
    item = NewsItem.objects.create(slug="news", title="News", publish_at=now)
    reader = Subscriber.objects.create(email="reader@example.org", language="fr", status="active")
    ConsentRecord.objects.create(subscriber=reader, action="given", text_version="1", language="fr")
    edition = Edition.objects.create(subject="Edition", publish_at=now)
    edition.items.add(item)
    Delivery.objects.create(edition=edition, subscriber=reader, status="sent")
    # Before the move, content types and queued tasks name the old places.
    moved = {("partners", "treaty"), ("partners", "reportingcycle"), ("news", "edition"), ("news", "subscriber")}
    type_ids = {key: ContentType.objects.get_or_create(app_label=key[0], model=key[1])[0].pk for key in sorted(moved)}
    TaskResult.objects.create(
        task_path="news.tasks.deliver_edition",
        args_kwargs={"args": [edition.pk], "kwargs": {}},
        backend_name="default",
        queue_name="default",
        run_after=now + datetime.timedelta(hours=1),
        exception_class_path="",
        traceback="",
    )

    migrate(latest)

    from django.contrib.contenttypes.models import ContentType as CurrentContentType
    from django_tasks_db.models import DBTaskResult

    from news.models import NewsItem as CurrentNewsItem
    from news.newsletter.models import ConsentRecord as CurrentConsent
    from news.newsletter.models import Delivery as CurrentDelivery
    from news.newsletter.models import Edition as CurrentEdition
    from partners.treaties.models import ReportingCycle as CurrentCycle
    from partners.treaties.models import Treaty as CurrentTreaty
    from reports.models import Report as CurrentReport

    assert CurrentTreaty.objects.get(pk=opcat.pk).parent.acronym == "CAT"
    assert CurrentTreaty.objects.get(pk=cat.pk).body.slug == "cat"
    assert CurrentCycle.objects.get(pk=cycle.pk).treaty_id == cat.pk
    assert CurrentReport.objects.get(pk=report.pk).reporting_cycle.label == "Fifth periodic report"
    assert list(CurrentEdition.objects.get(pk=edition.pk).items.values_list("slug", flat=True)) == ["news"]
    delivery = CurrentDelivery.objects.get()
    assert (delivery.edition_id, delivery.subscriber.email, delivery.status) == (
        edition.pk,
        "reader@example.org",
        "sent",
    )
    assert CurrentConsent.objects.get().subscriber_id == reader.pk
    assert CurrentNewsItem.objects.get(pk=item.pk).editions.get().pk == edition.pk
    # Content types keep their ids under the new labels, so permissions and admin history follow.
    new_label = {"partners": "treaties", "news": "newsletter"}
    for (app, model), pk in type_ids.items():
        assert CurrentContentType.objects.get(pk=pk).app_label == new_label[app], model
    assert list(DBTaskResult.objects.values_list("task_path", flat=True)) == ["news.newsletter.tasks.deliver_edition"]
    # The tables carry the new apps' names.
    tables = set(connection.introspection.table_names())
    assert {"treaties_treaty", "treaties_reportingcycle", "newsletter_edition_items", "newsletter_delivery"} <= tables
    assert not {"partners_treaty", "news_edition", "news_edition_items", "news_subscriber"} & tables
