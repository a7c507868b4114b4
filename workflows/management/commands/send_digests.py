"""Queue the daily digest for every coordinator who chose it; run it from cron once a day."""

from django.core.management.base import BaseCommand

from workflows.models import CoordinatorPreference
from workflows.tasks import send_digest


class Command(BaseCommand):
    help = "Send each coordinator who chose the daily digest what awaits review in their regions."

    def handle(self, *args, **options):
        user_ids = list(
            CoordinatorPreference.objects.filter(digest=True, user__is_active=True).values_list("user_id", flat=True)
        )
        for user_id in user_ids:
            send_digest.enqueue(user_id)
        self.stdout.write(f"Queued {len(user_ids)} digest(s).")
