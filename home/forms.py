"""Admin forms of the home app: the posts a coordinator lifts onto their front page."""

from wagtail.admin.forms import WagtailAdminModelForm

from organisations.permissions import regions_for


class LiftedPostForm(WagtailAdminModelForm):
    """Offers only the regions the user coordinates, and picks the one region of a regional coordinator."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("region")
        if field is None or self.for_user is None:
            return
        field.queryset = regions_for(self.for_user)
        if self.instance.pk is None and "region" not in self.initial:
            regions = list(field.queryset[:2])
            if len(regions) == 1:
                self.initial["region"] = regions[0].pk
