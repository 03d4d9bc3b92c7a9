"""Newsletter pages: subscribe, confirm, leave, change language, and the archive of editions.

Every form works as a plain POST followed by a redirect and a message; the
side-column script only sends the same POST asking for JSON.
"""

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from django.views.generic import DetailView, ListView, TemplateView

from cndh.context_processors import language_links
from cndh.http import client_address, local_redirect_path, same_origin_post
from cndh.i18n import localized
from cndh.views import BreadcrumbMixin, FirstPageMixin
from news.newsletter import services, topics
from news.newsletter.forms import PreferencesForm, SubscribeForm
from news.newsletter.models import Edition, comma_values


def wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def newsletter_trail() -> list[tuple[str, str]]:
    return [(gettext_lazy("Newsletter"), reverse("newsletter:subscribe"))]


SUBSCRIBED_MESSAGE = gettext_lazy(
    "Thank you. If this address can receive the newsletter, a message is on its way to it: "
    "follow the link it contains to confirm your subscription."
)
THROTTLED_MESSAGE = gettext_lazy(
    "Too many subscription attempts in a short time. Nothing was changed; please try again in an hour."
)


@method_decorator(same_origin_post, name="dispatch")
class SubscribeView(BreadcrumbMixin, TemplateView):
    """The newsletter's own page; the side-column form posts here too.

    The form carries no CSRF token, so that every page with the side column can be
    cached (cndh.pagecache): the origin check, the double opt-in (a forged request can
    only send a confirmation mail) and the rate limits stand in for it.
    """

    template_name = "newsletter/subscribe.html"

    def get_breadcrumbs(self):
        return [(_("Newsletter"), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", SubscribeForm(language=get_language(), prefix_id="newsletter-page"))
        context["newsletter_page"] = True
        return context

    def post(self, request, *args, **kwargs):
        # Checked before anything is recorded: the answer is a redirect to a path of this site.
        target = local_redirect_path(request, request.POST.get("next", ""), fallback=reverse("newsletter:subscribe"))
        form = SubscribeForm(request.POST, language=get_language(), prefix_id="newsletter-page")
        if not form.is_valid():
            if wants_json(request):
                return JsonResponse({"ok": False, "errors": {k: [str(e) for e in v] for k, v in form.errors.items()}})
            return self.render_to_response(self.get_context_data(form=form), status=400)
        email = form.cleaned_data["email"]
        if not services.subscribe_attempt_allowed(email=email, client_address=client_address(request)):
            if wants_json(request):
                return JsonResponse({"ok": False, "message": str(THROTTLED_MESSAGE)}, status=429)
            context = self.get_context_data(form=form, throttled_message=THROTTLED_MESSAGE)
            return self.render_to_response(context, status=429)
        if not form.is_robot():
            services.subscription_request(
                email=email,
                language=form.cleaned_data["language"],
                client_address=client_address(request),
                topics=form.chosen_topics(),
            )
        if wants_json(request):
            return JsonResponse({"ok": True, "message": str(SUBSCRIBED_MESSAGE)})
        messages.success(request, SUBSCRIBED_MESSAGE)
        return HttpResponseRedirect(target)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token: str):
    """The link in the confirmation mail opens a page whose button confirms.

    Mail scanners and link previews follow links (GET) but do not press
    buttons, so only the visitor's POST confirms; the GET changes nothing.
    """
    try:
        if request.method != "POST":
            services.subscriber_from_confirmation_token(token=token)
            return _result(request, "confirm", token=token)
        subscriber = services.subscriber_confirm(token=token, client_address=client_address(request))
    except services.InvalidToken:
        return _result(request, "invalid-confirmation", status=400)
    return _result(request, "confirmed", subscriber=subscriber)


def _result(request, outcome: str, *, status: int = 200, **context):
    view = ResultView.as_view(extra_context={"outcome": outcome, **context})
    response = view(request)
    response.status_code = status
    return response


class ResultView(BreadcrumbMixin, TemplateView):
    template_name = "newsletter/result.html"

    def get_breadcrumbs(self):
        return [*newsletter_trail(), (_("Your subscription"), None)]

    def post(self, request, *args, **kwargs):
        return self.get(request, *args, **kwargs)


class ManageMixin(BreadcrumbMixin):
    """Pages reached from the signed link in every newsletter message."""

    def dispatch(self, request, *args, **kwargs):
        try:
            self.subscriber = services.subscriber_from_manage_token(token=kwargs["token"])
        except services.InvalidToken:
            return _result(request, "invalid-link", status=400)
        response = super().dispatch(request, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        return response


class UnsubscribeView(ManageMixin, TemplateView):
    template_name = "newsletter/unsubscribe.html"

    def get_breadcrumbs(self):
        return [*newsletter_trail(), (_("Unsubscribe"), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["subscriber"] = self.subscriber
        context["token"] = self.kwargs["token"]
        return context

    def post(self, request, token: str):
        services.subscriber_unsubscribe(subscriber=self.subscriber, client_address=client_address(request))
        messages.success(request, _("You have left the newsletter. You will receive no more editions."))
        return redirect("newsletter:unsubscribe", token=token)


class PreferencesView(ManageMixin, TemplateView):
    template_name = "newsletter/preferences.html"

    def get_breadcrumbs(self):
        return [*newsletter_trail(), (_("Your subscription"), None)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        chosen = topics.chosen(self.subscriber.topics)
        initial = {
            "language": self.subscriber.language,
            "kinds": [t for t in chosen if t.startswith(topics.KIND)],
            "categories": [t for t in chosen if t.startswith(topics.CATEGORY)],
        }
        context.setdefault("form", PreferencesForm(initial=initial))
        context["subscriber"] = self.subscriber
        context["token"] = self.kwargs["token"]
        return context

    def post(self, request, token: str):
        form = PreferencesForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        services.subscriber_set_preferences(
            subscriber=self.subscriber, language=form.cleaned_data["language"], topics=form.chosen_topics()
        )
        messages.success(request, _("Your choices have been saved."))
        return redirect("newsletter:preferences", token=token)


@csrf_exempt
@require_POST
def one_click_unsubscribe(request, token: str):
    """RFC 8058: a mail client's POST with ``List-Unsubscribe=One-Click`` leaves the list, nothing else."""
    try:
        subscriber = services.subscriber_from_manage_token(token=token)
    except services.InvalidToken:
        return HttpResponse("Invalid link.\n", status=400, content_type="text/plain; charset=utf-8")
    services.subscriber_unsubscribe(subscriber=subscriber, client_address=client_address(request))
    return HttpResponse("Unsubscribed.\n", content_type="text/plain; charset=utf-8")


def _archive_queryset(language: str):
    return Edition.objects.archived_in(language)


class ArchiveListView(BreadcrumbMixin, FirstPageMixin, ListView):
    template_name = "newsletter/archive_list.html"
    context_object_name = "editions"
    paginate_by = 20

    def get_queryset(self):
        return _archive_queryset(get_language())

    def get_breadcrumbs(self):
        return [*newsletter_trail(), (_("Past editions"), None)]


class ArchiveDetailView(BreadcrumbMixin, DetailView):
    template_name = "newsletter/archive_detail.html"
    context_object_name = "edition"

    def get_queryset(self):
        return _archive_queryset(get_language())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = get_language()
        context["contents"] = services.edition_contents(edition=self.object, language=language)
        # In the languages the edition did not go out in, the language switcher offers that
        # language's archive instead of a page that is not there.
        sent_in = set(comma_values(self.object.sent_languages))
        elsewhere = {}
        for code, _name in settings.LANGUAGES:
            if code not in sent_in:
                with translation.override(code):
                    elsewhere[code] = reverse("newsletter:archive")
        context["LANGUAGE_LINKS"] = language_links(self.request, elsewhere=elsewhere)
        return context

    def get_breadcrumbs(self):
        return [
            *newsletter_trail(),
            (_("Past editions"), reverse("newsletter:archive")),
            (localized(self.object, "subject"), None),
        ]
