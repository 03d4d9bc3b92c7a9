import django.db.models.deletion
import django.db.models.functions.text
import django.utils.timezone
from django.db import migrations, models

from cndh.migration_ops import move_content_types

def _task_paths(old: str, new: str):
    """Queued tasks name their function by import path: rows waiting in the queue must find it at its new place."""

    def run(apps, schema_editor):
        DBTaskResult = apps.get_model("django_tasks_database", "DBTaskResult")
        for result in DBTaskResult.objects.using(schema_editor.connection.alias).filter(task_path__startswith=old):
            result.task_path = new + result.task_path[len(old):]
            result.save(update_fields=["task_path"])

    return run

class Migration(migrations.Migration):
    """Subscribers, consent records, editions and deliveries move from the news app to their own.

    The state takes the models over under their old table names, then the tables
    (and the editions' many-to-many table) are renamed, then their content types
    and the queued tasks follow.
    """

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('django_tasks_database', '0021_conditional_partial_index_ordering'),
        ('news', '0002_newsletter'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Edition',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                        ('status', models.CharField(choices=[('draft', 'Draft'), ('published', 'Published')], default='draft', max_length=10, verbose_name='publishing status')),
                        ('publish_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, help_text='Visitors see a published item from this date and time on.', verbose_name='publish from')),
                        ('subject', models.CharField(max_length=200, verbose_name='subject')),
                        ('subject_ar', models.CharField(max_length=200, null=True, verbose_name='subject')),
                        ('subject_zgh', models.CharField(max_length=200, null=True, verbose_name='subject')),
                        ('subject_fr', models.CharField(max_length=200, null=True, verbose_name='subject')),
                        ('subject_en', models.CharField(max_length=200, null=True, verbose_name='subject')),
                        ('introduction', models.TextField(blank=True, verbose_name='introduction')),
                        ('introduction_ar', models.TextField(blank=True, null=True, verbose_name='introduction')),
                        ('introduction_zgh', models.TextField(blank=True, null=True, verbose_name='introduction')),
                        ('introduction_fr', models.TextField(blank=True, null=True, verbose_name='introduction')),
                        ('introduction_en', models.TextField(blank=True, null=True, verbose_name='introduction')),
                        ('selection', models.CharField(choices=[('chosen', 'The news items chosen below'), ('since-last', 'Everything published since the last edition')], default='chosen', max_length=12, verbose_name='news items')),
                        ('scheduled_for', models.DateTimeField(blank=True, help_text='Empty: as soon as it is queued.', null=True, verbose_name='send at')),
                        ('queued_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='queued')),
                        ('prepared_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='prepared')),
                        ('completed_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='delivered')),
                        ('items', models.ManyToManyField(blank=True, related_name='editions', to='news.newsitem', verbose_name='chosen news items')),
                    ],
                    options={
                        'db_table': 'news_edition',
                        'verbose_name': 'newsletter edition',
                        'verbose_name_plural': 'newsletter editions',
                        'ordering': ['-publish_at', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='Subscriber',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                        ('email', models.EmailField(max_length=254, verbose_name='email address')),
                        ('language', models.CharField(choices=[('ar', 'Arabic'), ('zgh', 'Tamazight'), ('fr', 'French'), ('en', 'English')], max_length=8, verbose_name='language')),
                        ('status', models.CharField(choices=[('pending', 'Waiting for confirmation'), ('active', 'Active'), ('unsubscribed', 'Unsubscribed'), ('bounced', 'Bounced')], default='pending', max_length=12, verbose_name='status')),
                        ('confirmation_nonce', models.CharField(blank=True, editable=False, max_length=32)),
                        ('confirmed_at', models.DateTimeField(blank=True, null=True, verbose_name='confirmed')),
                        ('unsubscribed_at', models.DateTimeField(blank=True, null=True, verbose_name='unsubscribed')),
                        ('bounced_at', models.DateTimeField(blank=True, null=True, verbose_name='bounced')),
                        ('bounce_reason', models.CharField(blank=True, max_length=500, verbose_name='bounce reason')),
                    ],
                    options={
                        'db_table': 'news_subscriber',
                        'verbose_name': 'subscriber',
                        'verbose_name_plural': 'subscribers',
                        'ordering': ['-created_at'],
                        'constraints': [models.UniqueConstraint(django.db.models.functions.text.Lower('email'), name='subscriber_unique_email_ci')],
                    },
                ),
                migrations.CreateModel(
                    name='ConsentRecord',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('action', models.CharField(choices=[('given', 'Consent given'), ('confirmed', 'Address confirmed'), ('withdrawn', 'Consent withdrawn')], max_length=10, verbose_name='action')),
                        ('text_version', models.CharField(max_length=20, verbose_name='consent text version')),
                        ('language', models.CharField(max_length=8, verbose_name='language')),
                        ('client_address', models.GenericIPAddressField(blank=True, null=True, verbose_name='client address')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='time')),
                        ('subscriber', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='consents', to='newsletter.subscriber')),
                    ],
                    options={
                        'db_table': 'news_consentrecord',
                        'verbose_name': 'consent record',
                        'verbose_name_plural': 'consent records',
                        'ordering': ['created_at', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='Delivery',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('status', models.CharField(choices=[('pending', 'Pending'), ('claimed', 'Being sent'), ('sent', 'Sent'), ('failed', 'Failed')], default='pending', max_length=8, verbose_name='status')),
                        ('attempts', models.PositiveSmallIntegerField(default=0, verbose_name='attempts')),
                        ('next_attempt_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='next attempt')),
                        ('claim_token', models.UUIDField(blank=True, null=True)),
                        ('claimed_by', models.CharField(blank=True, max_length=100, verbose_name='worker')),
                        ('lease_until', models.DateTimeField(blank=True, null=True)),
                        ('sent_at', models.DateTimeField(blank=True, null=True, verbose_name='sent')),
                        ('error', models.CharField(blank=True, max_length=500, verbose_name='last error')),
                        ('edition', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='deliveries', to='newsletter.edition')),
                        ('subscriber', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='deliveries', to='newsletter.subscriber')),
                    ],
                    options={
                        'db_table': 'news_delivery',
                        'verbose_name': 'delivery',
                        'verbose_name_plural': 'deliveries',
                        'ordering': ['pk'],
                        'indexes': [models.Index(fields=['edition', 'status', 'next_attempt_at'], name='delivery_claim_idx')],
                        'constraints': [models.UniqueConstraint(fields=('edition', 'subscriber'), name='delivery_unique_per_subscriber')],
                    },
                ),
            ],
        ),
        migrations.AlterModelTable(name='subscriber', table=None),
        migrations.AlterModelTable(name='consentrecord', table=None),
        migrations.AlterModelTable(name='edition', table=None),
        migrations.AlterModelTable(name='delivery', table=None),
        move_content_types('news', 'newsletter', ['subscriber', 'consentrecord', 'edition', 'delivery']),
        migrations.RunPython(
            _task_paths('news.tasks.', 'news.newsletter.tasks.'),
            _task_paths('news.newsletter.tasks.', 'news.tasks.'),
        ),
    ]
