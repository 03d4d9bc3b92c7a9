from modeltranslation.translator import TranslationOptions, register

from news.newsletter.models import Edition


@register(Edition)
class EditionTranslationOptions(TranslationOptions):
    fields = ("subject", "introduction")
    required_languages = ("ar",)
