from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Load the demo network: the national site, the 13 regional sites and demo users. "
        "Each installed app may add its own demo data in a `demo.load(stdout)` function, reading its "
        "texts from the app's demo/ folder; they run in INSTALLED_APPS order. Running it again adds "
        "only what is missing."
    )

    def handle(self, *args, **options):
        # The network (sites, regions, coordinators) first: every other app's demo data lives in it.
        configs = sorted(apps.get_app_configs(), key=lambda config: config.name != "network")
        for app_config in configs:
            try:
                module = import_module(f"{app_config.name}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{app_config.name}.demo":
                    raise
                continue
            self.stdout.write(f"{app_config.verbose_name}:")
            with transaction.atomic():
                module.load(self.stdout)
        self.stdout.write(self.style.SUCCESS("The demo network is ready at http://localhost:8000/"))
