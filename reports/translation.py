from modeltranslation.translator import TranslationOptions, register

from reports.models import Activity, Chapter, Report


@register(Report)
class ReportTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "cover_alt")
    required_languages = ("ar",)


@register(Chapter)
class ChapterTranslationOptions(TranslationOptions):
    fields = ("title", "body")
    required_languages = ("ar",)


@register(Activity)
class ActivityTranslationOptions(TranslationOptions):
    fields = ("title", "summary")
    required_languages = ("ar",)
