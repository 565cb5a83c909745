package dev.verbatim.model;

/** The cleaning stage at which a page was rejected. */
public enum Stage {
    /** Bytes to text: empty body, binary content, undecodable charset. */
    DECODE,
    /** Text to document tree. */
    PARSE,
    /** Main-content extraction: nothing that reads as an article. */
    EXTRACT,
    /** Script conversion. */
    CONVERT,
    /** Blocks and speaker turns. */
    SEGMENT,
    /** Writing the transcript out: the transcripts topic refuses a record that large. */
    SINK,
    /** A bug or a broken environment caught at the Kafka boundary. */
    UNEXPECTED
}
