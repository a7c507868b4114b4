"""Generate a national-scale network for the benchmark: organisations and listings in bulk.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/toimeksi_bench \\
        .venv/bin/python -m bench.generate --listings 100000 --organisations 5000

Run `manage.py load_demo` on the database first (it creates the sites). Rows
are written with bulk_create in batches, many-to-many links as bulk rows of
their through tables; the placements (where each listing is shown) are then
computed at once, and the search index is filled in bulk at the end.
Everything generated belongs to organisations whose slug starts with
`bench-`; `--reset` removes it first, so the command can be run again.
"""

import argparse
import os
import sys
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    sys.path.insert(0, str(ROOT))
    django.setup()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--listings", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=5_000)
    parser.add_argument("--batch-size", type=int, default=2_000)
    parser.add_argument("--translated", type=float, default=0.05, help="Share of listings with a translation.")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--reset", action="store_true", help="Remove earlier generated data first.")
    parser.add_argument("--skip-index", action="store_true", help="Do not update the search index.")
    args = parser.parse_args()

    setup_django()
    # Inside the function: bench.bulk imports models, which exist only after django.setup().
    from bench import bulk

    bulk.generate(args)


if __name__ == "__main__":
    main()
