package app.marquee.history;

import org.hibernate.envers.RevisionListener;

/** Stamps each new revision with the {@link ChangeOrigin} of the thread that commits it. */
public class RevisionStamp implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).stamp(ChangeOrigin.current());
    }
}
