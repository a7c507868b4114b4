from django.core.management.base import BaseCommand

from network.services import sync_all_regions


class Command(BaseCommand):
    help = "Add to every existing region the sections and languages added since it was created."

    def handle(self, *args, **options):
        count = sync_all_regions()
        self.stdout.write(self.style.SUCCESS(f"Checked {count} regions."))
