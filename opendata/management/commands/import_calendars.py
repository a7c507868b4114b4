from core.management.importing import ImportCommand
from opendata.calendar_import import import_all


class Command(ImportCommand):
    help = (
        "Import the events of every organisation's calendar address (or one organisation's with --organisation). "
        "A calendar that fails is reported and skipped; the others are still imported."
    )
    noun = "calendar"
    scope = "organisation"
    scope_help = "Only this organisation's calendars (its slug)."

    def import_all(self, **options):
        return import_all(**options)

    def imported(self, result):
        return f"{result.created} new, {result.updated} changed, {result.removed} removed"
