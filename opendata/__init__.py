"""Open data: the JSON API, calendar and news feeds, embeds and calendar import."""
