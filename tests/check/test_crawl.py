"""Live sites, tested only against a server the tests start on loopback."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from trustladder.check.crawl import Crawler, CrawlSettings, links_in, sitemap_urls
from trustladder.cli import main

PAGES = {
    "/": '<html><body><p>Welcome.</p><a href="/about">About</a> <a href="/trust#soc2">Trust</a>'
    '<a href="http://elsewhere.invalid/x">Partner</a><a href="/private/plan">Plan</a></body></html>',
    "/about": '<p>We are <b>SOC 2</b> certified.</p><a href="/">Home</a><a href="/old">Old</a>',
    "/trust": '<p>Our SOC 2 Type 2 review period is running.</p><a href="/about">About</a><a href="/gen/1">More</a>',
    "/private/plan": "<p>We will be SOC 2 compliant by March 3.</p>",
}


class Site(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path == "/robots.txt":
            self._send(200, "User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path == "/sitemap.xml":
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            self._send(
                200,
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{base}/about</loc></url>'
                f"<url><loc>{base}/trust</loc></url></urlset>",
                "application/xml",
            )
        elif path == "/old":
            self.send_response(301)
            self.send_header("Location", "/about")
            self.end_headers()
        elif path.startswith("/gen/"):  # a page that links to a new page forever
            number = int(path.rsplit("/", 1)[1])
            self._send(
                200, f'<p>Page {number}.</p><a href="/gen/{number + 1}">next</a>', "text/html"
            )
        elif path in PAGES:
            self._send(200, PAGES[path], "text/html; charset=utf-8")
        else:
            self._send(404, "not here", "text/plain")

    def _send(self, code: int, body: str, kind: str) -> None:
        data = body.encode()
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_the_crawl_stays_on_the_host_honours_robots_and_stops_at_the_page_limit(site: str) -> None:
    pages = list(Crawler(CrawlSettings(max_pages=12, timeout=5)).crawl([site + "/"]))
    fetched = [p.url.removeprefix(site) for p in pages if p.html is not None]
    refused = {p.url.removeprefix(site): p.error for p in pages if p.html is None}
    assert 8 <= len(pages) <= 12  # /gen/N never ends; the limit of 12 fetches ends it
    assert any(url.startswith("/gen/") for url in fetched)
    assert {"/", "/about", "/trust"} <= set(fetched)
    assert refused["/private/plan"] == "disallowed by robots.txt"
    assert not any("elsewhere" in p.url for p in pages)
    assert fetched.count("/about") == 1  # /old redirects to /about, which is read once


def test_check_a_live_site_reports_findings_by_url(site: str) -> None:
    result = CliRunner().invoke(
        main, ["check", site + "/", "--no-facts", "--max-pages", "6", "--format", "json"]
    )
    report = json.loads(result.stdout)
    rules = {(f["path"].removeprefix(site), f["rule"]) for f in report["findings"]}
    assert result.exit_code == 1
    assert ("/about", "TL101") in rules
    assert any(e["message"] == "disallowed by robots.txt" for e in report["errors"])


def test_check_a_sitemap(site: str) -> None:
    result = CliRunner().invoke(
        main,
        [
            "check",
            "--sitemap",
            site + "/sitemap.xml",
            "--no-facts",
            "--max-pages",
            "2",
            "--format",
            "json",
        ],
    )
    paths = {f["path"].removeprefix(site) for f in json.loads(result.stdout)["findings"]}
    assert paths == {"/about"}


def test_links_and_sitemaps_parse_safely() -> None:
    assert links_in(
        "https://a.example/x/", '<a href="../y#top">y</a><a href="mailto:z@a.example">m</a>'
    ) == ["https://a.example/y"]
    bomb = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><urlset><url><loc>&b;</loc></url></urlset>'
    assert sitemap_urls(bomb) == []


def test_an_unreachable_site_is_an_error_not_a_hang() -> None:
    pages = list(Crawler(CrawlSettings(timeout=2)).crawl(["http://127.0.0.1:9/"]))
    assert len(pages) == 1 and pages[0].error and pages[0].error.startswith("cannot fetch")
