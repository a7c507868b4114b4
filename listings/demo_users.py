"""Demo organisation members, for trying the admin as an organisation sees it.

`member@example.org` edits a verified organisation in Rovaniemi and publishes
directly; `newmember@example.org` edits an unverified one in Joensuu and can
only submit for moderation. Both log in with the password `demo`. listings'
demo loader calls `load(stdout)`; running it again changes nothing.
The organisations are found by slug, so the demo listings can attach to them.
"""

from accounts.factories import UserFactory
from organisations.factories import MembershipFactory, OrganisationFactory
from organisations.models import Membership
from organisations.permissions import ensure_member_group

VERIFIED_SLUG = "napapiirin-naapuriapu"
UNVERIFIED_SLUG = "pielisjoen-kulttuuripiiri"

VERIFIED_ORGANISATION = {
    "slug": VERIFIED_SLUG,
    "name": "Napapiirin Naapuriapu ry",
    "municipality_code": "698",
    "description": (
        "<p>Naapuriapu järjestää rovaniemeläisille kauppa-apua, ulkoiluseuraa ja kylätalon iltoja. "
        "Vapaaehtoiseksi pääsee mukaan ilman aiempaa kokemusta.</p>"
    ),
}
UNVERIFIED_ORGANISATION = {
    "slug": UNVERIFIED_SLUG,
    "name": "Pielisjoen Kulttuuripiiri",
    "municipality_code": "167",
    "type": "informal_group",
    "business_id": "",
    "description": (
        "<p>Joensuulainen harrastajaporukka, joka kokoontuu lukemaan, laulamaan ja kirjoittamaan yhdessä. "
        "Uudet piiriläiset ovat aina tervetulleita.</p>"
    ),
}


def load(stdout, port=8000):
    ensure_member_group()
    verified = OrganisationFactory(**VERIFIED_ORGANISATION, is_verified=True)
    unverified = OrganisationFactory(**UNVERIFIED_ORGANISATION, unverified=True)
    member = UserFactory(email="member@example.org", first_name="Maija", last_name="Jäsenlahti")
    newmember = UserFactory(email="newmember@example.org", first_name="Niko", last_name="Uusitalo")
    MembershipFactory(user=member, organisation=verified, role=Membership.Role.EDITOR)
    MembershipFactory(user=newmember, organisation=unverified, role=Membership.Role.EDITOR)
    stdout.write(
        f"  Demo members: member@example.org ({verified.name}, verified) and "
        f"newmember@example.org ({unverified.name}, not verified) (password: demo)"
    )
    return verified, unverified
