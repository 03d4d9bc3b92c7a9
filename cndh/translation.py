from modeltranslation.translator import TranslationOptions, register

from cndh.models import Page


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "intro")
    required_languages = ("ar",)
