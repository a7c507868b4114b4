from django.core.management.base import BaseCommand

from listings.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "Mail organisations' members about listings about to expire and organisations that have published "
        "nothing for a long time (a daily scheduled job)."
    )

    def handle(self, *args, **options):
        sent = send_reminders()
        if options["verbosity"] > 1:
            self.stdout.write(f"{sent} reminder mail(s) sent")
