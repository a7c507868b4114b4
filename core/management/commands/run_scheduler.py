import signal

from django.core.management.base import BaseCommand

from core.scheduler import Scheduler, configured_jobs, run_job


class Command(BaseCommand):
    help = (
        "Run the periodic jobs of SCHEDULED_JOBS (publishing, purges, digests, feeds, clean-ups) until stopped. "
        "Run exactly one per deployment."
    )

    def add_arguments(self, parser):
        parser.add_argument("--list", action="store_true", help="Print the jobs and their times, then exit.")
        parser.add_argument("--once", action="store_true", help="Run every job once now, then exit.")
        parser.add_argument("--only", nargs="+", metavar="COMMAND", help="Only these jobs (by command name).")

    def handle(self, *args, **options):
        jobs = configured_jobs(options["only"])
        if options["list"]:
            for job in jobs:
                self.stdout.write(f"{job.name}: {job.describe()}")
            return
        if options["once"]:
            failed = [job.name for job in jobs if not run_job(job)]
            if failed:
                self.stderr.write(f"Failed: {', '.join(failed)}")
                raise SystemExit(1)
            return
        scheduler = Scheduler(jobs)
        # systemd, docker and make stop the scheduler with SIGTERM (Ctrl-C is SIGINT): finish the job and leave.
        signal.signal(signal.SIGTERM, scheduler.stop)
        signal.signal(signal.SIGINT, scheduler.stop)
        self.stdout.write(f"Scheduler started with {len(jobs)} job(s).")
        scheduler.run_forever()
        self.stdout.write("Scheduler stopped.")
