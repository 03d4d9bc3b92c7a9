from modeltranslation.translator import TranslationOptions, register

from news.models import NewsItem


@register(NewsItem)
class NewsItemTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body", "image_alt")
    # No fallback for the title: an item untranslated in a feed's language is left out of it.
    required_languages = ("ar",)
