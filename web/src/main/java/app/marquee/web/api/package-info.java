/**
 * The JSON API under {@code /api}: movies, actors, casts, contacts and stuntmen, with the same
 * filters, sorting and paging as the pages.
 *
 * <p>Entities are never serialized: each resource maps them to the representation records of this
 * package inside the request (the repositories have already loaded what a representation needs).
 * Request bodies are parsed with JSON-P and bound field by field ({@link JsonInput}), so that
 * malformed JSON, wrong types, impossible dates and unknown fields all become 400 problem documents
 * with a message per field, and no parser exception text reaches the client. The input records then
 * go through Bean Validation, with the same message keys as the entities.
 *
 * <p>Representation and input records are public because JSON-B binds only public types.
 * Writes are guarded by {@link app.marquee.web.security.BearerTokenFilter}.
 */
package app.marquee.web.api;
