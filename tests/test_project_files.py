"""The project's own metadata agrees with itself: the license file, the Python versions."""

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_license_file_is_the_license_pyproject_names():
    assert PYPROJECT["project"]["license"] == {"text": "BSD-3-Clause"}
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("BSD 3-Clause License")


def test_python_3_11_to_3_13_are_accepted_by_pyproject_and_make():
    supported = SpecifierSet(PYPROJECT["project"]["requires-python"])
    assert [version for version in ("3.10", "3.11", "3.12", "3.13", "3.14") if version in supported] == [
        "3.11",
        "3.12",
        "3.13",
    ]
    check = next(
        line.strip().lstrip("@")
        for line in (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
        if "sys.version_info" in line
    )
    program = re.search(r"-c '([^']+)'", check).group(1)
    for version, accepted in [((3, 10), False), ((3, 11), True), ((3, 12), True), ((3, 13), True), ((3, 14), False)]:
        # The Makefile's own check, run with the version it would see.
        code = f"import sys; sys.version_info = {version!r}; " + program.split(";", 1)[1]
        result = subprocess.run([sys.executable, "-c", code], capture_output=True)
        assert (result.returncode == 0) == accepted, version
