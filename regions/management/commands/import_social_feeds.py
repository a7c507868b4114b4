from core.importing import ImportCommand
from regions.social_feeds import import_all
from regions.tasks import import_social_feeds


class Command(ImportCommand):
    about = "Import new posts from the social-media channel feeds of every site (or of one region with --region)."
    noun = "feed"
    scope = "region"
    import_all = staticmethod(import_all)

    def totals(self, results):
        return [f"{sum(result.created for result in results)} new post(s)"]

    def add_arguments(self, parser):
        super().add_arguments(parser)
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
        super().handle(*args, **options)
