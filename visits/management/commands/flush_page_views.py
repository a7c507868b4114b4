from django.core.management.base import BaseCommand

from visits.counting import flush


class Command(BaseCommand):
    help = "Move the page views counted in the shared cache into the daily view counts (a scheduled job)."

    def handle(self, *args, **options):
        moved = flush()
        if options["verbosity"] > 1:
            self.stdout.write(f"{moved} page views flushed")
