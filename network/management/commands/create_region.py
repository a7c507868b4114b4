from django.core.management.base import BaseCommand, CommandError

from network.services import RegionSpec, RegionSpecError, create_region


def _codes(value):
    return [code.strip() for code in (value or "").split(",") if code.strip()]


class Command(BaseCommand):
    help = (
        "Create a regional (or the national) service: its site, home page in Finnish, Swedish and English, "
        "standard pages, coordinator group, moderation workflow and media collection. Running it again "
        "with the same arguments changes nothing; with new sections installed, it adds them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="Service name, e.g. Lappilaiset.")
        parser.add_argument("--slug", required=True, help="Identifier, e.g. lappilaiset.")
        parser.add_argument("--hostname", required=True, help="The site's hostname, e.g. lappilaiset.fi.")
        parser.add_argument("--port", type=int, default=80)
        parser.add_argument("--national", action="store_true", help="The national service, covering everything.")
        parser.add_argument("--default-site", action="store_true", help="Answer for hostnames no site claims.")
        parser.add_argument("--regions", default="", help="Comma-separated region (maakunta) codes, e.g. 19.")
        parser.add_argument("--municipalities", default="", help="Comma-separated municipality codes, e.g. 564,244.")
        parser.add_argument("--area-fi", default="", help="The area's name in Finnish, e.g. Lappi.")
        parser.add_argument("--area-sv", default="", help="The area's name in Swedish, e.g. Lappland.")
        parser.add_argument("--area-en", default="", help="The area's name in English, e.g. Lapland.")
        parser.add_argument("--producer", required=True, help="The producer organisation's name.")
        parser.add_argument("--producer-email", default="")
        parser.add_argument("--producer-phone", default="")
        parser.add_argument("--producer-url", default="")
        parser.add_argument("--accent-colour", default="", help="Header colour, e.g. #1f5f8b.")

    def handle(self, *args, **options):
        spec = RegionSpec(
            name=options["name"],
            slug=options["slug"],
            hostname=options["hostname"],
            port=options["port"],
            is_national=options["national"],
            is_default_site=options["default_site"],
            region_codes=_codes(options["regions"]),
            municipality_codes=_codes(options["municipalities"]),
            area_names={"fi": options["area_fi"], "sv": options["area_sv"], "en": options["area_en"]},
            producer_name=options["producer"],
            producer_email=options["producer_email"],
            producer_phone=options["producer_phone"],
            producer_url=options["producer_url"],
            accent_colour=options["accent_colour"],
        )
        try:
            region, created = create_region(spec)
        except (RegionSpecError, ValueError) as error:
            raise CommandError(str(error)) from error
        verb = "Created" if created else "Checked"
        self.stdout.write(self.style.SUCCESS(f"{verb} {region.name} at {region.site.hostname}:{region.site.port}"))
