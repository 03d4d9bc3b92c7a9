from django.db import migrations


class Migration(migrations.Migration):
    """Treaties and reporting cycles leave the partners app's state; their tables now belong to the treaties app."""

    dependencies = [
        ('partners', '0002_roles_agreements_treaties_cycles'),
        ('reports', '0004_report_cycle_from_treaties'),
        ('treaties', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name='reportingcycle', name='mechanism'),
                migrations.RemoveField(model_name='reportingcycle', name='treaty'),
                migrations.RemoveField(model_name='treaty', name='body'),
                migrations.RemoveField(model_name='treaty', name='parent'),
                migrations.DeleteModel(name='ReportingCycle'),
                migrations.DeleteModel(name='Treaty'),
            ],
        ),
    ]
