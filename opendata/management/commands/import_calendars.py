from core.importing import ImportCommand
from opendata.calendar_import import import_all


class Command(ImportCommand):
    about = "Import the events of every organisation's calendar address (or one organisation's with --organisation)."
    noun = "calendar"
    scope = "organisation"
    import_all = staticmethod(import_all)
