#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    # On a production machine (DJANGO_ENV=production) a command run without
    # DJANGO_SETTINGS_MODULE, from cron say, gets the production settings, and
    # the development or test settings are refused outright: they would run
    # with DEBUG and a publicly known key.
    if os.environ.get("DJANGO_ENV", "").strip().lower() == "production":
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
        if os.environ["DJANGO_SETTINGS_MODULE"] != "config.settings.production":
            sys.exit(
                f"DJANGO_ENV=production, but DJANGO_SETTINGS_MODULE={os.environ['DJANGO_SETTINGS_MODULE']}: "
                "manage.py runs only with config.settings.production here."
            )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
