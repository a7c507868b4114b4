from django.test import RequestFactory, override_settings

from config.proxy import client_ip


def request(remote="10.0.0.2", forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@override_settings(TRUSTED_PROXY_COUNT=0)
def test_without_proxies_the_header_is_ignored():
    assert client_ip(request(forwarded="203.0.113.9")) == "10.0.0.2"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_address_it_appended_counts():
    assert client_ip(request(forwarded="203.0.113.9")) == "203.0.113.9"
    # A client cannot dodge its limit by sending a forged header first.
    assert client_ip(request(forwarded="198.51.100.1, 203.0.113.9")) == "203.0.113.9"
    assert client_ip(request()) == "10.0.0.2"


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_behind_two_proxies():
    assert client_ip(request(forwarded="198.51.100.1, 203.0.113.9, 10.0.0.5")) == "203.0.113.9"
    assert client_ip(request(forwarded="203.0.113.9")) == "203.0.113.9"
