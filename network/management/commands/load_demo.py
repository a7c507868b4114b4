from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Load the demo network: the national site, the 13 regional sites and demo users. "
        "Each installed app may add its own demo data in a `demo.load(stdout)` function, reading its "
        "texts from the app's demo/ folder; they run in INSTALLED_APPS order, those that set RUNS_LAST "
        "after the rest. Running it again adds only what is missing."
    )

    def handle(self, *args, **options):
        modules = []
        for app_config in apps.get_app_configs():
            try:
                modules.append((app_config, import_module(f"{app_config.name}.demo")))
            except ModuleNotFoundError as error:
                if error.name != f"{app_config.name}.demo":
                    raise
        # The network (sites, regions, coordinators) first: every other app's demo data lives in it. A demo
        # that describes the others' content (view counts) says so with RUNS_LAST and comes after them.
        modules.sort(key=lambda entry: (entry[0].name != "network", getattr(entry[1], "RUNS_LAST", False)))
        for app_config, module in modules:
            self.stdout.write(f"{app_config.verbose_name}:")
            with transaction.atomic():
                module.load(self.stdout)
        self.stdout.write(self.style.SUCCESS("The demo network is ready at http://localhost:8000/"))
