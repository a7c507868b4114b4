"""Nothing in the tree reads or writes Wagtail's private attributes or functions.

Private names change without notice between Wagtail releases; the project
uses Wagtail's public API only. The names checked are every underscored
name Wagtail's own source defines or sets (methods, functions, attributes
set on objects) that Django does not also define: `_meta` and `_state` are
Django's public model API in all but name.
"""

import ast
import re
from pathlib import Path

import django
import wagtail

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", "node_modules", "migrations", "tests", "var", "staticfiles"}
DEFINED = re.compile(r"(?:def |\.|\bsetattr\([^,]+, \")(_[a-z]\w*)")


def _underscored_names(package):
    names = set()
    for path in Path(package.__file__).parent.rglob("*.py"):
        names.update(DEFINED.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return names


def _our_files():
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT).parts
        # Hidden folders are virtualenvs (.venv, .venv313 of `make test VENV=...`) and tooling, not our code.
        if not SKIP.intersection(parts) and not parts[0].startswith("."):
            yield path


def _names_an_attribute(node):
    """getattr(obj, "_name"), setattr(...) or hasattr(...) with the name written out."""
    return (
        isinstance(node, ast.Call)
        and getattr(node.func, "id", "") in ("getattr", "setattr", "hasattr")
        and len(node.args) > 1
        and isinstance(node.args[1], ast.Constant)
        and isinstance(node.args[1].value, str)
    )


def _attributes_used(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            yield node.attr, node.lineno
        elif _names_an_attribute(node):
            yield node.args[1].value, node.lineno


def test_no_private_wagtail_name_is_used():
    private = _underscored_names(wagtail) - _underscored_names(django)
    assert "_wagtail_site" in private and "_cached_parent_obj" in private
    found = [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in _our_files()
        for name, line in _attributes_used(path)
        if name in private
    ]
    assert found == []
