from django_tasks import task


@task()
def import_feeds_task():
    """The scheduled import of every region's social-media posts (run it from cron or a periodic worker)."""
    from .feeds import import_all

    results = import_all()
    return {
        "feeds": len(results),
        "created": sum(result.created for result in results),
        "failed": {result.feed.url: result.error for result in results if not result.ok},
    }
