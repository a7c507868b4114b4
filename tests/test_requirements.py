"""Every dependency is pinned: the requirements files and constraints.txt agree and name no host."""

import re
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENT_FILES = ["requirements.txt", "requirements-dev.txt", "requirements-voikko.txt"]
#: The installer's own tools, which the virtualenv brings and pip upgrades.
UNPINNED = {"pip", "setuptools", "wheel"}
HOST_OR_OPTION = re.compile(r"://|^\s*-(?!r\s)|@|\bindex\b|\bhost\b", re.IGNORECASE)


def lines(name):
    for raw in (ROOT / name).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            yield line


def requirements():
    """Every requirement of the requirements files (not their `-r` includes), as packaging Requirements."""
    return [Requirement(line) for name in REQUIREMENT_FILES for line in lines(name) if not line.startswith("-r ")]


def constraints():
    pins = {}
    for line in lines("constraints.txt"):
        requirement = Requirement(line)
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", line
        pins[canonicalize_name(requirement.name)] = specifier.version
    return pins


def test_no_file_names_a_host_an_index_or_a_direct_url():
    for name in [*REQUIREMENT_FILES, "constraints.txt"]:
        offending = [line for line in lines(name) if HOST_OR_OPTION.search(line) and not line.startswith("-r ")]
        assert offending == [], name


def test_every_requirement_is_pinned_to_its_constrained_version():
    pins = constraints()
    for requirement in requirements():
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", requirement
        assert pins.get(canonicalize_name(requirement.name)) == specifier.version, requirement


def test_every_installed_distribution_is_constrained_at_its_installed_version():
    pins = constraints()
    installed = {
        canonicalize_name(distribution.metadata["Name"]): distribution.version
        for distribution in metadata.distributions()
    }
    unpinned = {
        name: version for name, version in installed.items() if name not in UNPINNED and pins.get(name) != version
    }
    assert unpinned == {}
    assert set(pins) <= set(installed), "constraints.txt pins something that is not installed"
