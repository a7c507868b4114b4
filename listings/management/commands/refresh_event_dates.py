from django.core.management.base import BaseCommand

from listings.series import advance_series


class Command(BaseCommand):
    help = "Move event series whose next date has ended on to their following date in the lists. Run it hourly."

    def handle(self, *args, **options):
        self.stdout.write(f"Moved {advance_series()} event series on to their next date.")
