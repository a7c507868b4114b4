"""The periodic jobs, run by one long-lived process (`manage.py run_scheduler`) that the deployment starts.

A job is a management command with its arguments, run either every so many
minutes or daily at a local time (TIME_ZONE). The list is the setting
`SCHEDULED_JOBS`. One scheduler runs per deployment (not one per app server):
the jobs are not meant to run twice at once.

Jobs run one after another in the scheduler's own process; a job that fails
is logged and the others go on. Interval jobs run once at start; a daily job
runs at its next time (a scheduler started at 07:05 sends the 07:00 digest
the next morning, not twice in one day).
"""

import datetime
import logging
import time as time_module
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.management import call_command
from django.db import connections

logger = logging.getLogger(__name__)


@dataclass
class Job:
    command: list
    every_minutes: int | None = None
    daily_at: str | None = None  # "HH:MM", local time
    next_run: datetime.datetime | None = field(default=None, compare=False)

    def __post_init__(self):
        if (self.every_minutes is None) == (self.daily_at is None):
            raise ValueError(f"{self.command}: give either every_minutes or daily_at")

    @property
    def name(self):
        return " ".join(self.command)

    def first_run(self, now):
        return now if self.every_minutes else self.following(now)

    def following(self, now):
        """The job's next time strictly after `now` (an aware datetime)."""
        if self.every_minutes:
            return now + datetime.timedelta(minutes=self.every_minutes)
        zone = ZoneInfo(settings.TIME_ZONE)
        local = now.astimezone(zone)
        hour, minute = (int(part) for part in self.daily_at.split(":"))
        candidate = datetime.datetime.combine(local.date(), datetime.time(hour, minute), tzinfo=zone)
        if candidate <= local:
            candidate = datetime.datetime.combine(
                local.date() + datetime.timedelta(days=1), datetime.time(hour, minute), tzinfo=zone
            )
        return candidate

    def describe(self):
        return f"every {self.every_minutes} min" if self.every_minutes else f"daily at {self.daily_at}"


def configured_jobs(only=None):
    jobs = [Job(**entry) for entry in settings.SCHEDULED_JOBS]
    if only:
        jobs = [job for job in jobs if job.command[0] in only]
    return jobs


def _drop_stale_connections():
    """What Django does between requests: a long-running scheduler must not hold a dead connection.

    A connection inside a transaction is left alone: closing it would break
    the transaction (a job run from a test, or from a caller's atomic block).
    """
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()


def run_job(job):
    """Run one job in this process; True when it succeeded. A failure is logged, never raised."""
    started = time_module.monotonic()
    logger.info("Scheduled job %s started", job.name)
    try:
        _drop_stale_connections()
        call_command(*job.command)
    except Exception:  # one failing job must not stop the others or the scheduler
        logger.exception("Scheduled job %s failed after %.1f s", job.name, time_module.monotonic() - started)
        return False
    finally:
        _drop_stale_connections()
    logger.info("Scheduled job %s finished in %.1f s", job.name, time_module.monotonic() - started)
    return True


class Scheduler:
    """Runs the jobs when due until stopped. `now`, `wait` and `run` are replaceable for tests."""

    def __init__(self, jobs, *, now=None, wait=None, run=run_job, max_wait=60):
        self.jobs = jobs
        self.now = now or (lambda: datetime.datetime.now(datetime.UTC))
        self.wait = wait or time_module.sleep
        self.run = run
        self.max_wait = max_wait
        self.stopped = False

    def stop(self, *args):
        self.stopped = True

    def tick(self):
        """Run every job that is due; return the seconds until the next one is."""
        now = self.now()
        for job in self.jobs:
            if job.next_run is None:
                job.next_run = job.first_run(now)
        for job in sorted(self.jobs, key=lambda job: job.next_run):
            if self.stopped:
                break
            if job.next_run <= self.now():
                self.run(job)
                job.next_run = job.following(self.now())
        upcoming = min(job.next_run for job in self.jobs)
        return max((upcoming - self.now()).total_seconds(), 0)

    def run_forever(self):
        while not self.stopped:
            pause = min(self.tick(), self.max_wait)
            # In steps of a second at most: a signal handler cannot cut a sleep short (PEP 475), and a
            # stop request must be seen soon.
            while pause > 0 and not self.stopped:
                step = min(pause, 1)
                self.wait(step)
                pause -= step
