from django.core.management.base import BaseCommand, CommandError

from guides.models import GuidePage
from guides.sharing import SharingError, national_region, share_guide
from regions.models import Region


class Command(BaseCommand):
    help = (
        "Share national guides with regional sites as aliases that follow the original. "
        "Give guides by page id or slug (--guide), or --all for every published national guide; "
        "regions by slug (--region), or none for every regional site. Running it again adds only what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--guide", action="append", default=[], help="A national guide's page id or slug.")
        parser.add_argument("--all", action="store_true", help="Every published national guide.")
        parser.add_argument("--region", action="append", default=[], help="A region's slug (default: every region).")

    def handle(self, *args, **options):
        national = national_region()
        if national is None:
            raise CommandError("There is no national site yet; run create_region or load_demo first.")
        if not options["all"] and not options["guide"]:
            raise CommandError("Name guides with --guide, or share every national guide with --all.")
        national_guides = (
            GuidePage.objects.descendant_of(national.site.root_page)
            .filter(alias_of__isnull=True, locale=national.site.root_page.locale)
            .live()
        )
        if options["all"]:
            guides = list(national_guides.order_by("path"))
        else:
            guides = [self._find_guide(national_guides, value) for value in options["guide"]]
        regions = None
        if options["region"]:
            regions = list(Region.objects.filter(slug__in=options["region"]).select_related("site"))
            missing = sorted(set(options["region"]) - {region.slug for region in regions})
            if missing:
                raise CommandError(f"Unknown region slug(s): {', '.join(missing)}")
        created = 0
        for guide in guides:
            try:
                report = share_guide(guide, regions)
            except SharingError as error:
                raise CommandError(str(error)) from error
            created += len(report.created)
            for region, _page, reason in report.skipped:
                self.stderr.write(f"{guide.title}: {region} skipped: {reason}")
        self.stdout.write(self.style.SUCCESS(f"Shared {len(guides)} guide(s); created {created} regional copies."))

    def _find_guide(self, national_guides, value):
        lookup = {"pk": int(value)} if value.isdigit() else {"slug": value}
        guide = national_guides.filter(**lookup).first()
        if guide is None:
            raise CommandError(f"No published national guide {value!r} (give a page id or slug).")
        return guide
