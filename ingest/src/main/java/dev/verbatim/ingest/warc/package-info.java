/**
 * WARC import: {@link dev.verbatim.ingest.warc.WarcPages} reads the response records of WARC files
 * (jwarc) as raw pages with their target URI, capture date and HTTP headers. No Kafka here.
 */
@NullMarked
package dev.verbatim.ingest.warc;

import org.jspecify.annotations.NullMarked;
