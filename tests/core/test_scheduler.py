"""The scheduler of periodic jobs: every job exists, runs when due, and a failure stops nothing."""

import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command, get_commands

from core.scheduler import Job, Scheduler, configured_jobs, run_job

HELSINKI = ZoneInfo("Europe/Helsinki")


def test_every_configured_job_is_an_existing_command():
    commands = get_commands()
    names = {job.command[0] for job in configured_jobs()}
    assert names == {
        "publish_scheduled",
        "import_social_feeds",
        "refresh_event_dates",
        "purge_personal_data",
        "clearsessions",
        "prune_db_task_results",
        "send_digests",
        "flush_page_views",
        "send_freshness_reminders",
    }
    assert names <= set(commands)


def test_a_daily_job_runs_at_its_local_time_today_or_tomorrow():
    job = Job(command=["send_digests"], daily_at="07:00")
    morning = datetime.datetime(2026, 3, 2, 6, 59, tzinfo=HELSINKI)
    assert job.following(morning) == datetime.datetime(2026, 3, 2, 7, 0, tzinfo=HELSINKI)
    assert job.following(datetime.datetime(2026, 3, 2, 7, 0, tzinfo=HELSINKI)).day == 3
    # Over the change to summer time the local hour stays 07:00.
    before_dst = datetime.datetime(2026, 3, 28, 8, 0, tzinfo=HELSINKI)
    after = job.following(before_dst)
    assert after.astimezone(HELSINKI).hour == 7 and after.day == 29


def test_a_job_needs_exactly_one_kind_of_schedule():
    with pytest.raises(ValueError):
        Job(command=["clearsessions"])
    with pytest.raises(ValueError):
        Job(command=["clearsessions"], every_minutes=5, daily_at="03:00")


class Clock:
    def __init__(self, start):
        self.current = start

    def now(self):
        return self.current

    def wait(self, seconds):
        self.current += datetime.timedelta(seconds=seconds)


def test_the_loop_runs_interval_jobs_at_start_and_daily_jobs_when_due():
    clock = Clock(datetime.datetime(2026, 3, 2, 6, 50, tzinfo=HELSINKI).astimezone(datetime.UTC))
    runs = []
    jobs = [Job(command=["publish_scheduled"], every_minutes=5), Job(command=["send_digests"], daily_at="07:00")]

    def run(job):
        runs.append((job.name, clock.now().astimezone(HELSINKI).strftime("%H:%M")))
        return True

    scheduler = Scheduler(jobs, now=clock.now, wait=clock.wait, run=run)
    while clock.now() < datetime.datetime(2026, 3, 2, 7, 6, tzinfo=HELSINKI):
        clock.wait(scheduler.tick())
    assert runs == [
        ("publish_scheduled", "06:50"),
        ("publish_scheduled", "06:55"),
        ("publish_scheduled", "07:00"),
        ("send_digests", "07:00"),
        ("publish_scheduled", "07:05"),
    ]


def test_a_stopped_scheduler_leaves_its_loop():
    clock = Clock(datetime.datetime(2026, 3, 2, 6, 50, tzinfo=datetime.UTC))
    scheduler = Scheduler([Job(command=["clearsessions"], every_minutes=5)], now=clock.now, wait=clock.wait)
    scheduler.run = lambda job: scheduler.stop()
    scheduler.run_forever()
    assert scheduler.stopped


@pytest.mark.django_db
def test_a_failing_job_is_logged_and_reported(caplog):
    assert not run_job(Job(command=["send_digests", "--no-such-option"], every_minutes=1))
    assert "Scheduled job send_digests --no-such-option failed" in caplog.text
    assert run_job(Job(command=["clearsessions"], every_minutes=1))


@pytest.mark.django_db
def test_the_command_lists_and_runs_jobs_once():
    out = StringIO()
    call_command("run_scheduler", "--list", stdout=out)
    assert "send_digests: daily at 07:00" in out.getvalue()
    assert "publish_scheduled: every 5 min" in out.getvalue()
    call_command("run_scheduler", "--once", "--only", "clearsessions", "publish_scheduled", stdout=StringIO())
