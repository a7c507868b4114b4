"""Orderings the apps' models and queries share."""


def newest_first(field):
    """An ordering by `field`, newest first, for a model's Meta (`order_by(*newest_first(...))` in a query).

    The primary key, newest first too, breaks ties: rows with the same value keep one order, so that the
    pages of a list neither repeat nor skip a row.
    """
    return [f"-{field}", "-pk"]
