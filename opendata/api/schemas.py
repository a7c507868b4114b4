"""What the API answers with: one schema per listing type, generated from its model and the registry.

A listing's own fields (those its type adds to the shared base) are listed
from the model, minus what is never public: the submitter, the sign-up
form's internals and the workflow's state. Contact details appear as the
detail pages show them.
"""

import datetime

from django.db import models
from ninja import Schema
from pydantic import create_model

from listings.models import Listing

#: Fields of a listing type that the API never shows (personal data, the sign-up form's internals, links to rows).
PRIVATE_FIELDS = frozenset(
    {
        "submitter_name",
        "submitter_email",
        "signup_questions",
        "signup_privacy",
        "signup_contact_email",
    }
)

_FIELD_TYPES = (
    (models.BooleanField, bool),
    (models.DateTimeField, datetime.datetime),
    (models.DateField, datetime.date),
    (models.IntegerField, int),
    (models.CharField, str),
    (models.TextField, str),
)


class Error(Schema):
    """An error: what went wrong, and for bad parameters one message per parameter."""

    detail: str
    errors: list[str] = []


class Municipality(Schema):
    code: str
    name: str


class Region(Schema):
    slug: str
    name: str
    area_name: str
    is_national: bool
    url: str
    municipalities: list[str]


class Term(Schema):
    """A topic or an audience."""

    slug: str
    name: str


class OrganisationRef(Schema):
    id: int
    name: str
    url: str


class Contact(Schema):
    name: str
    email: str
    phone: str


class Organisation(Schema):
    id: int
    name: str
    slug: str
    type: str
    description: str
    home_municipality: Municipality | None
    email: str
    phone: str
    website: str
    social_links: list[str]
    is_verified: bool
    url: str
    updated_at: datetime.datetime


class Page(Schema):
    """A page of a list: how many items match in all, which page this is, and the page's items."""

    count: int
    page: int
    pages: int
    limit: int


def own_fields(model):
    """The model's own public fields: those its listing type adds to the shared base, in declaration order."""
    shared = {field.name for field in Listing._meta.get_fields()}
    fields = []
    for field in model._meta.concrete_fields:
        if field.name in shared or field.name in PRIVATE_FIELDS or field.is_relation:
            continue
        if any(isinstance(field, kind) for kind, _python in _FIELD_TYPES):
            fields.append(field)
    return fields


def _python_type(field):
    python = next(python for kind, python in _FIELD_TYPES if isinstance(field, kind))
    return python | None if field.null else python


def listing_schema(record):
    """The schema of one listing of a type: the shared fields and its type's own."""
    model = record.model_class()
    own = {field.name: (_python_type(field), ...) for field in own_fields(model)}
    name = "".join(part.capitalize() for part in record.key.split("_"))
    return create_model(
        f"{name}Item",
        __base__=ListingBase,
        **own,
    )


def page_schema(record, item_schema):
    name = "".join(part.capitalize() for part in record.key.split("_"))
    return create_model(f"{name}Page", __base__=Page, results=(list[item_schema], ...))


class ListingBase(Schema):
    """What every listing shows, in the language asked for (its translation, else its original)."""

    id: int
    type: str
    title: str
    slug: str
    language: str
    original_language: str
    url: str
    summary: str
    body: str
    organisation: OrganisationRef | None
    municipalities: list[Municipality]
    topics: list[Term]
    audiences: list[Term]
    is_nationwide: bool
    is_online: bool
    contact: Contact | None
    visible_from: datetime.datetime | None
    visible_until: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
