from django.core.management.base import BaseCommand

from regions.social_feeds import DEADLINE, MAX_BYTES, TIMEOUT, import_all
from regions.tasks import import_social_feeds


class Command(BaseCommand):
    help = (
        "Import new posts from the social-media channel feeds of every site (or of one region with --region). "
        "A feed that fails is reported and skipped; the others are still imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("--region", help="Only this region's feeds (its slug).")
        parser.add_argument("--timeout", type=float, default=TIMEOUT, help="Seconds to wait on the network.")
        parser.add_argument("--deadline", type=float, default=DEADLINE, help="Seconds for one feed in all.")
        parser.add_argument("--max-bytes", type=int, default=MAX_BYTES, help="Largest feed accepted.")
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Hand the import to the background worker (django-tasks) instead of running it here; for cron.",
        )

    def handle(self, *args, **options):
        if options["enqueue"]:
            result = import_social_feeds.enqueue(region=options["region"])
            self.stdout.write(f"Import queued as task {result.id}.")
            return
        results = import_all(**{name: options[name] for name in ("region", "timeout", "deadline", "max_bytes")})
        for result in results:
            if result.ok:
                self.stdout.write(f"{result.feed.name} ({result.feed.url}): {result.created} new post(s)")
            else:
                self.stderr.write(f"{result.feed.name} ({result.feed.url}) skipped: {result.error}")
        failed = sum(1 for result in results if not result.ok)
        summary = f"{len(results)} feed(s), {sum(r.created for r in results)} new post(s), {failed} failed."
        self.stdout.write(self.style.WARNING(summary) if failed else self.style.SUCCESS(summary))
