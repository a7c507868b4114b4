"""The routes of the "Submit" section page: the three submission forms, flagging a listing and thanks pages.

Route slugs follow the page's language, so that each language has its own
readable addresses (/fi/ilmoita/tapahtuma/, /sv/anmal/evenemang/,
/en/submit/event/); a slug of another language is a 404. A listing is
flagged at /fi/ilmoita/asiaton/<type>/<id>/ (/sv/anmal/olamplig/...,
/en/submit/inappropriate/...), the type named by its section's slug in the
page's language (tapahtumat, evenemang, events); the older addresses
(/fi/ilmoita/raportoi/..., or the model's English name as the type) redirect
there permanently.
"""

from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import path

from core.spam import honeypot_filled, is_rate_limited
from listings import registry
from regions.models import Region

from . import pending
from .flags import FLAGGABLE, create_flag, flaggable_listing
from .forms import FORMS, ListingFlagForm, keep_valid_image
from .services import build_listing, create_submission

KIND_SLUGS = {
    "event": {"fi": "tapahtuma", "sv": "evenemang", "en": "event"},
    "news": {"fi": "uutinen", "sv": "nyhet", "en": "news"},
    "story": {"fi": "tarina", "sv": "berattelse", "en": "story"},
}
DONE_SLUGS = {"fi": "kiitos", "sv": "tack", "en": "thanks"}
FLAG_SLUGS = {"fi": "asiaton", "sv": "olamplig", "en": "inappropriate"}
#: The flag form's first addresses, kept as permanent redirects for links already shared.
OLD_FLAG_SLUGS = {"fi": "raportoi", "sv": "rapportera", "en": "report"}

KIND_TEXTS = {
    "event": {
        "title": _("Submit an event"),
        "link": _("An event"),
        "explanation": _(
            "A concert, a talk, a work party or another happening open to everyone, with a date and a place."
        ),
    },
    "news": {
        "title": _("Submit a news item"),
        "link": _("A news item"),
        "explanation": _("News from your village, neighbourhood or group that others would like to know."),
    },
    "story": {
        "title": _("Share your story"),
        "link": _("A story"),
        "explanation": _("Your own experience of volunteering or taking part, to encourage others."),
    },
}
ALLOWED_METHODS = ("GET", "HEAD", "POST")
#: The steps of a submission's form besides sending (workflows/submission_preview.html).
PREVIEW, EDIT = "preview", "edit"


def kind_route(kind, language):
    """The part of a submission form's address under the "Submit" page, e.g. "tapahtuma/"."""
    return f"{KIND_SLUGS[kind][language]}/"


def flag_route(listing, language):
    """The part of a listing's flag form's address under the "Submit" page."""
    return f"{FLAG_SLUGS[language]}/{registry.type_slug(registry.for_model(type(listing)), language)}/{listing.pk}/"


