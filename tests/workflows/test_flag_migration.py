"""Renaming the readers' reports to listing flags keeps every row.

The migration runs on a scratch SQLite database in a child process: the test
database is shared by the whole session and cannot be migrated backwards.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json

import django

django.setup()
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

before, after = ("workflows", "0001_initial"), ("workflows", "0002_rename_report_to_listingflag")
executor = MigrationExecutor(connection)
executor.migrate([before])
old = executor.loader.project_state(before).apps
ContentType = old.get_model("contenttypes", "ContentType")
owner = ContentType.objects.get_or_create(app_label="regions", model="region")[0]
Report = old.get_model("workflows", "Report")
for number in range(3):
    Report.objects.create(
        content_type=owner, object_id=number, listing_title=f"Ilmoitus {number}", reason="spam", language="sv"
    )

executor = MigrationExecutor(connection)
executor.migrate([after])
ListingFlag = executor.loader.project_state(after).apps.get_model("workflows", "ListingFlag")
rows = list(ListingFlag.objects.order_by("object_id").values("object_id", "listing_title", "reason", "language"))
print(json.dumps(rows))
"""


def test_the_rename_keeps_every_report_as_a_flag(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'old-layout.sqlite3'}",
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout.strip().splitlines()[-1])
    assert rows == [
        {"object_id": number, "listing_title": f"Ilmoitus {number}", "reason": "spam", "language": "sv"}
        for number in range(3)
    ]
