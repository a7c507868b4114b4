"""Known bots, by User-Agent, from the pattern list in data/bots.txt: their page loads are not views."""

import re
from functools import cache
from pathlib import Path

PATTERNS = Path(__file__).resolve().parent / "data" / "bots.txt"


@cache
def _pattern():
    lines = (line.strip() for line in PATTERNS.read_text(encoding="utf-8").splitlines())
    return re.compile("|".join(f"(?:{line})" for line in lines if line and not line.startswith("#")), re.IGNORECASE)


def is_bot(user_agent):
    """True for a known bot's User-Agent, and for none at all (browsers always send one)."""
    user_agent = (user_agent or "").strip()
    return not user_agent or _pattern().search(user_agent) is not None
