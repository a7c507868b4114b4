"""Texts kept as data: YAML files under each app's content/ (defaults) and demo/ (the demo network)."""

from functools import cache
from pathlib import Path

import yaml


@cache
def read_yaml(path):
    """The YAML file at `path`, read once per process (treat the result as read-only)."""
    # libyaml's parser when PyYAML was built with it: several files are read as the apps load.
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def app_content(module_file, name):
    """`<app>/content/<name>` of the app whose module is `module_file` (pass `__file__`)."""
    return read_yaml(Path(module_file).resolve().parent / "content" / name)
