"""Demo organisation members, read from listings/demo/members.yaml.

`member@example.org` edits a verified organisation and publishes directly;
`newmember@example.org` edits an unverified one and can only submit for
moderation. listings' demo loader calls `load(stdout)`; running it again
changes nothing. The organisations are found by slug, so the demo listings
can attach to them.
"""

from pathlib import Path

import yaml

from accounts.factories import UserFactory
from organisations.factories import MembershipFactory, OrganisationFactory
from organisations.models import Membership
from organisations.permissions import ensure_member_group

MEMBERS = yaml.safe_load((Path(__file__).resolve().parent / "demo" / "members.yaml").read_text(encoding="utf-8"))
VERIFIED_SLUG = MEMBERS["verified"]["organisation"]["slug"]
UNVERIFIED_SLUG = MEMBERS["unverified"]["organisation"]["slug"]


def load(stdout):
    ensure_member_group()
    verified = OrganisationFactory(**MEMBERS["verified"]["organisation"], is_verified=True)
    unverified = OrganisationFactory(**MEMBERS["unverified"]["organisation"], unverified=True)
    member = UserFactory(**MEMBERS["verified"]["member"])
    newmember = UserFactory(**MEMBERS["unverified"]["member"])
    MembershipFactory(user=member, organisation=verified, role=Membership.Role.EDITOR)
    MembershipFactory(user=newmember, organisation=unverified, role=Membership.Role.EDITOR)
    stdout.write(
        f"  Demo members: {member.email} ({verified.name}, verified) and "
        f"{newmember.email} ({unverified.name}, not verified) (password: demo)"
    )
    return verified, unverified
