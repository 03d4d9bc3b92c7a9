from django.db import migrations


class Migration(migrations.Migration):
    """The newsletter's models leave the news app's state; their tables now belong to the newsletter app."""

    dependencies = [
        ('news', '0002_newsletter'),
        ('newsletter', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name='delivery', name='edition'),
                migrations.RemoveField(model_name='delivery', name='subscriber'),
                migrations.RemoveField(model_name='edition', name='items'),
                migrations.DeleteModel(name='ConsentRecord'),
                migrations.DeleteModel(name='Delivery'),
                migrations.DeleteModel(name='Subscriber'),
                migrations.DeleteModel(name='Edition'),
            ],
        ),
    ]
