"""StreamField blocks of the demo guides, built from their YAML form.

A guide's body in guides/demo/ is a list of one-key mappings, the key naming
the block: `paragraph` (a text or a list of texts), `list` (`intro`, `items`),
`heading`, `tip`, `warning`, `checklist`, `steps`, `quote`, `table`, `links`,
`image` and `document` (the last two point at the demo's own image and
document). The builders below are also used by tests that write guides.
"""


def h(text):
    return {"type": "heading", "value": {"text": text}}


def p(*paragraphs):
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in paragraphs)}


def ul(intro, items):
    body = f"<p>{intro}</p>" if intro else ""
    return {"type": "paragraph", "value": body + "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"}


def tip(title, text):
    return {"type": "tip", "value": {"title": title, "text": f"<p>{text}</p>"}}


def warning(title, text):
    return {"type": "warning", "value": {"title": title, "text": f"<p>{text}</p>"}}


def checklist(title, items):
    return {"type": "checklist", "value": {"title": title, "items": list(items)}}


def steps(title, items):
    return {
        "type": "steps",
        "value": {
            "title": title,
            "steps": [{"title": step, "text": f"<p>{text}</p>" if text else ""} for step, text in items],
        },
    }


def quote(text, who):
    return {"type": "quote", "value": {"quote": text, "attribution": who}}


def table(caption, header, rows):
    return {"type": "table", "value": {"caption": caption, "header": list(header), "rows": [list(row) for row in rows]}}


def links(title, items):
    return {
        "type": "links",
        "value": {
            "title": title,
            "links": [{"text": text, "url": url, "description": about} for text, url, about in items],
        },
    }


def image(image_id, alt_text, caption=""):
    return {"type": "image", "value": {"image": image_id, "alt_text": alt_text, "caption": caption}}


def document(document_id, title, description=""):
    return {"type": "document", "value": {"document": document_id, "title": title, "description": description}}


def related(title, page_ids):
    return {"type": "related_guides", "value": {"title": title, "guides": list(page_ids)}}


def _paragraph(value, assets):
    return p(*value) if isinstance(value, list) else p(value)


BUILDERS = {
    "heading": lambda value, assets: h(value),
    "paragraph": _paragraph,
    "list": lambda value, assets: ul(value.get("intro", ""), value["items"]),
    "tip": lambda value, assets: tip(value["title"], value["text"]),
    "warning": lambda value, assets: warning(value["title"], value["text"]),
    "checklist": lambda value, assets: checklist(value["title"], value["items"]),
    "steps": lambda value, assets: steps(value["title"], [(s["title"], s.get("text", "")) for s in value["steps"]]),
    "quote": lambda value, assets: quote(value["quote"], value["attribution"]),
    "table": lambda value, assets: table(value["caption"], value["header"], value["rows"]),
    "links": lambda value, assets: links(
        value["title"], [(link["text"], link["url"], link["description"]) for link in value["links"]]
    ),
    "image": lambda value, assets: image(assets["image"], value["alt_text"], value.get("caption", "")),
    "document": lambda value, assets: document(assets["document"], value["title"], value.get("description", "")),
}


def build(blocks, assets):
    """StreamField data for a list of YAML blocks; `assets` holds the demo image and document ids."""
    built = []
    for block in blocks:
        ((kind, value),) = block.items()
        built.append(BUILDERS[kind](value, assets))
    return built
