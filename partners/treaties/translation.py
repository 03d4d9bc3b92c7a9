from modeltranslation.translator import TranslationOptions, register

from partners.treaties.models import ReportingCycle, Treaty


@register(Treaty)
class TreatyTranslationOptions(TranslationOptions):
    fields = ("name", "reservations")
    required_languages = ("ar",)


@register(ReportingCycle)
class ReportingCycleTranslationOptions(TranslationOptions):
    fields = ("label", "review_session", "follow_up")
    required_languages = ("ar",)
