"""The bundled snapshot of the sites: article texts (``articles/``), the builder that renders them
into pages laid out like the real sites (``build``), the rendered site tree (``sites/``), and a
local server that serves it by ``Host`` header (``server``) so the crawler runs offline."""
