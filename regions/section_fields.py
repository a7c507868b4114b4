"""Ready-made `fields` for a `regions.sections.Section`: what a new section page gets besides its title and slug."""


def introduction(introductions):
    """The page's introduction, from `introductions` by language code."""

    def fields(region, language):
        return {"introduction": introductions[language]}

    return fields
