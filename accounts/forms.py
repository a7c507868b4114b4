from allauth.account.adapter import get_adapter
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from core.forms import SingleLineFieldsMixin

from . import terms
from .models import User


def paragraphs(text):
    return [block.strip() for block in text.replace("\r\n", "\n").split("\n\n") if block.strip()]


def text_to_html(text):
    """Plain text someone typed in a form as rich-text paragraphs; it is escaped, never taken as HTML."""
    return "".join(
        "<p>{}</p>".format("<br>".join(escape(line) for line in block.split("\n"))) for block in paragraphs(text)
    )


class SignupForm(SingleLineFieldsMixin, AllauthSignupForm):
    """allauth's sign-up (e-mail address and password twice) plus accepting the terms of use."""

    field_order = ["email", "password1", "password2", "terms"]

    terms = forms.BooleanField(
        label=_("I accept the terms of use"),
        error_messages={"required": _("To create an account, you must accept the terms of use.")},
    )

    def save(self, request):
        user = super().save(request)
        terms.accept(user, terms.current_version())
        return user


class NameForm(SingleLineFieldsMixin, forms.ModelForm):
    """The name a user may give: both parts optional."""

    class Meta:
        model = User
        fields = ["first_name", "last_name"]
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
        }


#: The id of the reminder setting's section on the account page (my_account.html), which reminder mails link to.
REMINDERS_ANCHOR = "reminders"


class ReminderSettingsForm(forms.ModelForm):
    """Whether the user gets freshness reminders about their organisations' listings (listings/reminders.py)."""

    class Meta:
        model = User
        fields = ["freshness_reminders"]
        labels = {"freshness_reminders": _("E-mail me reminders about my organisations' listings")}


class DeleteAccountForm(forms.Form):
    """Deleting an account takes the account's password, so that an open browser is not enough."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Enter your password to delete your account.")},
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."), code="wrong_password")
        return password


class AdminLoginForm(WagtailLoginForm):
    """The admin's sign-in, counted and locked by the same limits as the public one.

    Authenticating through allauth's adapter shares its failed-login counter
    (per site and address): ten wrong passwords on /admin/login/ or on the
    public sign-in lock the address on both, and a locked address cannot get
    in through the admin.
    """

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is not None and password:
            self.user_cache = get_adapter(self.request).authenticate(self.request, email=username, password=password)
            if self.user_cache is None:
                raise self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data
