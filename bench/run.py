"""Serve the app with gunicorn and measure public pages with wrk.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/toimeksi_bench .venv/bin/python -m bench.run

Each page is measured between two runs of a fixed ceiling, the "hello" view
of a default `startproject` (bench/hello: its own tiny settings, the seven
default middlewares) served by the same gunicorn, and its throughput is
reported as a ratio to their mean, so that a noisy, shared machine moves
both sides of the ratio alike and the ratio compares across runs and with
other Django sites. The SQL query count of each page is taken in-process
before the load starts.
"""

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import django
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
LUA = Path(__file__).resolve().parent / "report.lua"


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    sys.path.insert(0, str(ROOT))
    django.setup()


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"The server did not answer at {url} within {timeout} s.")


def wrk(url, hostname, args, duration, paths_file=None):
    """One wrk run's numbers; with `paths_file`, each request asks the next path of the file (report.lua)."""
    command = [
        "wrk",
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{duration}s",
        "--latency",
        "-H",
        f"Host: {hostname}",
        "-s",
        str(LUA),
        url,
    ]
    environ = {**os.environ, "BENCH_PATHS": str(paths_file)} if paths_file else None
    output = subprocess.run(command, capture_output=True, text=True, check=True, env=environ).stdout
    line = next(line for line in output.splitlines() if line.startswith("{"))
    return json.loads(line)


def gunicorn(application, settings_module, port, workers, **environ):
    return subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            application,
            f"--workers={workers}",
            "--worker-class=sync",
            f"--bind=127.0.0.1:{port}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": settings_module, **environ},
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hostname", default="lappilaiset.localhost", help="The regional site to measure.")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--skip-cached", action="store_true", help="Leave out the cached variants.")
    parser.add_argument(
        "--only",
        default="",
        help='Comma-separated labels of the pages to measure ("many events": many events\' pages in turn).',
    )
    args = parser.parse_args()

    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install wrk")
    if "postgres" not in os.environ.get("DATABASE_URL", ""):
        print("Note: DATABASE_URL is not PostgreSQL; the issue's numbers are for PostgreSQL.", file=sys.stderr)

    setup_django()
    # Inside the function: bench.targets imports models, which exist only after django.setup().
    from bench import targets as pages

    # (label, path) pairs for the pages the issue names, found in the data.
    targets = pages.targets(args.hostname)
    if args.only:
        wanted = {label.strip() for label in args.only.split(",")}
        targets = [(label, path) for label, path in targets if label in wanted]
    print(f"Database: {settings.DATABASES['default']['ENGINE']}  DEBUG={settings.DEBUG}  site={args.hostname}")
    query_counts = {}
    for label, path in targets:
        status, queries = pages.count_queries(args.hostname, path)
        if status != 200:
            raise SystemExit(f"{label} ({path}) answered {status}; load the data first.")
        query_counts[label] = queries

    base = f"http://127.0.0.1:{args.port}"
    bare_url = f"http://127.0.0.1:{args.port + 1}/"
    # The same app with the page cache on, for the cached variants (anonymous readers, warm cache).
    cached_base = f"http://127.0.0.1:{args.port + 2}"
    cached_targets = [(f"{label} (cached)", path) for label, path in targets if label in pages.CACHED]
    for label, _path in cached_targets:
        query_counts[label] = 0
    servers = [
        gunicorn("bench.wsgi:application", "bench.settings", args.port, args.workers, PAGE_CACHE_SECONDS="0"),
        gunicorn("bench.hello.wsgi:application", "bench.hello.settings", args.port + 1, args.workers),
    ]
    if not args.skip_cached:
        servers.append(
            gunicorn("bench.wsgi:application", "bench.settings", args.port + 2, args.workers, PAGE_CACHE_SECONDS="600")
        )
    else:
        cached_targets = []
    measured = [(label, base, path, None) for label, path in targets] + [
        (label, cached_base, path, None) for label, path in cached_targets
    ]
    if not args.only or "many events" in args.only:
        # The pages of many different events in turn, each asked once in a while: what an event's page costs
        # when its data is not kept yet (a listing's page keeps it for a minute, regions/cache.py).
        event_paths = pages.event_paths(args.hostname)
        paths_file = Path(tempfile.mkdtemp()) / "paths.txt"
        paths_file.write_text("\n".join(event_paths) + "\n")
        label = pages.MANY_EVENTS.format(count=len(event_paths))
        query_counts[label] = pages.count_queries(args.hostname, event_paths[-1], warm_path=event_paths[0])[1]
        measured.insert(len(targets), (label, base, event_paths[0], paths_file))
    try:
        wait_for(bare_url)
        wait_for(f"{base}/robots.txt")
        if cached_targets:
            wait_for(f"{cached_base}/robots.txt")
        for _label, server, path, paths_file in measured:
            if paths_file is None:  # the many events' pages are measured cold
                wrk(server + path, args.hostname, args, args.warmup)
        wrk(bare_url, args.hostname, args, args.warmup)

        rows = []
        for label, server, path, paths_file in measured:
            before = wrk(bare_url, args.hostname, args, args.duration)
            page = wrk(server + path, args.hostname, args, args.duration, paths_file=paths_file)
            after = wrk(bare_url, args.hostname, args, args.duration)
            bare_rps = statistics.mean([before["rps"], after["rps"]])
            rows.append((label, path, page, bare_rps))
    finally:
        for server in servers:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)

    print()
    load = f"wrk -t{args.threads} -c{args.connections} -d{args.duration}s --latency"
    print(f"{load}; gunicorn {args.workers} sync workers")
    header = f"{'page':<28} {'queries':>7} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'hello req/s':>11} {'ratio':>7}"
    print(header)
    print("-" * len(header))
    for label, _path, page, bare_rps in rows:
        errors = page["errors"] + page["non2xx"]
        print(
            f"{label:<28} {query_counts[label]:>7} {page['rps']:>9.1f} {page['p50_ms']:>8.1f} {page['p95_ms']:>8.1f} "
            f"{bare_rps:>11.1f} {100 * page['rps'] / bare_rps:>6.2f}%" + (f"  ({errors} errors)" if errors else "")
        )
    for label, path, _page, _bare in rows:
        print(f"  {label}: {path}")


if __name__ == "__main__":
    main()