class SubmissionRoutesMixin:
    """Routes for `SubmissionPage`; see the module docstring."""

    @property
    def language(self):
        return self.locale.language_code

    def kind_for_slug(self, slug):
        return next((kind for kind, slugs in KIND_SLUGS.items() if slugs.get(self.language) == slug), None)

    def route_url(self, *parts, request=None):
        """The URL of one of the page's routes, e.g. `route_url("tapahtuma")`."""
        return (self.get_url(request) or "/") + "".join(f"{part}/" for part in parts)

    def kind_url(self, kind, request=None):
        return (self.get_url(request) or "/") + kind_route(kind, self.language)

    def flag_url(self, listing, request=None):
        return (self.get_url(request) or "/") + flag_route(listing, self.language)

    def options(self, request):
        return [{"kind": kind, "url": self.kind_url(kind, request), **KIND_TEXTS[kind]} for kind in KIND_SLUGS]

    @path("", name="index")
    def index_route(self, request):
        return self.render(request, context_overrides={"options": self.options(request)})

    @path("<slug:first>/", name="form")
    def form_route(self, request, first):
        """A submission's form, its preview and its sending; see `submission_view`."""
        kind = self.kind_for_slug(first)
        if kind is None:
            raise Http404
        return self.submission_view(
            request, kind, done_url=self.route_url(first, DONE_SLUGS[self.language], request=request)
        )

    def submission_view(self, request, kind, done_url):
        """GET shows the form. POST `action=preview` checks it and shows the item as it will look, with
        everything typed carried on; `action=edit` brings the form back filled in; a POST without an action
        (the preview's send button) sends it: rate-limited, honeypot hits dropped silently.

        An image that passed its checks is kept (workflows.pending) whenever the form comes back, so it is
        never asked for twice.
        """
        if request.method not in ALLOWED_METHODS:
            return HttpResponseNotAllowed(ALLOWED_METHODS)
        region = Region.for_request(request)
        form_class = FORMS[kind]
        context = {
            "kind": kind,
            "texts": KIND_TEXTS[kind],
            "options": [o for o in self.options(request) if o["kind"] != kind],
        }
        status = 200
        action = request.POST.get("action") if request.method == "POST" else None
        if request.method != "POST":
            form = form_class(region=region)
        elif action == EDIT:
            form = form_class(initial=form_class.initial_from(request.POST), region=region)
        else:
            form = form_class(request.POST, request.FILES, region=region)
            # Only sending, and a preview that stores a file, count against the address's limit.
            counted = action != PREVIEW or bool(request.FILES)
            if counted and is_rate_limited(request, kind if action != PREVIEW else f"{kind}:preview"):
                context["rate_limited"] = True
                status = 429
            elif honeypot_filled(request.POST):
                return redirect(done_url)
            elif form.is_valid():
                if action == PREVIEW:
                    return self.preview_response(request, kind, form, region, context)
                create_submission(kind, form.public_data(), region, self.language, image=form.chosen_image())
                return redirect(done_url)
            else:
                context["image_dropped"] = not keep_valid_image(form) and bool(request.FILES)
        response = self.render(
            request, template="workflows/submission_form.html", context_overrides={**context, "form": form}
        )
        response.status_code = status
        return response

    def preview_response(self, request, kind, form, region, context):
        image = form.chosen_image()
        if image is not None and not isinstance(image, pending.PendingImage):
            image = pending.keep(image)
        listing = build_listing(kind, form.public_data(), region, self.language)
        # Wagtail's fragment caches pass a preview by: the draft has no row to key them with.
        request.is_preview = True
        return self.render(
            request,
            template="workflows/submission_preview.html",
            context_overrides={
                **context,
                "form": form,
                "listing": listing,
                "submission_preview": True,
                "detail_template": f"listings/{listing._meta.model_name}_detail.html",
                "kept_image": image,
                "preview_image_url": image.preview_data_url() if image else "",
            },
        )

    @path("<slug:first>/<slug:second>/", name="done")
    def done_route(self, request, first, second):
        if second != DONE_SLUGS[self.language]:
            raise Http404
        kind = self.kind_for_slug(first)
        if kind is not None:
            return self.render(
                request,
                template="workflows/submission_done.html",
                context_overrides={"kind": kind, "texts": KIND_TEXTS[kind], "options": self.options(request)},
            )
        if first == FLAG_SLUGS[self.language]:
            return self.render(request, template="workflows/flag_done.html")
        if first == OLD_FLAG_SLUGS[self.language]:
            return redirect(self.route_url(FLAG_SLUGS[self.language], second, request=request), permanent=True)
        raise Http404

    def flag_type(self, type_slug):
        """The listing type a flag address names, by its slug in the page's language or, as the first
        addresses did, by its model's name (events were "event" in every language)."""
        record = registry.for_type_slug(self.language, type_slug)
        if record is None and type_slug in FLAGGABLE:
            record = registry.for_model(FLAGGABLE[type_slug])
        return record

    @path("<slug:first>/<slug:type_slug>/<int:pk>/", name="flag")
    def flag_route(self, request, first, type_slug, pk):
        record = self.flag_type(type_slug)
        if record is None or first not in (FLAG_SLUGS[self.language], OLD_FLAG_SLUGS[self.language]):
            raise Http404
        current = registry.type_slug(record, self.language)
        if (first, type_slug) != (FLAG_SLUGS[self.language], current):
            return redirect(self.route_url(FLAG_SLUGS[self.language], current, pk, request=request), permanent=True)
        listing = flaggable_listing(Region.for_request(request), record.model_class()._meta.model_name, pk)
        if listing is None:
            raise Http404

        def save(form):
            create_flag(listing, form.public_data(), self.language)

        return self._form_view(
            request,
            form_class=ListingFlagForm,
            form_kwargs={},
            group="flag",
            save=save,
            done_url=self.route_url(first, DONE_SLUGS[self.language], request=request),
            template="workflows/flag_form.html",
            context={"listing": listing},
        )

    def _form_view(self, request, *, form_class, form_kwargs, group, save, done_url, template, context):
        """GET shows the form; POST is rate-limited, drops honeypot hits silently, and redirects when saved."""
        if request.method not in ALLOWED_METHODS:
            return HttpResponseNotAllowed(ALLOWED_METHODS)
        status = 200
        if request.method == "POST":
            form = form_class(request.POST, request.FILES, **form_kwargs)
            if is_rate_limited(request, group):
                # Shown again with everything typed, so that nothing is lost while waiting.
                context = {**context, "rate_limited": True}
                status = 429
            elif honeypot_filled(request.POST):
                return redirect(done_url)
            elif form.is_valid():
                save(form)
                return redirect(done_url)
            else:
                context = {**context, "image_dropped": bool(request.FILES)}
        else:
            form = form_class(**form_kwargs)
        response = self.render(request, template=template, context_overrides={**context, "form": form})
        response.status_code = status
        return response
