"""The starting set of topics and audiences as (slug, Finnish, Swedish, English) rows, from content/."""

from core.content import app_content

_TERMS = app_content(__file__, "starting_terms.yaml")
TOPICS = [tuple(row) for row in _TERMS["topics"]]
AUDIENCES = [tuple(row) for row in _TERMS["audiences"]]
