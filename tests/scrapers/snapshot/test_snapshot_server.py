"""The snapshot server: routing by Host, the MIIT listing API's answers, 404, 304, robots, faults."""
from __future__ import annotations

import json
from pathlib import Path

import requests

from scrapers.snapshot.server import SnapshotServer

API = "https://www.miit.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit"
QUERY = {"parseType": "buildstatic", "webId": "8d828e408d90447786ddbe128d495e9e",
         "tplSetId": "209741b2109044b5b7695700b2bec37e", "pageType": "column", "tagId": "右侧内容",
         "editType": "null", "pageId": "50bf589f36614b7394522245a13fedae"}
FAILURE = {"roles": None, "permissions": None, "code": "200", "success": False, "data": {}, "message": ""}


def test_routes_by_host_header(fetch):
    miit = fetch("https://www.miit.gov.cn/gxsj/tjfx/rjy/index.html")
    assert miit.status_code == 200 and "<title>软件业</title>" in miit.text
    assert miit.headers["Content-Type"] == "text/html; charset=utf-8"
    cd = fetch("https://www.chinadaily.com.cn/business/")        # directory → index.html
    assert cd.status_code == 200 and "tw3_01_2" in cd.text
    # The same path on another host is another site.
    assert fetch("https://www.gov.cn/gxsj/tjfx/rjy/index.html").status_code == 404
    assert fetch("https://unknown.example/gxsj/tjfx/rjy/index.html").status_code == 404


def test_listing_api_serves_stored_pages(fetch):
    for page_no in (1, 2, 3):
        params = dict(QUERY, paramJson=json.dumps({"pageNo": page_no, "pageSize": "24"}))
        r = fetch(API, params=params)
        body = r.json()
        assert r.status_code == 200 and body["success"] is True
        assert f'pageno="{page_no}"' in body["data"]["html"] and 'count="49"' in body["data"]["html"]


def test_listing_api_bad_parameters_answer_success_false(fetch):
    cases = [{}, {"webId": QUERY["webId"]}, dict(QUERY, pageId="ffffffffffffffffffffffffffffffff"),
             dict(QUERY, paramJson='{"pageNo":4,"pageSize":"24"}'),      # past the last page
             dict(QUERY, paramJson='{"pageNo":1,"pageSize":"50"}'), dict(QUERY, paramJson="nonsense")]
    for params in cases:
        r = fetch(API, params=params)
        assert (r.status_code, r.json()) == (200, FAILURE), params


def test_listing_api_post_is_500(fetch):
    r = fetch(API, method="POST", json=QUERY)
    assert r.status_code == 500
    assert r.json() == dict(FAILURE, message="不支持的HTTP方法")


def test_unknown_path_and_internal_files_are_404(fetch):
    assert fetch("https://www.miit.gov.cn/no/such/page.html").status_code == 404
    assert fetch("https://www.miit.gov.cn/_api/unit/50bf589f36614b7394522245a13fedae/1.json").status_code == 404
    assert fetch("https://www.miit.gov.cn/../_faults.json").status_code == 404


def test_robots_per_host(fetch):
    for host in ("www.miit.gov.cn", "www.chinadaily.com.cn", "english.www.gov.cn", "www.gov.cn"):
        r = fetch(f"https://{host}/robots.txt")
        assert r.status_code == 200 and r.text.startswith("User-agent: *")
        assert r.headers["Content-Type"].startswith("text/plain")


def test_conditional_get_answers_304(fetch):
    url = "https://www.miit.gov.cn/gxsj/tjfx/rjy/index.html"
    first = fetch(url)
    etag, last_modified = first.headers["ETag"], first.headers["Last-Modified"]
    again = fetch(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["ETag"] == etag
    assert fetch(url, headers={"If-Modified-Since": last_modified}).status_code == 304
    assert fetch(url, headers={"If-None-Match": '"other"'}).status_code == 200
    # If-None-Match wins over If-Modified-Since.
    assert fetch(url, headers={"If-None-Match": '"other"', "If-Modified-Since": last_modified}).status_code == 200


def test_gbk_page_is_served_with_the_wrong_header(fetch, site):
    faults = json.loads((site / "_faults.json").read_text(encoding="utf-8"))
    (key,) = [k for k, v in faults.items() if v["headers"]["Content-Type"].endswith("utf-8")]
    r = fetch("https://" + key)
    assert r.headers["Content-Type"] == "text/html; charset=utf-8"     # the lie
    assert b"charset=gb2312" in r.content[:1000]                      # the truth
    assert "软件业" in r.content.decode("gbk")
    try:
        r.content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        raise AssertionError("GBK bytes decoded as UTF-8: the page is not really GBK")


def test_status_fault_overrides(tmp_path: Path):
    site = tmp_path / "www.miit.gov.cn"
    site.mkdir()
    (site / "index.html").write_text("<html>ok</html>", encoding="utf-8")
    (tmp_path / "_faults.json").write_text(json.dumps({
        "www.miit.gov.cn/index.html": {"status": 403, "headers": {"Retry-After": "5"}, "body": "blocked"},
    }), encoding="utf-8")
    with SnapshotServer(tmp_path) as srv:
        r = requests.get(srv.base_url + "/index.html", headers={"Host": "www.miit.gov.cn"})
    assert (r.status_code, r.headers["Retry-After"], r.text) == (403, "5", "blocked")


def test_content_types_by_extension(fetch, site):
    pdf = next((site / "www.miit.gov.cn").rglob("*.pdf")).relative_to(site)
    r = fetch(f"https://{pdf}")
    assert r.headers["Content-Type"] == "application/pdf" and r.content.startswith(b"%PDF")
