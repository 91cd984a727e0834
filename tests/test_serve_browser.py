"""The query page in a real headless Chromium: it runs a query and shows the table, chart and map.

Needs Debian's ``chromium`` package (``.ci/run`` installs it). Chromium loads the page,
runs its script (which POSTs the query to /sparql and then asks for the labels), and
``--dump-dom`` prints the document as the script left it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from kg.serve import App, Settings
from kg.serve.app import make_server
from tests.test_serve import CK, make_store

pytestmark = pytest.mark.browser

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
if CHROMIUM is None and not os.environ.get("CI"):
    pytest.skip("no Chromium here (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("browser") / "store"
    make_store(path)
    app = App(Settings(path, timeout=10.0, workers=2))
    server = make_server(app, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        app.close()


def dom(address: str, tmp_path: Path) -> str:
    """The page's DOM once its scripts are done (virtual time waits for the fetches)."""
    assert CHROMIUM, "Chromium is needed: apt-get install chromium"
    result = subprocess.run(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=15000", "--dump-dom", address,
        ],
        capture_output=True, text=True, timeout=90, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_the_page_runs_a_shared_query_and_shows_the_table_with_labels_and_a_map(url: str, tmp_path: Path) -> None:
    query = f"""PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX ck: <{CK}>
SELECT ?place ?wkt (COUNT(?e) AS ?events) WHERE {{
  ?place geo:hasGeometry/geo:asWKT ?wkt . OPTIONAL {{ ?e ck:location ?place }}
}} GROUP BY ?place ?wkt ORDER BY ?place"""
    page = dom(f"{url}/?" + urlencode({"query": query}), tmp_path)
    table = re.search(r'<table class="results">.*?</table>', page, re.DOTALL)
    assert table, page[-3000:]
    rows = re.findall(r"<tr>.*?</tr>", table.group(0), re.DOTALL)
    assert len(rows) == 1 + 3  # header and the three places with coordinates
    # IRIs are shown by their labels and link to their pages here.
    assert re.search(r'<a href="/id/place/conoco-gas-field"[^>]*>Conoco gas field</a>', table.group(0))
    assert re.search(r'<a href="/id/place/al-tanf"[^>]*>Al-Tanf garrison</a>', table.group(0))
    assert '<figure class="pointmap">' in page
    assert "3 rows" in page
    assert 'href="/sparql?query=' in page and "format=csv" in page  # downloads


def test_a_time_series_gets_a_chart(url: str, tmp_path: Path) -> None:
    query = f"SELECT ?date (COUNT(?e) AS ?n) WHERE {{ ?e <{CK}date> ?date }} GROUP BY ?date ORDER BY ?date"
    page = dom(f"{url}/?" + urlencode({"query": query}), tmp_path)
    assert '<figure class="chart">' in page, page[-3000:]
    assert "<polyline" in page


def test_a_bad_query_shows_the_error(url: str, tmp_path: Path) -> None:
    page = dom(f"{url}/?" + urlencode({"query": "SELECT * WHERE { ?s ?p }"}), tmp_path)
    assert '<pre class="error">400: Bad SPARQL query: error at 1:' in page, page[-3000:]


def test_the_place_page_shows_arabic_right_to_left_and_a_map(url: str, tmp_path: Path) -> None:
    page = dom(f"{url}/id/place/al-tanf", tmp_path)
    assert '<span class="ar-title" lang="ar" dir="rtl">قاعدة التنف</span>' in page
    assert 'class="focus"' in page
