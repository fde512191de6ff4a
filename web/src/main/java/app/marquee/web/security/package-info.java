/**
 * Bearer-token security for the JSON API.
 *
 * <p>Reads are public; every write under {@code /api} and everything under {@code /api/secured}
 * needs {@code Authorization: Bearer <JWT>}, checked by {@link BearerTokenFilter}. Tokens are
 * verified with Nimbus JOSE+JWT against two kinds of trusted issuer:
 * <ul>
 *   <li>the application's own: an EC key generated on first start and kept in a file
 *       ({@code marquee.jwt.signing-key}), with which {@link IssueToken} signs editor tokens;</li>
 *   <li>an external identity provider configured with MicroProfile JWT's keys
 *       ({@code mp.jwt.verify.publickey.location}, {@code mp.jwt.verify.issuer},
 *       {@code mp.jwt.verify.audiences}).</li>
 * </ul>
 * The container's own MicroProfile JWT support answers every bad token with the same bare 401, so
 * it is not switched on; this package tells the failures apart in problem documents instead.
 */
package app.marquee.web.security;
