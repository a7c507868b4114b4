"""The default texts of a regional site, read from home/content/ (its README lists the placeholders).

HOME_INTRODUCTION is the home page's welcome by language; STANDARD_PAGES maps
each standard page's key to its texts by language, in menu order.
"""

from pathlib import Path

from core.content import read_yaml

CONTENT = Path(__file__).resolve().parent / "content"

HOME_INTRODUCTION = read_yaml(CONTENT / "home_introduction.yaml")

# "1-about.yaml" holds the page with the key "about"; the number gives the menu order.
STANDARD_PAGES = {
    path.stem.split("-", 1)[1]: read_yaml(path)
    for path in sorted((CONTENT / "standard_pages").glob("*.yaml"), key=lambda path: int(path.stem.split("-")[0]))
}
