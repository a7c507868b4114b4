"""Background work of the regions app: keeping the producers' imported posts fresh."""

from django_tasks import task

from .social_feeds import import_all


@task()
def import_social_feeds(region=None):
    """Import every active channel feed (or one region's); returns how many posts were new.

    Enqueued by `manage.py import_social_feeds --enqueue` from cron, so the
    fetching runs on a worker (`db_worker`) rather than the cron host.
    """
    results = import_all(region=region)
    return sum(result.created for result in results)
