"""Demo guides: 15 national guides (5 also in Swedish and English) shared to every region, and two regional ones."""

import datetime
import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from regions.models import Region

from .demo_blocks import related
from .demo_content import FINNISH_EXTRAS, NATIONAL_GUIDES, REGIONAL_GUIDES
from .factories import GuidePageFactory, guide_index, translate_guide
from .models import GuidePage
from .sharing import share_guide

IMAGE_TITLE = "Yhdistyksen kokous (demo)"
DOCUMENT_TITLE = "Pöytäkirjamalli (demo)"

MINUTES_TEMPLATE = """YHDISTYKSEN NIMI RY
PÖYTÄKIRJA

Kokous:      [vuosikokous / hallituksen kokous]
Aika:        [päivämäärä ja kellonaika]
Paikka:      [osoite tai etäyhteys]
Läsnä:       [nimet tai viittaus liitteeseen]

1 § Kokouksen avaus
2 § Kokouksen järjestäytyminen
    Puheenjohtajaksi valittiin [nimi], sihteeriksi [nimi] ja pöytäkirjantarkastajiksi [nimet].
3 § Kokouksen laillisuus ja päätösvaltaisuus
    Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi.
4 § Esityslistan hyväksyminen
5 § [Asia]
    Päätös: [yksi selkeä lause]
6 § Kokouksen päättäminen

Puheenjohtaja ______________   Sihteeri ______________

Olemme tarkastaneet pöytäkirjan ja todenneet sen kokouksen kulun mukaiseksi.

______________   ______________
"""


def _demo_image(collection):
    Image = get_image_model()
    image = Image.objects.filter(title=IMAGE_TITLE).first()
    if image is not None:
        return image
    from PIL import Image as PILImage
    from PIL import ImageDraw

    # A simple drawing of people around a meeting table, made here so the demo needs no files.
    canvas = PILImage.new("RGB", (1200, 675), "#e8eef3")
    draw = ImageDraw.Draw(canvas)
    draw.rounded_rectangle((300, 300, 900, 470), radius=30, fill="#8a5a3c")
    colours = ["#1f5f8b", "#2e6b30", "#9c2b1f", "#5a2d82", "#0f5e63", "#7a3b00"]
    for number, x in enumerate(range(360, 900, 100)):
        colour = colours[number % len(colours)]
        draw.ellipse((x - 30, 170, x + 30, 230), fill="#f1c9a5")
        draw.rounded_rectangle((x - 45, 235, x + 45, 320), radius=20, fill=colour)
    draw.rectangle((560, 320, 640, 340), fill="#ffffff")
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    return Image.objects.create(
        title=IMAGE_TITLE,
        collection=collection,
        file=ImageFile(io.BytesIO(buffer.getvalue()), name="yhdistyksen-kokous.png"),
    )


def _demo_document(collection):
    Document = get_document_model()
    document = Document.objects.filter(title=DOCUMENT_TITLE).first()
    if document is not None:
        return document
    return Document.objects.create(
        title=DOCUMENT_TITLE,
        collection=collection,
        file=ContentFile(MINUTES_TEMPLATE.encode("utf-8"), name="poytakirjamalli.txt"),
    )


def _with_extra(body, extra):
    """`extra` blocks placed before the guide's closing link list, if it has one."""
    position = len(body) - 1 if body and body[-1]["type"] == "links" else len(body)
    return body[:position] + extra + body[position:]


def _date(parts):
    return datetime.date(*parts)


def load(stdout, port=8000):
    national = Region.objects.filter(is_national=True).first()
    if national is None:
        stdout.write("  No national site: skipped.")
        return
    assets = {"image": _demo_image(national.collection).pk, "document": _demo_document(national.collection).pk}
    index = guide_index(national)
    by_slug = {}
    for spec in NATIONAL_GUIDES:
        body = _with_extra(spec["fi"]["body"](assets), FINNISH_EXTRAS.get(spec["slug"], []))
        related_ids = [by_slug[slug].pk for slug in spec.get("related", []) if slug in by_slug]
        if related_ids:
            body.append(related("Lue myös", related_ids))
        guide = GuidePageFactory(
            parent=index,
            title=spec["fi"]["title"],
            slug=spec["slug"],
            summary=spec["fi"]["summary"],
            body=body,
            topics=spec["topics"],
            audiences=spec["audiences"],
            last_reviewed=_date(spec["reviewed"]),
        )
        by_slug[spec["slug"]] = guide
        for language in ("sv", "en"):
            if language in spec:
                text = spec[language]
                translate_guide(
                    guide, language, title=text["title"], summary=text["summary"], body=text["body"](assets)
                )
    created = 0
    for guide in by_slug.values():
        created += len(share_guide(guide).created)
    stdout.write(f"  {len(by_slug)} national guides, shared to every region ({created} new regional copies)")

    for slug, spec in REGIONAL_GUIDES.items():
        region = Region.objects.filter(slug=slug).first()
        if region is None:
            continue
        parent = guide_index(region, spec["language"])
        GuidePageFactory(
            parent=parent,
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            body=spec["body"](assets),
            topics=spec["topics"],
            audiences=spec["audiences"],
            last_reviewed=_date(spec["reviewed"]),
        )
        stdout.write(f"  {region.name}: its own guide in {Locale.objects.get(language_code=spec['language'])}")
    stdout.write(f"  {GuidePage.objects.live().count()} guide pages in all")
