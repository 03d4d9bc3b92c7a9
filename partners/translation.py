from modeltranslation.translator import TranslationOptions, register

from partners.models import Agreement, Partner, ReportingCycle, Role, Treaty


@register(Partner)
class PartnerTranslationOptions(TranslationOptions):
    fields = ("name", "acronym", "description", "logo_alt")
    required_languages = ("ar",)


# --- roles and agreements ---
@register(Role)
class RoleTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("ar",)


@register(Agreement)
class AgreementTranslationOptions(TranslationOptions):
    fields = ("title", "summary")


# Treaties and reporting


@register(Treaty)
class TreatyTranslationOptions(TranslationOptions):
    fields = ("name", "reservations")
    required_languages = ("ar",)


@register(ReportingCycle)
class ReportingCycleTranslationOptions(TranslationOptions):
    fields = ("label", "review_session", "follow_up")
    required_languages = ("ar",)
