"""A base for the admin dashboard's panels that each show one overview computed beforehand."""

from laces.components import Component


class OverviewPanel(Component):
    """A dashboard panel rendering `template_name` with its overview as `context_name`.

    The hook that adds the panel computes the overview first, so that a user
    with nothing to see gets no panel at all.
    """

    context_name = "overview"

    def __init__(self, overview):
        self.overview = overview

    def get_context_data(self, parent_context):
        return {self.context_name: self.overview}
