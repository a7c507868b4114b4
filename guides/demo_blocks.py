"""Short builders for StreamField blocks, so the demo guides read like text."""


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
