from modeltranslation.translator import TranslationOptions, register

from partners.models import Agreement, Partner, Role


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
