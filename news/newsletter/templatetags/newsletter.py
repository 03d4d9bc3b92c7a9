"""The newsletter sign-up block of the side column."""

from django import template
from django.utils.translation import get_language

from news.newsletter.forms import SubscribeForm

register = template.Library()


@register.inclusion_tag("newsletter/_aside.html", takes_context=True)
def newsletter_form(context):
    request = context.get("request")
    return {
        # The newsletter's own page shows the form in its main column instead.
        "show": not context.get("newsletter_page"),
        "form": SubscribeForm(language=get_language(), prefix_id="newsletter-aside"),
        # In the side column, a stand-in that each page replaces with its address (cndh.fragments).
        "next": context.get("page_address") or (request.get_full_path() if request else ""),
    }
