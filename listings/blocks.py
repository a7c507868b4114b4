"""The questions an organiser adds to a sign-up form (an event's registration, a volunteer task's interest).

They are a StreamField on the listing, so that they are edited with the
listing, kept in its revisions and translated with it by wagtail-localize
(the labels and choices are text; a block's id stays the same in every
language, and answers are stored under it by the registrations app).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class QuestionBlock(blocks.StructBlock):
    """One question of a sign-up form."""

    class Kind:
        SHORT = "short"
        LONG = "long"
        CHOICE = "choice"
        CHOICES = "choices"
        YES_NO = "yesno"

    KINDS = [
        (Kind.SHORT, _("Short text")),
        (Kind.LONG, _("Long text")),
        (Kind.CHOICE, _("One choice")),
        (Kind.CHOICES, _("Several choices")),
        (Kind.YES_NO, _("Yes or no")),
    ]
    #: Kinds whose answer is free text (personal data that the purge removes).
    FREE_TEXT = (Kind.SHORT, Kind.LONG)

    label = blocks.CharBlock(label=_("question"), max_length=200)
    kind = blocks.ChoiceBlock(label=_("kind of answer"), choices=KINDS, default=Kind.SHORT)
    choices = blocks.TextBlock(
        label=_("choices"), required=False, help_text=_("One choice per line; for one or several choices.")
    )
    required = blocks.BooleanBlock(label=_("an answer is required"), required=False)
    help_text = blocks.CharBlock(label=_("help text"), max_length=300, required=False)

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        if value["kind"] in (self.Kind.CHOICE, self.Kind.CHOICES) and len(choice_list(value["choices"])) < 2:
            raise blocks.StructBlockValidationError({"choices": ValidationError(_("Give at least two choices."))})
        return value


def choice_list(text):
    """The choices of a question, one per non-empty line."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def question_blocks():
    return [("question", QuestionBlock())]
