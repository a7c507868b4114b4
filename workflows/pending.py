"""An image a citizen attached before the preview, kept until they send the submission or give up.

A browser cannot refill a file field, so the file is saved on the preview
step under an unguessable name and the form carries a signed token naming it
(it cannot be forged to point at another file). Sending turns it into the
submission's image; the daily personal-data purge removes what nobody sent
(`remove_stale`, through the `register_personal_data_purge` hook). The
preview shows it as a small inline copy, so the file itself is never served
before a coordinator has approved it.
"""

import base64
import datetime
import io
import logging
import os
import uuid

from django.core import signing
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.utils import timezone
from PIL import Image as PillowImage

logger = logging.getLogger(__name__)

FOLDER = "pending-submissions"
SALT = "workflows.pending-image"
#: As long as a form may stay open (core.spam); the purge removes files older than this.
MAX_AGE = datetime.timedelta(days=2)
PREVIEW_SIDE = 800


class PendingImage:
    """A kept upload: its storage name, the name it had on the citizen's computer, and its token."""

    def __init__(self, name, original_name):
        self.name = name
        self.original_name = original_name

    @property
    def token(self):
        return signing.dumps({"n": self.name, "o": self.original_name}, salt=SALT)

    def open(self):
        """The file, ready to be saved as the submission's image (a File with the size and name it had)."""
        handle = default_storage.open(self.name, "rb")
        return File(handle, name=self.original_name or os.path.basename(self.name))

    def preview_data_url(self):
        """A small JPEG or PNG copy as a data: URL (the CSP allows data: images), or "" if it cannot be read."""
        try:
            with default_storage.open(self.name, "rb") as handle, PillowImage.open(handle) as image:
                image.thumbnail((PREVIEW_SIDE, PREVIEW_SIDE))
                keeps_alpha = image.mode in ("RGBA", "LA", "P")
                image = image.convert("RGBA" if keeps_alpha else "RGB")
                buffer = io.BytesIO()
                kind = "png" if keeps_alpha else "jpeg"
                image.save(buffer, format=kind.upper())
        except (OSError, ValueError):
            logger.warning("A pending submission image could not be read: %s", self.name)
            return ""
        return f"data:image/{kind};base64,{base64.b64encode(buffer.getvalue()).decode('ascii')}"

    def discard(self):
        default_storage.delete(self.name)


def keep(uploaded):
    """Save an uploaded (already validated) image and return it as a PendingImage."""
    extension = os.path.splitext(uploaded.name or "")[1].lower()[:10]
    uploaded.seek(0)
    name = default_storage.save(f"{FOLDER}/{uuid.uuid4().hex}{extension}", uploaded)
    return PendingImage(name, os.path.basename(uploaded.name or "")[:100])


def from_token(token):
    """The PendingImage a token names, or None when it is forged, too old or its file is gone."""
    if not token:
        return None
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
        name, original = data["n"], data["o"]
    except (signing.BadSignature, KeyError, TypeError):
        return None
    if not isinstance(name, str) or not name.startswith(f"{FOLDER}/") or not default_storage.exists(name):
        return None
    return PendingImage(name, original)


def remove_stale(now=None):
    """Delete kept images older than MAX_AGE: nobody can send them any more. Returns how many."""
    limit = (now or timezone.now()) - MAX_AGE
    try:
        _folders, files = default_storage.listdir(FOLDER)
    except (FileNotFoundError, NotImplementedError):
        return 0
    removed = 0
    for filename in files:
        name = f"{FOLDER}/{filename}"
        if default_storage.get_modified_time(name) < limit:
            default_storage.delete(name)
            removed += 1
    return removed
