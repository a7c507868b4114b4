"""What the imports from outside addresses (organisations' calendars, social-media feeds) share.

Every such import fetches each source through core.safe_fetch with the same
limits, records a failing source and goes on with the others, and returns a
result per source; its management command can be narrowed to one owner's
sources and ends with a summary. Only the wording of a source and of what it
brought differs.
"""

from dataclasses import dataclass

from django.core.management.base import BaseCommand

from core import safe_fetch


@dataclass
class SourceResult:
    """How importing one source (`feed`) went: what it created, or why it failed."""

    feed: object
    created: int = 0
    error: str = ""

    @property
    def ok(self):
        return not self.error

    def report(self):
        """What the import brought, for the import command's line about the source."""
        raise NotImplementedError


class ImportCommand(BaseCommand):
    #: The first sentence of the help: what is imported from where.
    about = ""
    #: What one source is called in the help and the summary: "calendar", "feed".
    noun = "source"
    #: The option that narrows the import to one owner's sources, given by its slug.
    scope = ""

    @staticmethod
    def import_all(**options):
        """A SourceResult for every source imported."""
        raise NotImplementedError

    def totals(self, results):
        """Counts the summary gives between the sources and the failures."""
        return []

    @property
    def help(self):
        return f"{self.about} A {self.noun} that fails is reported and skipped; the others are still imported."

    def add_arguments(self, parser):
        parser.add_argument(f"--{self.scope}", help=f"Only this {self.scope}'s {self.noun}s (its slug).")
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
                self.stdout.write(f"{result.feed}: {result.report()}")
            else:
                self.stderr.write(f"{result.feed} skipped: {result.error}")
        failed = sum(1 for result in results if not result.ok)
        summary = ", ".join([f"{len(results)} {self.noun}(s)", *self.totals(results), f"{failed} failed"]) + "."
        self.stdout.write(self.style.WARNING(summary) if failed else self.style.SUCCESS(summary))
