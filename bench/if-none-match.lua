-- Sends If-None-Match with the ETag given in BENCH_ETAG, so every answer is a 304 revalidation.
wrk.headers["If-None-Match"] = os.getenv("BENCH_ETAG")
