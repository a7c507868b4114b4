"""Importing an organisation's calendar from a local HTTP server on 127.0.0.2, the one address these tests allow.

The server's own address is allowed explicitly (production allows none), so a
redirect from it to 127.0.0.1 or 169.254.169.254 shows the check on every hop.
"""

import contextlib
import datetime
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from django.utils import timezone

from core.scheduler import configured_jobs
from listings.models import Event
from opendata.calendar_import import import_feed, municipality_for, municipality_names
from opendata.models import CalendarFeed, ImportedEvent
from organisations.factories import OrganisationFactory

HOST = "127.0.0.2"


class CalendarServer:
    """Serves `calendars[path]` as text/calendar; a few paths misbehave on purpose."""

    def __init__(self):
        self.calendars = {}
        self.release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self._route()

            def _redirect(self, location):
                self.send_response(302)
                self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def _route(self):
                if self.path in server.calendars:
                    body = server.calendars[self.path].encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "text/calendar; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                elif self.path == "/to-loopback.ics":
                    self._redirect(f"http://127.0.0.1:{server.port}/club.ics")
                elif self.path == "/to-metadata.ics":
                    self._redirect("http://169.254.169.254/latest/meta-data/")
                elif self.path == "/huge.ics":
                    # 50 MB without a Content-Length: only the byte cap stops it.
                    self.send_response(200)
                    self.send_header("Content-Type", "text/calendar")
                    self.end_headers()
                    chunk = b"X" * 65536
                    for _ in range(800):
                        if server.release.is_set():
                            break
                        self.wfile.write(chunk)
                elif self.path == "/never.ics":
                    server.release.wait(60)
                else:
                    self.send_error(404)

        self.httpd = ThreadingHTTPServer((HOST, 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def url(self, path):
        return f"http://{HOST}:{self.port}{path}"

    def close(self):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server(settings):
    settings.SAFE_FETCH_ALLOWED_NETWORKS = [f"{HOST}/32"]
    server = CalendarServer()
    yield server
    server.close()


def stamp(value):
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def vevent(uid, title, starts_at, hours=2, location="Kylätalo, Kemijärvi", extra=""):
    return (
        "BEGIN:VEVENT\r\n"
        f"UID:{uid}\r\n"
        f"DTSTAMP:{stamp(timezone.now())}\r\n"
        f"DTSTART:{stamp(starts_at)}\r\n"
        f"DTEND:{stamp(starts_at + datetime.timedelta(hours=hours))}\r\n"
        f"SUMMARY:{title}\r\n"
        "DESCRIPTION:Tervetuloa mukaan!\\nKahvitarjoilu.\r\n"
        f"LOCATION:{location.replace(',', chr(92) + ',')}\r\n"
        f"{extra}"
        "END:VEVENT\r\n"
    )


def calendar(*events):
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Club//FI\r\n" + "".join(events) + "END:VCALENDAR\r\n"


def soon(days, hour=18):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def events_of(feed):
    return Event.objects.filter(pk__in=ImportedEvent.objects.filter(feed=feed).values("event_id"))


@pytest.fixture
def verified_feed(lapland, server):
    organisation = OrganisationFactory(municipality_code="698")
    return CalendarFeed.objects.create(organisation=organisation, url=server.url("/club.ics"))


def test_an_imported_calendar_creates_each_event_once_and_publishes_for_a_verified_organisation(server, verified_feed):
    server.calendars["/club.ics"] = calendar(
        vevent("concert@club.example", "Joulukonsertti", soon(5)),
        vevent("walk@club.example", "Kävelyretki", soon(9), location="Ounasvaara, Rovaniemi"),
    )
    first = import_feed(verified_feed)
    second = import_feed(verified_feed)

    assert (first.created, first.updated, first.removed, first.error) == (2, 0, 0, "")
    assert (second.created, second.updated, second.removed) == (0, 0, 0)
    events = {event.title: event for event in events_of(verified_feed)}
    assert set(events) == {"Joulukonsertti", "Kävelyretki"}
    concert = events["Joulukonsertti"]
    assert concert.live and concert.organisation == verified_feed.organisation
    assert concert.starts_at == soon(5) and concert.ends_at == soon(5) + datetime.timedelta(hours=2)
    assert concert.place_name == "Kylätalo" and concert.address == "Kemijärvi"
    assert concert.summary == "Tervetuloa mukaan! Kahvitarjoilu."
    # The municipality named in the place, else the organisation's home municipality.
    assert [m.name_fi for m in concert.municipalities.all()] == ["Kemijärvi"]
    assert [m.name_fi for m in events["Kävelyretki"].municipalities.all()] == ["Rovaniemi"]
    verified_feed.refresh_from_db()
    assert verified_feed.last_success_at is not None and verified_feed.last_error == ""


def test_a_changed_event_updates_and_a_removed_or_cancelled_one_goes(server, verified_feed):
    server.calendars["/club.ics"] = calendar(
        vevent("concert@club.example", "Joulukonsertti", soon(5)),
        vevent("walk@club.example", "Kävelyretki", soon(9)),
        vevent("talk@club.example", "Luento", soon(12)),
    )
    import_feed(verified_feed)
    server.calendars["/club.ics"] = calendar(
        vevent("concert@club.example", "Joulukonsertti (siirretty)", soon(6, hour=19)),
        vevent("talk@club.example", "Luento", soon(12), extra="STATUS:CANCELLED\r\n"),
    )
    result = import_feed(verified_feed)

    assert (result.created, result.updated, result.removed) == (0, 1, 2)
    (concert,) = events_of(verified_feed)
    assert concert.title == "Joulukonsertti (siirretty)" and concert.starts_at == soon(6, hour=19)
    assert concert.live
    assert not Event.objects.filter(title__in=["Kävelyretki", "Luento"]).exists()


def test_an_unverified_organisations_events_are_drafts_in_moderation(lapland, server):
    organisation = OrganisationFactory(unverified=True)
    feed = CalendarFeed.objects.create(organisation=organisation, url=server.url("/club.ics"))
    server.calendars["/club.ics"] = calendar(vevent("concert@club.example", "Joulukonsertti", soon(5)))

    import_feed(feed)
    (event,) = events_of(feed)
    assert not event.live
    assert event.workflow_in_progress
    assert event.region == lapland

    server.calendars["/club.ics"] = calendar(vevent("concert@club.example", "Joulun konsertti", soon(5)))
    import_feed(feed)
    event.refresh_from_db()
    assert event.get_latest_revision().as_object().title == "Joulun konsertti"
    assert Event.objects.filter(pk=event.pk).count() == 1


def test_a_weekly_series_becomes_one_event_with_its_dates(server, verified_feed):
    server.calendars["/club.ics"] = calendar(
        vevent(
            "choir@club.example",
            "Kuoroharjoitus",
            soon(2),
            extra=f"RRULE:FREQ=WEEKLY;COUNT=4\r\nEXDATE:{stamp(soon(9))}\r\n",
        )
    )
    import_feed(verified_feed)
    (event,) = events_of(verified_feed)
    assert [date.starts_at for date in event.dates()] == [soon(2), soon(16), soon(23)]


@pytest.mark.parametrize("path", ["/to-loopback.ics", "/to-metadata.ics"])
def test_a_redirect_to_an_inside_address_is_refused(server, verified_feed, path):
    verified_feed.url = server.url(path)
    result = import_feed(verified_feed)
    assert "not on the public internet" in result.error
    assert not events_of(verified_feed).exists()
    verified_feed.refresh_from_db()
    assert verified_feed.last_error == result.error


@pytest.mark.parametrize("path", ["/huge.ics", "/never.ics"])
def test_a_huge_or_silent_calendar_ends_within_the_deadline(server, verified_feed, path):
    verified_feed.url = server.url(path)
    started = time.monotonic()
    result = import_feed(verified_feed, timeout=5, deadline=2)
    assert time.monotonic() - started < 6
    assert result.error
    assert not events_of(verified_feed).exists()


def test_what_is_not_a_calendar_is_an_error_not_a_crash(server, verified_feed):
    server.calendars["/club.ics"] = "<html>Not here</html>"
    result = import_feed(verified_feed)
    assert result.error == "the address does not return a valid iCalendar file"


def test_the_municipality_comes_from_a_name_in_the_place(db):
    names = municipality_names()
    assert municipality_for("Kulttuuritalo, Korundi, Rovaniemi", names).code == "698"
    assert municipality_for("Kulturhuset, Jakobstad", names).name_fi == "Pietarsaari"
    assert municipality_for("Seurakuntatalo", names) is None


def test_the_import_is_a_scheduled_job_and_a_command(server, verified_feed):
    assert "import_calendars" in [job.command[0] for job in configured_jobs()]
    server.calendars["/club.ics"] = calendar(vevent("concert@club.example", "Joulukonsertti", soon(5)))
    call_command("import_calendars")
    assert events_of(verified_feed).count() == 1
