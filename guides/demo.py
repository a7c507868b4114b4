"""Demo guides, read from guides/demo/: national guides shared to every region, and regional ones.

national/*.yaml are the national site's guides in file-name order (a guide's
`related` list names earlier guides by slug); regional/<region slug>.yaml is a
guide a regional producer wrote for its own site. Bodies are lists of blocks
(see demo_blocks.py). Running it again adds nothing.
"""

import io
from pathlib import Path

import yaml
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from regions.models import Region

from .demo_blocks import build, related
from .factories import GuidePageFactory, guide_index, translate_guide
from .models import GuidePage
from .sharing import share_guide

DATA = Path(__file__).resolve().parent / "demo"


def _read(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def demo_image(collection, spec):
    Image = get_image_model()
    image = Image.objects.filter(title=spec["title"]).first()
    if image is not None:
        return image
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
        title=spec["title"],
        collection=collection,
        file=ImageFile(io.BytesIO(buffer.getvalue()), name=spec["filename"]),
    )


def _demo_document(collection, spec):
    Document = get_document_model()
    document = Document.objects.filter(title=spec["title"]).first()
    if document is not None:
        return document
    return Document.objects.create(
        title=spec["title"],
        collection=collection,
        file=ContentFile((DATA / spec["filename"]).read_bytes(), name=spec["filename"]),
    )


def load(stdout):
    national = Region.objects.filter(is_national=True).first()
    if national is None:
        stdout.write("  No national site: skipped.")
        return
    spec = _read(DATA / "assets.yaml")
    assets = {
        "image": demo_image(national.collection, spec["image"]).pk,
        "document": _demo_document(national.collection, spec["document"]).pk,
    }
    index = guide_index(national)
    by_slug = {}
    for path in sorted((DATA / "national").glob("*.yaml")):
        guide_spec = _read(path)
        text = guide_spec["fi"]
        body = build(text["body"], assets)
        related_ids = [by_slug[slug].pk for slug in guide_spec.get("related", []) if slug in by_slug]
        if related_ids:
            body.append(related(spec["related_title"], related_ids))
        guide = GuidePageFactory(
            parent=index,
            title=text["title"],
            slug=guide_spec["slug"],
            summary=text["summary"],
            body=body,
            topics=guide_spec["topics"],
            audiences=guide_spec["audiences"],
            last_reviewed=guide_spec["reviewed"],
        )
        by_slug[guide_spec["slug"]] = guide
        for language in ("sv", "en"):
            if language in guide_spec:
                text = guide_spec[language]
                translate_guide(
                    guide, language, title=text["title"], summary=text["summary"], body=build(text["body"], assets)
                )
    created = 0
    for guide in by_slug.values():
        created += len(share_guide(guide).created)
    stdout.write(f"  {len(by_slug)} national guides, shared to every region ({created} new regional copies)")

    for path in sorted((DATA / "regional").glob("*.yaml")):
        guide_spec = _read(path)
        region = Region.objects.filter(slug=guide_spec["region"]).first()
        if region is None:
            continue
        GuidePageFactory(
            parent=guide_index(region, guide_spec["language"]),
            title=guide_spec["title"],
            slug=guide_spec["slug"],
            summary=guide_spec["summary"],
            body=build(guide_spec["body"], assets),
            topics=guide_spec["topics"],
            audiences=guide_spec["audiences"],
            last_reviewed=guide_spec["reviewed"],
        )
        language = Locale.objects.get(language_code=guide_spec["language"])
        stdout.write(f"  {region.name}: its own guide in {language}")
    stdout.write(f"  {GuidePage.objects.live().count()} guide pages in all")
