from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published

from .models import GuidePage
from .sharing import is_national_guide, share_new_translation


@receiver(page_published, sender=GuidePage, dispatch_uid="guides_share_new_translation")
def share_published_translation(sender, instance, **kwargs):
    """A newly published translation of a shared national guide reaches the regions too."""
    if instance.alias_of_id is None and is_national_guide(instance):
        share_new_translation(instance)


@receiver(pre_delete, sender=GuidePage, dispatch_uid="guides_delete_regional_copies")
def delete_regional_copies(sender, instance, **kwargs):
    """Deleting a national guide removes its regional copies, which Wagtail would otherwise turn into orphans."""
    if instance.alias_of_id is None:
        for alias in GuidePage.objects.filter(alias_of=instance):
            alias.delete()
