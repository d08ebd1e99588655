"""Reading a paged list of the API to its end, no row silently left out (X5): each page's
`Link: <…>; rel="next"` is followed until a page has none, checking that body and header agree."""

from urllib.parse import urljoin


def every_row(session, url, params=None, timeout=30):
    rows, page_url, first = [], url, True
    while page_url:
        r = session.get(page_url, params=params if first else None, timeout=timeout)
        assert r.status_code == 200, r.text
        body = r.json()
        rows += body["items"]
        link = r.links.get("next", {}).get("url")
        assert (link is None) == (body["next"] is None), (r.headers.get("Link"), body["next"])
        page_url = urljoin(url, link) if link else None
        first = False
    return rows
