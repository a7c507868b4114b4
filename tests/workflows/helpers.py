"""Shared helpers for the workflows tests."""

import datetime

from django.utils import timezone
from wagtail.models import WorkflowState

from core.spam import new_token

HOSTS = {"toimeksi": "localhost", "lappilaiset": "lappilaiset.localhost", "jelli": "jelli.localhost"}
FORM_PATHS = {
    "fi": {"event": "/fi/ilmoita/tapahtuma/", "news": "/fi/ilmoita/uutinen/", "story": "/fi/ilmoita/tarina/"},
    "sv": {"event": "/sv/anmal/evenemang/", "news": "/sv/anmal/nyhet/", "story": "/sv/anmal/berattelse/"},
    "en": {"event": "/en/submit/event/", "news": "/en/submit/news/", "story": "/en/submit/story/"},
}
DONE_PATHS = {
    "fi": {
        "event": "/fi/ilmoita/tapahtuma/kiitos/",
        "news": "/fi/ilmoita/uutinen/kiitos/",
        "story": "/fi/ilmoita/tarina/kiitos/",
    },
    "sv": {
        "event": "/sv/anmal/evenemang/tack/",
        "news": "/sv/anmal/nyhet/tack/",
        "story": "/sv/anmal/berattelse/tack/",
    },
    "en": {"event": "/en/submit/event/thanks/", "news": "/en/submit/news/thanks/", "story": "/en/submit/story/thanks/"},
}


def form_data(kind, municipality, **overrides):
    starts = timezone.localtime() + datetime.timedelta(days=10)
    data = {
        "title": f"Kansalaisen {kind} Lumikylästä",
        "description": "Ensimmäinen kappale.\n\nToinen kappale <b>ei HTML:ää</b>.",
        "municipality": str(municipality.pk),
        "image_alt": "",
        "submitter_name": "Kaisa Kyläläinen",
        "submitter_email": "kaisa@example.org",
        "homepage": "",
        "started": new_token(),
    }
    if kind == "event":
        data.update(
            starts_at=starts.strftime("%Y-%m-%dT%H:%M"),
            ends_at=(starts + datetime.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
            place_name="Kylätalo",
            address="Kylätie 1",
        )
    if kind == "story":
        data["author_name"] = "Kaisa"
    data.update(overrides)
    return data


def allowed_actions(obj, user):
    state = in_progress_state(obj)
    return {name for name, _label, _modal in state.current_task_state.task.specific.get_actions(obj, user)}


def approve(obj, user, comment=""):
    """Approve the way the admin's workflow action does, refusing what the admin would refuse."""
    state = in_progress_state(obj)
    if "approve" not in allowed_actions(obj, user):
        raise PermissionError(f"{user} may not approve {obj}")
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, user, "approve", comment=comment)
    return state


def reject(obj, user, comment=""):
    state = in_progress_state(obj)
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, user, "reject", comment=comment)
    return state


def in_progress_state(obj):
    return WorkflowState.objects.for_instance(obj).filter(status=WorkflowState.STATUS_IN_PROGRESS).get()
