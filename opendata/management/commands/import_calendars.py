from django.core.management.base import BaseCommand

from opendata.calendar_import import DEADLINE, MAX_BYTES, TIMEOUT, import_all


class Command(BaseCommand):
    help = (
        "Import the events of every organisation's calendar address (or one organisation's with --organisation). "
        "A calendar that fails is reported and skipped; the others are still imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("--organisation", help="Only this organisation's calendars (its slug).")
        parser.add_argument("--timeout", type=float, default=TIMEOUT, help="Seconds to wait on the network.")
        parser.add_argument("--deadline", type=float, default=DEADLINE, help="Seconds for one calendar in all.")
        parser.add_argument("--max-bytes", type=int, default=MAX_BYTES, help="Largest calendar accepted.")

    def handle(self, *args, **options):
        results = import_all(**{name: options[name] for name in ("organisation", "timeout", "deadline", "max_bytes")})
        for result in results:
            if result.ok:
                self.stdout.write(
                    f"{result.feed}: {result.created} new, {result.updated} changed, {result.removed} removed"
                )
            else:
                self.stderr.write(f"{result.feed} skipped: {result.error}")
        failed = sum(1 for result in results if not result.ok)
        summary = f"{len(results)} calendar(s), {failed} failed."
        self.stdout.write(self.style.WARNING(summary) if failed else self.style.SUCCESS(summary))
