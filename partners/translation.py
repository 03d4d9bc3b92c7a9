from modeltranslation.translator import TranslationOptions, register

from partners.models import Partner


@register(Partner)
class PartnerTranslationOptions(TranslationOptions):
    fields = ("name", "acronym", "description", "logo_alt")
    required_languages = ("ar",)
