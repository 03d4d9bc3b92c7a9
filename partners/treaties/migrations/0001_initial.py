import cndh.partialdate
import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

from cndh.migration_ops import move_content_types


class Migration(migrations.Migration):
    """Treaties and reporting cycles move from the partners app to their own, rows and all.

    The state takes the models over under their old table names, then the tables
    are renamed, then their content types follow (permissions, admin history).
    """

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('partners', '0002_roles_agreements_treaties_cycles'),
        # Every migration that refers to the models at their old place runs before the tables move.
        ('reports', '0003_partner_mentions'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Treaty',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                        ('status', models.CharField(choices=[('draft', 'Draft'), ('published', 'Published')], default='draft', max_length=10, verbose_name='publishing status')),
                        ('publish_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, help_text='Visitors see a published item from this date and time on.', verbose_name='publish from')),
                        ('acronym', models.CharField(help_text='The official acronym: ICCPR.', max_length=20, unique=True, verbose_name='acronym')),
                        ('slug', models.SlugField(help_text='The acronym in lower case: iccpr, op-cedaw.', max_length=40, unique=True, verbose_name='slug')),
                        ('name', models.CharField(max_length=300, verbose_name='name')),
                        ('name_ar', models.CharField(max_length=300, null=True, verbose_name='name')),
                        ('name_zgh', models.CharField(max_length=300, null=True, verbose_name='name')),
                        ('name_fr', models.CharField(max_length=300, null=True, verbose_name='name')),
                        ('name_en', models.CharField(max_length=300, null=True, verbose_name='name')),
                        ('adoption_year', models.PositiveSmallIntegerField(validators=[django.core.validators.MinValueValidator(1945), django.core.validators.MaxValueValidator(2100)], verbose_name='year of adoption')),
                        ('order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
                        ('signature_date', cndh.partialdate.PartialDateField(blank=True, help_text='Year (2019), year and month (2019-12) or full date (2019-12-05).', verbose_name='signature')),
                        ('consent_kind', models.CharField(blank=True, choices=[('ratification', 'Ratification'), ('accession', 'Accession'), ('succession', 'Succession'), ('unspecified', 'Ratification or accession')], help_text='Leave empty while Morocco is not bound by the instrument.', max_length=20, verbose_name='consent to be bound')),
                        ('consent_date', cndh.partialdate.PartialDateField(blank=True, help_text='Date of deposit; leave empty when it is not known.', verbose_name='date of consent')),
                        ('reservations', models.TextField(blank=True, verbose_name='reservations and declarations')),
                        ('reservations_ar', models.TextField(blank=True, null=True, verbose_name='reservations and declarations')),
                        ('reservations_zgh', models.TextField(blank=True, null=True, verbose_name='reservations and declarations')),
                        ('reservations_fr', models.TextField(blank=True, null=True, verbose_name='reservations and declarations')),
                        ('reservations_en', models.TextField(blank=True, null=True, verbose_name='reservations and declarations')),
                        ('individual_complaints', models.CharField(blank=True, choices=[('accepted', 'Accepted'), ('not-accepted', 'Not accepted'), ('not-applicable', 'No such procedure')], max_length=20, verbose_name='individual complaints')),
                        ('inquiry_procedure', models.CharField(blank=True, choices=[('accepted', 'Accepted'), ('not-accepted', 'Not accepted'), ('not-applicable', 'No such procedure')], max_length=20, verbose_name='inquiry procedure')),
                        ('body', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='treaties', to='partners.partner', verbose_name='treaty body')),
                        ('parent', models.ForeignKey(blank=True, help_text='For an optional protocol: the treaty it completes.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='protocols', to='treaties.treaty', verbose_name='protocol to')),
                    ],
                    options={
                        'db_table': 'partners_treaty',
                        'verbose_name': 'treaty',
                        'verbose_name_plural': 'treaties',
                        'ordering': ['order', 'adoption_year', 'acronym'],
                    },
                ),
                migrations.CreateModel(
                    name='ReportingCycle',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                        ('status', models.CharField(choices=[('draft', 'Draft'), ('published', 'Published')], default='draft', max_length=10, verbose_name='publishing status')),
                        ('publish_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, help_text='Visitors see a published item from this date and time on.', verbose_name='publish from')),
                        ('kind', models.CharField(choices=[('report', 'State report'), ('review', 'Periodic review'), ('visit', 'Country visit')], default='report', max_length=10, verbose_name='kind')),
                        ('order', models.PositiveSmallIntegerField(default=0, help_text='Position in the timeline.', verbose_name='order')),
                        ('label', models.CharField(help_text='Initial report, 5th periodic report...', max_length=200, verbose_name='label')),
                        ('label_ar', models.CharField(help_text='Initial report, 5th periodic report...', max_length=200, null=True, verbose_name='label')),
                        ('label_zgh', models.CharField(help_text='Initial report, 5th periodic report...', max_length=200, null=True, verbose_name='label')),
                        ('label_fr', models.CharField(help_text='Initial report, 5th periodic report...', max_length=200, null=True, verbose_name='label')),
                        ('label_en', models.CharField(help_text='Initial report, 5th periodic report...', max_length=200, null=True, verbose_name='label')),
                        ('procedure', models.CharField(choices=[('standard', 'Standard procedure'), ('simplified', 'Simplified procedure (list of issues prior to reporting)')], default='standard', max_length=12, verbose_name='procedure')),
                        ('due_date', cndh.partialdate.PartialDateField(blank=True, help_text='Year (2019), year and month (2019-12) or full date (2019-12-05).', verbose_name='due date')),
                        ('report_received', models.BooleanField(default=False, help_text='Tick when the report was received even if its date is not known; a date ticks it.', verbose_name='state report received')),
                        ('submitted_date', cndh.partialdate.PartialDateField(blank=True, help_text='Year (2019), year and month (2019-12) or full date (2019-12-05).', verbose_name='state report received on')),
                        ('list_of_issues_date', cndh.partialdate.PartialDateField(blank=True, help_text='Year (2019), year and month (2019-12) or full date (2019-12-05).', verbose_name='list of issues')),
                        ('list_of_issues_url', models.URLField(blank=True, verbose_name='list of issues (link)')),
                        ('review_session', models.CharField(blank=True, max_length=200, verbose_name='review session')),
                        ('review_session_ar', models.CharField(blank=True, max_length=200, null=True, verbose_name='review session')),
                        ('review_session_zgh', models.CharField(blank=True, max_length=200, null=True, verbose_name='review session')),
                        ('review_session_fr', models.CharField(blank=True, max_length=200, null=True, verbose_name='review session')),
                        ('review_session_en', models.CharField(blank=True, max_length=200, null=True, verbose_name='review session')),
                        ('review_date', cndh.partialdate.PartialDateField(blank=True, help_text='The dialogue with the body, or the dates of a visit.', verbose_name='review date')),
                        ('observations_date', cndh.partialdate.PartialDateField(blank=True, help_text='Year (2019), year and month (2019-12) or full date (2019-12-05).', verbose_name='concluding observations')),
                        ('observations_url', models.URLField(blank=True, verbose_name='concluding observations (link)')),
                        ('follow_up', models.TextField(blank=True, verbose_name='follow-up')),
                        ('follow_up_ar', models.TextField(blank=True, null=True, verbose_name='follow-up')),
                        ('follow_up_zgh', models.TextField(blank=True, null=True, verbose_name='follow-up')),
                        ('follow_up_fr', models.TextField(blank=True, null=True, verbose_name='follow-up')),
                        ('follow_up_en', models.TextField(blank=True, null=True, verbose_name='follow-up')),
                        ('mechanism', models.ForeignKey(blank=True, help_text="For a review outside a treaty body's reporting: the Universal Periodic Review, the SPT.", null=True, on_delete=django.db.models.deletion.PROTECT, related_name='reporting_cycles', to='partners.partner', verbose_name='mechanism')),
                        ('treaty', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='cycles', to='treaties.treaty', verbose_name='treaty')),
                    ],
                    options={
                        'db_table': 'partners_reportingcycle',
                        'verbose_name': 'reporting cycle',
                        'verbose_name_plural': 'reporting cycles',
                        'ordering': ['order', 'pk'],
                    },
                ),
                migrations.AddConstraint(
                    model_name='treaty',
                    constraint=models.CheckConstraint(condition=models.Q(('consent_date', ''), models.Q(('consent_kind', ''), _negated=True), _connector='OR'), name='treaty_consent_date_needs_kind', violation_error_message='A date of consent needs its kind.'),
                ),
                migrations.AddConstraint(
                    model_name='reportingcycle',
                    constraint=models.CheckConstraint(condition=models.Q(('treaty__isnull', False), ('mechanism__isnull', False), _connector='OR'), name='cycle_has_treaty_or_mechanism', violation_error_message='Choose the treaty or the mechanism this cycle belongs to.'),
                ),
            ],
        ),
        migrations.AlterModelTable(name='treaty', table=None),
        migrations.AlterModelTable(name='reportingcycle', table=None),
        move_content_types('partners', 'treaties', ['treaty', 'reportingcycle']),
    ]
