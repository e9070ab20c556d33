-- Raw layer of the miitwatch warehouse: what was fetched, parsed and extracted, append-only.
-- Every table has a natural primary key so that loading is idempotent (INSERT OR IGNORE):
-- running the same load twice adds no rows.  dbt reads these tables as sources.

CREATE SCHEMA IF NOT EXISTS raw;

-- Every fetch attempt (after the client's retries), successful or not: the audit trail, and
-- the work list of failed pages to retry on the next run.
CREATE TABLE IF NOT EXISTS raw.fetch_log (
    attempt_id   VARCHAR PRIMARY KEY,      -- uuid4
    run_id       VARCHAR,                  -- orchestration run that made the attempt
    url          VARCHAR NOT NULL,         -- canonical URL (real host)
    source       VARCHAR NOT NULL,         -- miit, chinadaily, govcn_en, govcn_zh ...
    kind         VARCHAR NOT NULL,         -- robots | listing | article | part | attachment
    fetched_at   TIMESTAMPTZ NOT NULL,
    outcome      VARCHAR NOT NULL,         -- scrapers.models.OUTCOMES
    http_status  INTEGER,
    bytes        BIGINT,
    duration_ms  DOUBLE,
    attempts     INTEGER,
    error        VARCHAR                   -- clear reason when outcome <> 'ok'
);

-- Listing rows seen in column listings: what exists, with the listing's own date and title.
CREATE TABLE IF NOT EXISTS raw.listing_items (
    url           VARCHAR NOT NULL,
    column_key    VARCHAR NOT NULL,        -- e.g. miit:xwfb/gxdt/sjdt
    source        VARCHAR NOT NULL,
    title         VARCHAR,
    listed_date   DATE,
    first_seen_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (url, column_key)
);

-- Fetched pages, one row per distinct content version of a URL (a changed article is a new row;
-- the old version is kept).
CREATE TABLE IF NOT EXISTS raw.pages (
    url           VARCHAR NOT NULL,
    content_hash  VARCHAR NOT NULL,        -- sha256 hex of the body bytes
    source        VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,        -- article | part (a further page of an article) | attachment
    fetched_at    TIMESTAMPTZ NOT NULL,    -- first time this version was fetched
    http_status   INTEGER,
    content_type  VARCHAR,
    encoding      VARCHAR,
    etag          VARCHAR,
    last_modified VARCHAR,
    bytes         BIGINT,
    body          VARCHAR,                 -- decoded text (HTML), NULL for binary attachments
    PRIMARY KEY (url, content_hash)
);

-- Columns added after the first release go here, so that an existing warehouse file gains them
-- when it is next opened (the CREATE TABLEs above leave an existing table as it is).
-- part_of: for a further page of a multi-page article (kind = 'part'), the URL of the article's
-- first page; the article is parsed from that page with its parts, and a part is never a
-- document of its own.  NULL for every other page.
ALTER TABLE raw.pages ADD COLUMN IF NOT EXISTS part_of VARCHAR;

-- URLs whose latest fetches failed, with when to try them again: the one definition of the retry
-- policy, read by ingest (warehouse.queries: pending articles, parts and attachments) and by dbt
-- (mart_fetch_failures).  Per article, part or attachment URL:
--   * a fetch fails when its outcome is not ok/not_modified, or when the page it brought failed
--     to parse (a parse_error row logged after it, before the URL's next fetch); re-parsing a
--     stored page adds parse_error rows but is not a fetch, so it does not move the clock;
--   * consecutive_failures counts the failed fetches since the last good one, page_failures those
--     of them that say something about the page (a 404, a page that does not parse, an empty or
--     oversized body, a link robots.txt or the allow-list refuses) rather than about the site at
--     that moment (a timeout, a refused connection, a block, a 429 or 5xx): an outage or a block
--     of the whole site must not send every page it touched into a month's wait;
--   * a URL is tried on every run until it has had three page failures in a row; then it waits
--     one day, and the wait doubles with each further one (2, 4, 8, 16 days) up to 30 days, so a
--     permanent 404 costs about a request a month instead of one a day, and a page that comes
--     back is still found.  Those three numbers are the row of raw.retry_policy (below).
-- Created again on every open (CREATE OR REPLACE), so a changed policy reaches existing files.
--
-- raw.retry_policy: the numbers of that policy, one row, kept in the warehouse file so that
-- whoever runs it can change them with SQL and every reader (ingest, the mart, a BI tool) follows:
--     UPDATE raw.retry_policy SET max_wait_days = 7;
-- A changed row takes effect on the next run; --retry-failed still tries everything once.  The
-- row is created with the defaults when missing (a deleted row means the defaults, never "no
-- waiting": the view falls back to them too), and an existing row is never overwritten.
CREATE TABLE IF NOT EXISTS raw.retry_policy (
    wait_after_failures INTEGER NOT NULL DEFAULT 3 CHECK (wait_after_failures >= 1),   -- page failures in a row before the first wait
    first_wait_days     INTEGER NOT NULL DEFAULT 1 CHECK (first_wait_days >= 1),       -- doubled for each further failure …
    max_wait_days       INTEGER NOT NULL DEFAULT 30 CHECK (max_wait_days >= first_wait_days),  -- … up to this
    one_row             BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one_row)              -- (a second row is refused)
);
INSERT OR IGNORE INTO raw.retry_policy (one_row) VALUES (TRUE);

CREATE OR REPLACE VIEW raw.fetch_failures AS
WITH fetches AS (
    SELECT url, source, kind, fetched_at, outcome, http_status, error,
           lead(fetched_at) OVER (PARTITION BY url ORDER BY fetched_at, attempt_id) AS next_fetch_at
    FROM raw.fetch_log
    WHERE kind IN ('article', 'part', 'attachment')
      AND NOT (outcome = 'parse_error' AND kind <> 'attachment')  -- (an attachment's is its fetch row)
),
parse_errors AS (
    SELECT url, fetched_at, error
    FROM raw.fetch_log
    WHERE outcome = 'parse_error' AND kind IN ('article', 'part')
),
judged AS (
    SELECT f.*,
           (SELECT arg_max(p.error, p.fetched_at) FROM parse_errors p
            WHERE p.url = f.url AND p.fetched_at >= f.fetched_at
              AND (f.next_fetch_at IS NULL OR p.fetched_at < f.next_fetch_at)) AS parse_error
    FROM fetches f
),
attempts AS (
    SELECT *,
           outcome NOT IN ('ok', 'not_modified') OR parse_error IS NOT NULL AS failed,
           parse_error IS NOT NULL OR outcome IN ('too_large', 'empty', 'disallowed', 'off_allowlist',
                                                  'redirect_loop', 'parse_error')
               OR (outcome = 'http_error' AND http_status BETWEEN 400 AND 499 AND http_status <> 429)
               AS page_failed,
           max(CASE WHEN outcome IN ('ok', 'not_modified') AND parse_error IS NULL THEN fetched_at END)
               OVER (PARTITION BY url) AS last_good_at
    FROM judged
),
streaks AS (
    SELECT url,
           arg_max(source, fetched_at)                                           AS source,
           arg_max(kind, fetched_at)                                             AS kind,
           count(*)                                                              AS consecutive_failures,
           count(*) FILTER (WHERE page_failed)                                   AS page_failures,
           max(fetched_at) FILTER (WHERE page_failed)                            AS last_page_failed_at,
           min(fetched_at)                                                       AS first_failed_at,
           max(fetched_at)                                                       AS last_failed_at,
           arg_max(CASE WHEN parse_error IS NOT NULL THEN 'parse_error' ELSE outcome END, fetched_at)
                                                                                 AS last_outcome,
           arg_max(http_status, fetched_at)                                      AS last_http_status,
           arg_max(coalesce(parse_error, error), fetched_at)                     AS last_error
    FROM attempts
    WHERE failed AND (last_good_at IS NULL OR fetched_at > last_good_at)
    GROUP BY url
),
policy AS (
    -- (the defaults again, should the row have been deleted)
    SELECT coalesce(max(wait_after_failures), 3) AS wait_after_failures,
           coalesce(max(first_wait_days), 1)     AS first_wait_days,
           coalesce(max(max_wait_days), 30)      AS max_wait_days
    FROM raw.retry_policy
)
SELECT s.* EXCLUDE (last_page_failed_at),
       CASE WHEN s.page_failures < p.wait_after_failures THEN s.last_failed_at
            ELSE greatest(s.last_failed_at,
                          s.last_page_failed_at + to_days(CAST(
                              least(p.first_wait_days * pow(2, s.page_failures - p.wait_after_failures), p.max_wait_days)
                              AS INTEGER)))
       END AS retry_after
FROM streaks s CROSS JOIN policy p;

-- Pages parsed into documents (one per page version).  The document of a multi-page article is
-- keyed by its first page's URL; its content_hash is then sha256 of the first page's hash and its
-- parts' URLs and hashes (warehouse.queries.pages_to_parse), so a part that arrives or changes
-- makes a new version of the document.
CREATE TABLE IF NOT EXISTS raw.documents (
    url            VARCHAR NOT NULL,
    content_hash   VARCHAR NOT NULL,
    source         VARCHAR NOT NULL,
    column_key     VARCHAR,
    title          VARCHAR,
    published_at   TIMESTAMP,              -- local (Asia/Shanghai) time as printed on the page
    language       VARCHAR,                -- zh | en
    origin         VARCHAR,                -- 来源 / byline
    body_text      VARCHAR,
    attachments    JSON,                   -- [{url, kind, title}]
    meta           JSON,                   -- page <meta> kept for provenance
    parser_version VARCHAR NOT NULL,
    parsed_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (url, content_hash)
);

-- Attachment texts (PDF) extracted from fetched attachment files.
CREATE TABLE IF NOT EXISTS raw.attachments (
    document_url  VARCHAR NOT NULL,
    url           VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    title         VARCHAR,
    content_hash  VARCHAR,
    text          VARCHAR,
    fetched_at    TIMESTAMPTZ,
    PRIMARY KEY (document_url, url)
);

-- One row per (document version, extractor version) processed, even when nothing was found:
-- tells which documents a new extractor version still has to process.
CREATE TABLE IF NOT EXISTS raw.extractions (
    url               VARCHAR NOT NULL,
    content_hash      VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    metrics           INTEGER NOT NULL,
    events            INTEGER NOT NULL,
    extracted_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (url, content_hash, extractor_version)
);

CREATE TABLE IF NOT EXISTS raw.metric_facts (
    url               VARCHAR NOT NULL,
    content_hash      VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    seq               INTEGER NOT NULL,    -- position of the fact in the document
    subject           VARCHAR,             -- English description
    subject_source    VARCHAR,             -- as written in the source language
    metric_key        VARCHAR,             -- conformed dictionary key, NULL when unmapped
    value             DOUBLE NOT NULL,     -- base units
    value_high        DOUBLE,
    unit              VARCHAR NOT NULL,
    counted           VARCHAR,
    qualifier         VARCHAR NOT NULL,
    measure           VARCHAR NOT NULL,
    status            VARCHAR NOT NULL,
    period            VARCHAR,
    as_of             VARCHAR,
    geography         VARCHAR,
    quote             VARCHAR NOT NULL,
    quote_start       INTEGER,
    extracted_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (url, content_hash, extractor_version, seq)
);

CREATE TABLE IF NOT EXISTS raw.event_facts (
    url               VARCHAR NOT NULL,
    content_hash      VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    seq               INTEGER NOT NULL,
    event_type        VARCHAR NOT NULL,
    subtype           VARCHAR,
    event_date        VARCHAR,             -- YYYY-MM-DD | YYYY-MM | YYYY | NULL
    date_precision    VARCHAR,             -- day | month | year | NULL
    title             VARCHAR,
    agency            VARCHAR,
    doc_number        VARCHAR,
    quote             VARCHAR NOT NULL,
    quote_start       INTEGER,
    extracted_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (url, content_hash, extractor_version, seq)
);
-- is_recent: the text withholds the event's date on purpose (近日, 日前, "recently"), so event_date
-- is NULL and the event happened shortly before the page was published (from extractor 1.5.0;
-- NULL on rows of earlier extractors).
ALTER TABLE raw.event_facts ADD COLUMN IF NOT EXISTS is_recent BOOLEAN;
-- Percentage-point figures (from extractor 1.7.0; NULL on other figures and on rows of earlier
-- extractors): comparison is change (against an earlier time), gap (against another group) or
-- contribution (to the whole's growth; from 1.7.6 also a share that is one, 贡献率); compared_with
-- is the earlier time as written, or the other group (in English when it is a usual reference
-- group: 'all industry', ...).
ALTER TABLE raw.metric_facts ADD COLUMN IF NOT EXISTS comparison VARCHAR;
ALTER TABLE raw.metric_facts ADD COLUMN IF NOT EXISTS compared_with VARCHAR;

-- Bookkeeping of the pipeline itself (not data): fingerprints of successful dbt builds, so a run
-- with nothing new in the raw layer and no change to the dbt project can skip the build.
CREATE SCHEMA IF NOT EXISTS meta;
CREATE TABLE IF NOT EXISTS meta.dbt_builds (
    fingerprint VARCHAR NOT NULL,
    built_at    TIMESTAMPTZ NOT NULL,
    run_id      VARCHAR
);
