package app.marquee.web.api;

import app.marquee.history.HistoryEntry;
import app.marquee.paging.Page;
import app.marquee.paging.PageRequest;
import app.marquee.persistence.NotFoundException;
import java.util.function.Function;
import java.util.function.LongPredicate;

/** A page of a movie's or an actor's history, as both resources answer {@code GET .../{id}/history}. */
final class RecordHistory {

    private RecordHistory() {}

    /**
     * The page the parameters ask for; a 404 when the first page is empty and no record has the id
     * (a deleted record keeps its history; one that never existed has none).
     */
    static PageJson<HistoryJson> page(
            String kind,
            long id,
            String page,
            String size,
            Function<PageRequest, Page<HistoryEntry>> read,
            LongPredicate exists) {
        ListParams params = new ListParams();
        PageRequest request = params.page(page, size);
        params.check();
        Page<HistoryEntry> entries = read.apply(request);
        if (entries.isEmpty() && request.number() == 1 && !exists.test(id)) {
            throw new NotFoundException(kind, id);
        }
        return PageJson.of(entries, HistoryJson::of);
    }
}
