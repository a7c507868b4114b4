from django.core.management.base import BaseCommand

from workflows.privacy import purge_personal_data


class Command(BaseCommand):
    help = (
        "Delete personal data the privacy notice no longer keeps: submitters' contact details 30 days after "
        "a decision, flaggers' addresses 30 days after a flag is resolved, feedback after 12 months, and what "
        "other apps register (participants of events 30 days after the event). Run it daily."
    )

    def handle(self, *args, **options):
        result = purge_personal_data()
        self.stdout.write(
            f"Forgot {result.submissions} submitters and {result.flags} flaggers; "
            f"deleted {result.feedback} feedback messages."
        )
        for what, count in result.others.items():
            self.stdout.write(f"{what}: {count}")
