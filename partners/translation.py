from modeltranslation.translator import TranslationOptions, register

from partners.models import Partner, ReportingCycle, Treaty


@register(Partner)
class PartnerTranslationOptions(TranslationOptions):
    fields = ("name", "acronym", "description", "logo_alt")
    required_languages = ("ar",)


# Treaties and reporting


@register(Treaty)
class TreatyTranslationOptions(TranslationOptions):
    fields = ("name", "reservations")
    required_languages = ("ar",)


@register(ReportingCycle)
class ReportingCycleTranslationOptions(TranslationOptions):
    fields = ("label", "review_session", "follow_up")
    required_languages = ("ar",)
