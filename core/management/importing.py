"""The shape of a management command that imports from outside addresses (calendars, social-media feeds).

Every such import fetches through core.safe_fetch with the same limits, can be
narrowed to one owner's sources, reports a failing source and goes on with
the others, and ends with a summary; only the wording of a source and of what
it brought differs.
"""

from django.core.management.base import BaseCommand

from core import safe_fetch


class ImportCommand(BaseCommand):
    #: What one source is called in the help and the summary: "calendar", "feed".
    noun = "source"
    #: The option that narrows the import to one owner's sources (its slug), and its help.
    scope = ""
    scope_help = ""

    def import_all(self, **options):
        """The results of importing every source: objects with `feed`, `ok` and `error`."""
        raise NotImplementedError

    def label(self, result):
        return str(result.feed)

    def imported(self, result):
        """What a source that was imported brought, for its line of the report."""
        raise NotImplementedError

    def totals(self, results):
        """Counts the summary gives between the sources and the failures."""
        return []

    def add_arguments(self, parser):
        parser.add_argument(f"--{self.scope}", help=self.scope_help)
        parser.add_argument("--timeout", type=float, default=safe_fetch.TIMEOUT, help="Seconds to wait on the network.")
        parser.add_argument(
            "--deadline", type=float, default=safe_fetch.DEADLINE, help=f"Seconds for one {self.noun} in all."
        )
        parser.add_argument(
            "--max-bytes", type=int, default=safe_fetch.MAX_BYTES, help=f"Largest {self.noun} accepted."
        )

    def handle(self, *args, **options):
        results = self.import_all(**{name: options[name] for name in (self.scope, "timeout", "deadline", "max_bytes")})
        for result in results:
            if result.ok:
                self.stdout.write(f"{self.label(result)}: {self.imported(result)}")
            else:
                self.stderr.write(f"{self.label(result)} skipped: {result.error}")
        failed = sum(1 for result in results if not result.ok)
        summary = ", ".join([f"{len(results)} {self.noun}(s)", *self.totals(results), f"{failed} failed"]) + "."
        self.stdout.write(self.style.WARNING(summary) if failed else self.style.SUCCESS(summary))
