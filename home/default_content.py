"""The default texts of a regional site, read from home/content/ (its README lists the placeholders).

HOME_INTRODUCTION is the home page's welcome by language; STANDARD_PAGES maps
each standard page's key to its texts by language, in menu order.
"""

from pathlib import Path

import yaml

CONTENT = Path(__file__).resolve().parent / "content"


def _read(path):
    # Read when the app loads, so libyaml's faster parser is used when PyYAML has it.
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


HOME_INTRODUCTION = _read(CONTENT / "home_introduction.yaml")

# "1-about.yaml" holds the page with the key "about"; the number gives the menu order.
STANDARD_PAGES = {
    path.stem.split("-", 1)[1]: _read(path)
    for path in sorted((CONTENT / "standard_pages").glob("*.yaml"), key=lambda path: int(path.stem.split("-")[0]))
}
