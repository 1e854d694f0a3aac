"""A polite crawler for live sites: robots.txt honoured, the starting host only (by default),
page, byte, time and concurrency limits, timeouts, redirects followed within the host."""

from __future__ import annotations

import contextlib
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from html.parser import HTMLParser

USER_AGENT = "trustladder-check/1 (+SOC 2 claims checker)"
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class CrawlSettings:
    """Limits that keep a crawl polite and finite; every one can be set."""

    max_pages: int = 500
    max_bytes: int = 5 * 1024 * 1024
    concurrency: int = 4
    timeout: float = 10.0
    max_seconds: float = 600.0
    same_host: bool = True


@dataclass(frozen=True)
class Page:
    """One fetched page, or why it could not be fetched."""

    url: str
    html: str | None
    error: str | None = None


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)


def _normalise(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, "")
    )


def links_in(base: str, html: str) -> list[str]:
    """Absolute http(s) links in a page, fragments removed."""
    parser = _Links()
    with contextlib.suppress(Exception):  # a broken page still yields the links read so far
        parser.feed(html)
    found = []
    for href in parser.links:
        url = urllib.parse.urljoin(base, href.strip())
        if url.startswith(("http://", "https://")):
            found.append(_normalise(url))
    return found


def sitemap_urls(xml: str) -> list[str]:
    """The <loc> entries of a sitemap (parsed with defusedxml when installed)."""
    try:
        from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - defusedxml ships with the documents extra
        from xml.etree.ElementTree import fromstring
    try:
        root = fromstring(xml)
    except Exception:
        return []
    return [
        _normalise(node.text.strip())
        for node in root.iter()
        if node.tag.endswith("loc") and node.text
    ]


class _NoForeignRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, host: str | None) -> None:
        self.host = host

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if self.host and urllib.parse.urlsplit(newurl).netloc.lower() != self.host:
            raise urllib.error.HTTPError(
                newurl, code, "redirect to another host not followed", headers, fp
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class Crawler:
    """Fetch pages breadth-first from start URLs within the limits."""

    def __init__(self, settings: CrawlSettings) -> None:
        self.settings = settings
        self.robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def _opener(self, host: str | None) -> urllib.request.OpenerDirector:
        return urllib.request.build_opener(
            _NoForeignRedirects(host if self.settings.same_host else None)
        )

    def _allowed(self, url: str) -> bool:
        parts = urllib.parse.urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self.robots:
            parser = urllib.robotparser.RobotFileParser()
            try:
                text = self._get(origin + "/robots.txt", None)[1]
                parser.parse(text.splitlines())
                self.robots[origin] = parser
            except (urllib.error.URLError, OSError, ValueError):
                self.robots[origin] = None  # no robots.txt: everything is allowed
        robots = self.robots[origin]
        return robots is None or robots.can_fetch(USER_AGENT, url)

    def fetch_text(self, url: str) -> str:
        """A document's text (a sitemap), within the byte and time limits."""
        return self._get(url, None)[1]

    def _get(self, url: str, host: str | None) -> tuple[str, str, str]:
        request = urllib.request.Request(
            url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"}
        )
        with self._opener(host).open(request, timeout=self.settings.timeout) as response:
            kind = response.headers.get_content_type()
            body = response.read(self.settings.max_bytes + 1)
            if len(body) > self.settings.max_bytes:
                raise ValueError(f"larger than the limit of {self.settings.max_bytes:,} bytes")
            charset = response.headers.get_content_charset() or "utf-8"
            return response.geturl(), body.decode(charset, errors="replace"), kind

    def _fetch(self, url: str, host: str | None) -> tuple[Page, list[str]]:
        if not self._allowed(url):
            return Page(url, None, "disallowed by robots.txt"), []
        try:
            final, text, kind = self._get(url, host)
        except urllib.error.HTTPError as exc:
            return Page(url, None, f"HTTP {exc.code}: {exc.reason}"), []
        except (urllib.error.URLError, OSError, ValueError) as exc:
            return Page(url, None, f"cannot fetch: {getattr(exc, 'reason', exc)}"), []
        if kind not in HTML_TYPES:
            return Page(url, None, f"not an HTML page ({kind})"), []
        return Page(final, text), links_in(final, text)

    def crawl(self, starts: list[str]) -> Iterator[Page]:
        """Pages in the order they arrive, never more than the limits allow."""
        starts = [_normalise(u) for u in starts]
        host = (
            urllib.parse.urlsplit(starts[0]).netloc.lower()
            if starts and self.settings.same_host
            else None
        )
        seen, queue = set(starts), list(starts)
        delivered: set[str] = set()
        deadline = time.monotonic() + self.settings.max_seconds
        fetched = 0
        with ThreadPoolExecutor(max_workers=self.settings.concurrency) as pool:
            running: dict[Future[tuple[Page, list[str]]], str] = {}
            while (queue or running) and time.monotonic() < deadline:
                while (
                    queue
                    and len(running) < self.settings.concurrency
                    and fetched + len(running) < self.settings.max_pages
                ):
                    url = queue.pop(0)
                    running[pool.submit(self._fetch, url, host)] = url
                if not running:
                    break
                done, _ = wait(
                    running,
                    timeout=max(0.0, deadline - time.monotonic()),
                    return_when=FIRST_COMPLETED,
                )
                for future in done:
                    running.pop(future)
                    page, links = future.result()
                    fetched += 1
                    if page.html is not None and page.url in delivered:
                        continue  # a redirect to a page already read
                    delivered.add(page.url)
                    yield page
                    for link in links:
                        if link in seen or (
                            host and urllib.parse.urlsplit(link).netloc.lower() != host
                        ):
                            continue
                        seen.add(link)
                        queue.append(link)
            for future in running:
                future.cancel()
