"""Factories for the regions app's own content: the posts coordinators lift onto their front pages."""

import factory
import wagtail_factories
from django.utils import timezone

from .social_feed_models import LiftedPost


class RegionImageFactory(wagtail_factories.ImageFactory):
    """An image in a region's own collection, generated locally, with a description."""

    title = factory.Sequence(lambda n: f"Nostokuva {n}")
    description = "Ihmisiä talkoissa."
    file = factory.django.ImageField(width=800, height=450, color="#1d4f91")

    class Params:
        region = None

    collection = factory.LazyAttribute(lambda o: o.region.collection)


class LiftedPostFactory(factory.django.DjangoModelFactory):
    """A post lifted by hand from a social-media channel."""

    channel = "Facebook"
    link = factory.Sequence(lambda n: f"https://www.facebook.com/example/posts/{n}")
    text = "Tule mukaan talkoisiin lauantaina!"
    published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = LiftedPost
