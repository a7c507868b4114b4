"""What apps contribute to every site through named Wagtail hooks.

An app declares its items in its own `wagtail_hooks.py`::

    @hooks.register("register_site_section")
    def guide_sections():
        return [Section(key="guides", ...)]

and the app that uses them asks `collect("register_site_section")`. Three
hooks exist: `register_site_section` (regions.sections.Section: a page
every region gets), `register_home_panel` (home.panels.HomePanel) and
`register_search_source` (home.search.SearchSource). Each hook function
returns a list of items; every item has a `key` and an `order`.
"""

from wagtail import hooks

_collected = {}


def collect(hook_name, check=None):
    """Every item the `hook_name` functions return, sorted by (order, key); `check(item)` may raise ValueError.

    Two items with one key must be equal. The result is kept for the
    process, and collected again only when the registered functions change
    (`hooks.register_temporarily` in tests).
    """
    functions = tuple(hooks.get_hooks(hook_name))
    kept = _collected.get(hook_name)
    if kept is not None and kept[0] == functions:
        return kept[1]
    items = {}
    for function in functions:
        for item in function():
            if item.key in items and items[item.key] != item:
                raise ValueError(f"{hook_name}: {item.key!r} is registered twice, differently.")
            if check is not None:
                check(item)
            items[item.key] = item
    result = tuple(sorted(items.values(), key=lambda item: (item.order, item.key)))
    _collected[hook_name] = (functions, result)
    return result
