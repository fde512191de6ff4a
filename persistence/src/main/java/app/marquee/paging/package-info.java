/** Paging, query-building and text-matching helpers shared by the listings. */
package app.marquee.paging;
