"""Operations for migrations that move models from one app to another without touching their rows.

A move is three steps: the new app takes the models over in the migration
state only (``SeparateDatabaseAndState``, naming the old tables), renames the
tables to its own names (``AlterModelTable``), and carries the content types
over with this module's operation, so that permissions, admin history and
anything else keyed on a content type follow the rows.
"""

from django.db import migrations


def move_content_types(old_app: str, new_app: str, models: list[str]) -> migrations.RunPython:
    """Relabel the content types of ``models`` from ``old_app`` to ``new_app`` (and back when reversed).

    A content type that already exists under the target label (made by hand, or by a
    ``migrate`` run before) is left alone; ``remove_stale_contenttypes`` cleans up after it.
    """

    def relabel(source: str, target: str):
        def run(apps, schema_editor):
            ContentType = apps.get_model("contenttypes", "ContentType")
            db = schema_editor.connection.alias
            for model in models:
                if not ContentType.objects.using(db).filter(app_label=target, model=model).exists():
                    ContentType.objects.using(db).filter(app_label=source, model=model).update(app_label=target)

        return run

    return migrations.RunPython(relabel(old_app, new_app), relabel(new_app, old_app), elidable=False)
